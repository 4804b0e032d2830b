/**
 * Writing files whole. A regular file is written into a temporary file beside it and renamed
 * over it, so an interrupted run never leaves a half-written file; the temporary file is
 * removed if anything fails or a signal ends the run. A path a user names for a result
 * (`--output`, `--save-answers`: one writer, one set of rules) is written through to what it
 * is: a device or pipe is written directly (never replaced by a file), a symbolic link's
 * target is replaced (the link stays a link), an existing file keeps its mode (and owner), a
 * read-only one is refused, `-` and /dev/stdout are stdout.
 *
 * Not write-file-atomic: it would rename over a device like any file (as root, `/dev/null`
 * would become a regular file), and its signal-exit handlers re-raise a signal after cleaning
 * up, which would override the roster's own stop-between-rows handling and its exit code.
 * What is needed here is a few calls to node:fs. Kept apart from io.ts so that commands which
 * write nothing (and `--help`) do not load node:crypto.
 */
import { randomBytes } from 'node:crypto';
import { constants, fstatSync, type Stats } from 'node:fs';
import {
  access,
  chmod,
  chown,
  lstat,
  open,
  readdir,
  readlink,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError, errnoOf } from '../errors.js';
import { fileError } from './file-errors.js';
import { removeOnInterrupt } from './interrupts.js';
import type { OutputStream } from './streams.js';

/** The names temporaryNameFor gives: `.NAME.<12 hex digits>.tmp`. */
const TEMPORARY_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temporary files a killed run left in `dir` (a kill -9 cannot be caught); only for
 * a directory this run holds the lock on, where no other run is writing. Returns how many.
 */
export async function removeLeftoverTemporaryFiles(dir: string): Promise<number> {
  const names = (await readdir(dir)).filter((name) => TEMPORARY_NAME.test(name));
  await Promise.all(names.map((name) => rm(join(dir, name), { force: true })));
  return names.length;
}

/** A temporary name beside `target`; short enough even when the target's name is at the limit. */
function temporaryNameFor(target: string): string {
  return join(
    dirname(target),
    `.${basename(target).slice(0, 80)}.${randomBytes(6).toString('hex')}.tmp`,
  );
}

export interface AtomicWriteOptions {
  /** The permission bits to give the file (an existing file's, to keep them). */
  mode?: number;
  /** The owner to give the file (an existing file's, when running as root). */
  owner?: { uid: number; gid: number };
  /** How messages name the file: "--output" or "checklist". */
  what?: string;
  /** The path as the user gave it, for messages (the file written may be a link's target). */
  shownAs?: string;
}

/** Writes `content` to `file` whole (temporary file, then rename), or says clearly why it cannot. */
export async function writeFileAtomic(
  file: string,
  content: string | Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const target = resolve(file);
  const temporary = temporaryNameFor(target);
  const forget = removeOnInterrupt(temporary);
  try {
    await writeFile(temporary, content, { flag: 'wx', mode: options.mode ?? 0o666 });
    // The mode given to writeFile is reduced by the umask; an existing file's is kept exactly.
    if (options.mode !== undefined) await chmod(temporary, options.mode);
    if (options.owner) await chown(temporary, options.owner.uid, options.owner.gid);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw fileError(error, options.shownAs ?? file, options.what ?? 'file', 'write');
  } finally {
    forget();
  }
}

/** A file being written piece by piece, whole or not at all: `commit` renames it into place. */
export interface AtomicFile {
  write(text: string): Promise<void>;
  /** Writes what is pending and renames the file over the target. */
  commit(): Promise<void>;
  /** Removes the temporary file; the target is left as it was. */
  abort(): Promise<void>;
}

/** How much text an AtomicFile gathers before writing it out. */
const PIECE = 64 * 1024;

/**
 * Opens a temporary file beside `file` to write a long text in pieces (a roster's summary of
 * 100,000 rows), so that the text is never one string in memory.
 */
export async function openAtomicFile(file: string, what: string): Promise<AtomicFile> {
  const target = resolve(file);
  const temporary = temporaryNameFor(target);
  const forget = removeOnInterrupt(temporary);
  let handle: FileHandle;
  try {
    handle = await open(temporary, 'wx');
  } catch (error) {
    forget();
    throw fileError(error, file, what, 'write');
  }
  let pending: string[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    await handle.writeFile(text, 'utf8');
  };
  const fail = async (error: unknown) => {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true }).catch(() => undefined);
    forget();
    return fileError(error, file, what, 'write');
  };
  return {
    async write(text) {
      pending.push(text);
      size += text.length;
      if (size < PIECE) return;
      try {
        await flush();
      } catch (error) {
        throw await fail(error);
      }
    },
    async commit() {
      try {
        await flush();
        await handle.close();
        await rename(temporary, target);
        forget();
      } catch (error) {
        throw await fail(error);
      }
    },
    async abort() {
      await fail(undefined);
    },
  };
}

/** Paths that name this process's stdout, whatever stdout is (a terminal, a pipe, a file). */
const STDOUT_PATHS = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** True when `file` names stdout: `-`, /dev/stdout, or a path to what stdout is. */
export async function namesStdout(file: string): Promise<boolean> {
  if (STDOUT_PATHS.has(file)) return true;
  const info = await stat(file).catch(() => undefined);
  return info !== undefined && isStdout(info);
}

/** True when `info` is what this process's stdout is. */
function isStdout(info: Stats): boolean {
  try {
    const out = fstatSync(1);
    return out.dev === info.dev && out.ino === info.ino;
  } catch {
    return false;
  }
}

/** The stat of a path, following links; undefined when nothing is there. */
async function statOrNothing(file: string): Promise<Stats | undefined> {
  try {
    return await stat(file);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** Where a chain of symbolic links ends, for a link whose target does not exist yet. */
async function danglingTarget(file: string): Promise<string> {
  let path = resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    let info;
    try {
      info = await lstat(path);
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return path;
      throw error;
    }
    if (!info.isSymbolicLink()) return path;
    path = resolve(dirname(path), await readlink(path));
  }
  throw Object.assign(new Error('ELOOP'), { code: 'ELOOP' });
}

/** Writes to a device, a pipe or a socket as it is: it cannot be replaced, only written to. */
async function writeToDevice(file: string, content: string): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(content, 'utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Writes `content` to a path a user named for a result (`what`: `--output`, `--save-answers`):
 * stdout for `-` and /dev/stdout, a device or pipe directly, anything else whole through a
 * temporary file, following symbolic links and keeping an existing file's mode (and owner, as
 * root); a read-only file is refused. Returns where it went.
 */
export async function writeOutput(
  file: string,
  content: string,
  stdout: OutputStream,
  what = '--output',
): Promise<'stdout' | 'file'> {
  if (STDOUT_PATHS.has(file)) {
    stdout.write(content);
    return 'stdout';
  }
  try {
    const info = await statOrNothing(file);
    if (info?.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    if (info && !info.isFile()) {
      // Stdout by another name (/dev/fd/1, a link to it, its terminal): written as stdout, as
      // a socket cannot be opened by its /proc path.
      if (isStdout(info)) {
        stdout.write(content);
        return 'stdout';
      }
      await writeToDevice(file, content);
      return 'file';
    }
    if (info === undefined) {
      await writeFileAtomic(await danglingTarget(file), content, { what, shownAs: file });
      return 'file';
    }
    // An existing file: written through its links, keeping its mode (and owner, as root).
    if ((info.mode & 0o222) === 0) {
      throw new UserError(`cannot write ${what} ${file}: the file is read-only`, {
        hint: 'Make it writable (chmod u+w) or choose another path.',
      });
    }
    await access(file, constants.W_OK);
    const owner =
      process.getuid?.() === 0 && (info.uid !== 0 || info.gid !== 0)
        ? { uid: info.uid, gid: info.gid }
        : undefined;
    await writeFileAtomic(await realpath(file), content, {
      mode: info.mode & 0o7777,
      what,
      shownAs: file,
      ...(owner ? { owner } : {}),
    });
    return 'file';
  } catch (error) {
    throw fileError(error, file, what, 'write');
  }
}

/**
 * True when two paths a user named for results would write the same file: the same existing
 * regular file (through links, hard links, `..`), or the same file not made yet. A device or a
 * pipe may take both.
 */
export async function isSameTarget(a: string, b: string): Promise<boolean> {
  const [first, second] = await Promise.all([statOrNothing(a), statOrNothing(b)]).catch(() => [
    undefined,
    undefined,
  ]);
  if (first && second)
    return first.isFile() && first.dev === second.dev && first.ino === second.ino;
  if (first || second) return false;
  const [one, two] = await Promise.all([danglingTarget(a), danglingTarget(b)]).catch(() => [a, b]);
  return resolve(one) === resolve(two);
}

/** True when both paths name the same existing file (through links, hard links, `..`). */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const [first, second] = await Promise.all([
    stat(a).catch(() => undefined),
    stat(b).catch(() => undefined),
  ]);
  return (
    first !== undefined &&
    second !== undefined &&
    first.dev === second.dev &&
    first.ino === second.ino
  );
}
