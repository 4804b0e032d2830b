/**
 * Reading a file a user named: its bytes or text, or one clear line on why it cannot be read.
 * A size limit is checked before anything is parsed: from the file's size when it has one,
 * and while reading for what has none (a pipe, /dev/stdin, /dev/zero).
 */
// fs.promises, read when used: importing node:fs/promises loads some twenty of Node's modules
// (readline, the streams), which a run reading only regular files need not pay for.
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  promises as fsPromises,
  readSync,
  statSync,
} from 'node:fs';
import { UserError } from '../errors.js';
import { formatSize } from '../limits.js';
import { fileError } from './file-errors.js';

function tooLarge(file: string, what: string, maxBytes: number, size?: number): UserError {
  const actual = size === undefined ? 'over' : `${formatSize(size)}; over`;
  return new UserError(
    `${what} ${file} is too large (${actual} the limit of ${formatSize(maxBytes)})`,
    { hint: 'Check that this is the right file; docs/reference.md lists the size limits.' },
  );
}

const directory = () => Object.assign(new Error('EISDIR'), { code: 'EISDIR' });

/** What reads of a file gave so far, refused as soon as it passes the limit. */
class LimitedBytes {
  private readonly chunks: Buffer[] = [];
  private total = 0;
  constructor(
    private readonly maxBytes: number,
    private readonly overLimit: () => UserError,
  ) {}

  /** A buffer for the next read: room for one byte past the limit, to see it passed. */
  next(): Buffer {
    return Buffer.alloc(Math.min(64 * 1024, this.maxBytes + 1 - this.total));
  }

  /** Keeps what a read put in `buffer`; false at the end of the file. */
  add(buffer: Buffer, bytesRead: number): boolean {
    if (bytesRead === 0) return false;
    this.chunks.push(buffer.subarray(0, bytesRead));
    this.total += bytesRead;
    if (this.total > this.maxBytes) throw this.overLimit();
    return true;
  }

  bytes(): Buffer {
    return Buffer.concat(this.chunks, this.total);
  }
}

/** What `-` for a file reads: stdin (a test's stand-in, else the process's own). */
export type StdinSource = AsyncIterable<Buffer | string>;

/**
 * `-` at a terminal would wait for the file to be typed in: refused, with how to pipe it. (A
 * test's stand-in for stdin is never a terminal.)
 */
export function refuseTerminal(what: string, stdin: StdinSource): void {
  if (stdin === process.stdin && process.stdin.isTTY)
    throw new UserError(`the ${what} is - (stdin), but stdin is a terminal, not a file`, {
      hint: 'Pipe the file in: `nextgen-ready roster - < team.csv`, `... --answers - < answers.yaml`.',
    });
}

/**
 * Reads stdin whole, at most `maxBytes` (`--answers -`, a YAML roster piped in): the same
 * limit as for a file, checked as the bytes come, so an endless pipe is refused, not read.
 */
export async function readStdinBytes(
  what: string,
  maxBytes: number,
  stdin: StdinSource = process.stdin,
  overLimit: () => UserError = () => tooLarge('stdin', what, maxBytes),
): Promise<Buffer> {
  refuseTerminal(what, stdin);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      chunks.push(bytes);
      total += bytes.length;
      if (total > maxBytes) throw overLimit();
    }
  } catch (error) {
    throw fileError(error, 'stdin', what, 'read');
  }
  return Buffer.concat(chunks, total);
}

export interface ReadOptions {
  /**
   * Only a regular file will do (a court profile, a config file: files a program finds, not
   * ones a user names to stream from): a FIFO there is refused at once rather than waited on.
   */
  regularOnly?: boolean;
  /** The error for a file over the limit, instead of the usual one. */
  tooLarge?: () => UserError;
}

/**
 * Reads a regular file at once, synchronously: at start-up nothing else is waiting, and the
 * first asynchronous read would start libuv's thread pool (about 8 ms of `check`, measured
 * with --cpu-prof). What is not a regular file (a pipe, a device) is left to the asynchronous
 * read, so that a signal can still stop a read that waits, and it says why one cannot be read.
 */
function readRegularFile(
  file: string,
  maxBytes: number,
  overLimit: (size?: number) => UserError,
  describe: (error: unknown) => unknown,
): Buffer | undefined {
  let fd: number;
  try {
    if (statSync(file, { throwIfNoEntry: false })?.isFile() !== true) return undefined;
    // Non-blocking: were the file swapped for a FIFO since the stat, opening it would wait.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined; // The asynchronous read says why, in the same words as for any file.
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return undefined;
    if (info.size > maxBytes) throw overLimit(info.size);
    const read = new LimitedBytes(maxBytes, overLimit);
    let buffer = read.next();
    while (read.add(buffer, readSync(fd, buffer))) buffer = read.next();
    return read.bytes();
  } catch (error) {
    throw describe(error);
  } finally {
    closeSync(fd);
  }
}

/** Reads a file a user named, at most `maxBytes`, or says clearly why it cannot; `-` is stdin. */
export async function readUserBytes(
  file: string,
  what: string,
  maxBytes: number,
  options: ReadOptions = {},
): Promise<Buffer> {
  const overLimit = (size?: number) => options.tooLarge?.() ?? tooLarge(file, what, maxBytes, size);
  if (file === '-') return readStdinBytes(what, maxBytes, process.stdin, options.tooLarge);
  const describe = (error: unknown) => fileError(error, file, what, 'read');
  const regular = readRegularFile(file, maxBytes, overLimit, describe);
  if (regular !== undefined) return regular;
  let handle;
  try {
    // Opening a FIFO waits for a writer; without one it would wait for ever.
    handle = await fsPromises.open(
      file,
      options.regularOnly ? constants.O_RDONLY | constants.O_NONBLOCK : 'r',
    );
  } catch (error) {
    throw describe(error);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw directory();
    if (options.regularOnly && !info.isFile())
      throw new UserError(
        `cannot read ${what} ${file}: it is not a regular file (${kindOf(info)})`,
        { hint: 'Give a plain file, or remove this one.' },
      );
    if (info.isFile() && info.size > maxBytes) throw overLimit(info.size);
    const read = new LimitedBytes(maxBytes, overLimit);
    let buffer = read.next();
    while (read.add(buffer, (await handle.read(buffer, 0, buffer.length, null)).bytesRead))
      buffer = read.next();
    return read.bytes();
  } catch (error) {
    throw describe(error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** What a file that is not a regular file is, for messages. */
function kindOf(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean }) {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  return info.isCharacterDevice() ? 'a device' : 'a special file';
}

/** Reads a UTF-8 text file a user named, at most `maxBytes`, or says clearly why it cannot. */
export async function readUserFile(
  file: string,
  what: string,
  maxBytes: number,
  options: ReadOptions = {},
): Promise<string> {
  const bytes = await readUserBytes(file, what, maxBytes, options);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${what} ${file === '-' ? 'on stdin' : file} is not UTF-8 text`, {
      hint: 'Save it as UTF-8 (plain text).',
    });
  }
}
