/**
 * A list of short strings that keeps the first few thousand in memory and the rest in a
 * temporary file, read back in order: the roster's text and Markdown tables can only be
 * printed at the end (the column widths, the totals first), and one string per row of a
 * million-row roster would grow the memory with the roster. Sync file I/O in large pieces:
 * the list is filled and read from synchronous code, a piece costs well under a millisecond,
 * and a roster that fits in memory never touches the disk.
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { fileError } from '../io/file-errors.js';
import { removeOnInterrupt } from '../io/interrupts.js';

/** How many strings stay in memory before the rest go to the file. */
const KEEP = 20_000;
/** The size of a piece written or read at once. */
const PIECE = 256 * 1024;

interface SpillFile {
  path: string;
  fd: number;
  forget: () => void;
}

export class SpillList {
  private readonly head: string[] = [];
  private pending: string[] = [];
  private pendingSize = 0;
  private file: SpillFile | undefined;

  constructor(private readonly keep = KEEP) {}

  /** Adds a string at the end. */
  push(item: string): void {
    if (this.file === undefined && this.head.length < this.keep) {
      this.head.push(item);
      return;
    }
    // One JSON string per line: an item may hold a line break.
    const line = `${JSON.stringify(item)}\n`;
    this.pending.push(line);
    this.pendingSize += line.length;
    if (this.pendingSize >= PIECE) this.writePending();
  }

  /** Every string, in the order added (read back from the file past the first ones). */
  *[Symbol.iterator](): Generator<string> {
    yield* this.head;
    if (this.file === undefined) return;
    this.writePending();
    const { fd, path } = this.file;
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.alloc(PIECE);
    let rest = '';
    for (let position = 0; ;) {
      let read: number;
      try {
        read = readSync(fd, buffer, 0, buffer.length, position);
      } catch (error) {
        throw fileError(error, path, 'temporary file', 'read');
      }
      if (read === 0) break;
      position += read;
      const lines = (rest + decoder.write(buffer.subarray(0, read))).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) yield JSON.parse(line) as string;
    }
  }

  /** Removes the temporary file, if there is one; the list is empty after. */
  dispose(): void {
    this.head.length = 0;
    this.pending = [];
    this.pendingSize = 0;
    const file = this.file;
    if (file === undefined) return;
    this.file = undefined;
    file.forget();
    try {
      closeSync(file.fd);
    } finally {
      rmSync(file.path, { force: true });
    }
  }

  private writePending(): void {
    if (this.pendingSize === 0) return;
    const file = (this.file ??= this.open());
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingSize = 0;
    try {
      for (let at = 0; at < bytes.length;) at += writeSync(file.fd, bytes, at);
    } catch (error) {
      throw fileError(error, file.path, 'temporary file', 'write');
    }
  }

  private open(): SpillFile {
    const path = join(
      tmpdir(),
      `nextgen-ready-${process.pid}-${Math.random().toString(36).slice(2)}.tmp`,
    );
    const forget = removeOnInterrupt(path);
    try {
      // Only the user may read it: it holds names and e-mail addresses.
      return { path, fd: openSync(path, 'wx+', 0o600), forget };
    } catch (error) {
      forget();
      throw fileError(error, path, 'temporary file', 'write');
    }
  }
}
