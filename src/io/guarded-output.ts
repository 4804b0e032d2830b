/**
 * stdout and stderr as commands see them: a write that fails (`> /dev/full`, a disk that fills
 * up, a reader that went away) is recorded instead of crashing the process, later writes are
 * dropped, and the edge reports the failure with its own exit code. Without this, Node throws
 * the stream's error from an event handler and the run dies with a stack trace and exit 1,
 * which a scheduled `--exit-code` job would read as "actions remain".
 */
import { fstatSync, statSync, writeSync } from 'node:fs';
import type { OutputStream } from './streams.js';

/** A stream that records its first failure and drops what is written after it. */
export interface GuardedOutput extends OutputStream {
  /** The first write error, if any. */
  readonly failure: NodeJS.ErrnoException | undefined;
  write(chunk: string | Uint8Array): boolean;
  once(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  off(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  /** Waits until what was written has reached the stream's target (or failed). */
  settle(): Promise<void>;
}

/**
 * Wraps a Node writable (process.stdout or process.stderr); `onFailure` hears the first
 * failure. Given as a function, the stream is made when first used: making process.stderr
 * loads Node's stream modules (and for a pipe, a socket), which a run that writes nothing
 * there need not pay for.
 */
export function guardOutput(
  target: NodeJS.WriteStream | (() => NodeJS.WriteStream),
  onFailure?: (failure: NodeJS.ErrnoException) => void,
  /** The descriptor a stream made on first use writes to: asking if it is a terminal then needs no stream. */
  fd?: number,
): GuardedOutput {
  const state: {
    failure: NodeJS.ErrnoException | undefined;
    written: boolean;
    stream: NodeJS.WriteStream | undefined;
  } = { failure: undefined, written: false, stream: undefined };
  const fail = (error: NodeJS.ErrnoException) => {
    if (state.failure !== undefined) return;
    state.failure = error;
    onFailure?.(error);
  };
  const made = () => {
    if (state.stream === undefined) {
      state.stream = typeof target === 'function' ? target() : target;
      state.stream.on('error', fail);
    }
    return state.stream;
  };
  if (typeof target !== 'function') made();
  // A file or a pipe is no terminal: said without making the stream (a run that only asks,
  // as the data-age note does before it writes, pays for no stream modules).
  const surelyNoTerminal = () =>
    state.stream === undefined && fd !== undefined && !mayBeTerminal(fd);
  return {
    get failure() {
      return state.failure;
    },
    get isTTY() {
      return surelyNoTerminal() ? false : made().isTTY;
    },
    get columns() {
      return surelyNoTerminal() ? undefined : made().columns;
    },
    get rows() {
      return surelyNoTerminal() ? undefined : made().rows;
    },
    write(chunk) {
      const stream = made();
      if (state.failure !== undefined || stream.destroyed) return true;
      if (chunk.length > 0) state.written = true;
      try {
        return stream.write(chunk, (error) => {
          if (error) fail(error);
        });
      } catch (error) {
        // A synchronous stream (a file, /dev/full) may throw from write itself.
        fail(error instanceof Error ? error : new Error(String(error)));
        return true;
      }
    },
    once(event, listener) {
      return made().once(event, listener);
    },
    off(event, listener) {
      return made().off(event, listener);
    },
    settle() {
      // Nothing written, nothing to wait for: and an empty write of its own would fail on a
      // full device, turning a run that printed nothing to stdout (an error) into exit 74.
      const stream = state.stream;
      if (state.failure !== undefined || stream === undefined || stream.destroyed || !state.written)
        return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = () => {
          stream.off('close', done);
          resolve();
        };
        stream.once('close', done);
        // The callback of an empty write runs once everything before it is written.
        stream.write('', (error) => {
          if (error) fail(error);
          done();
        });
      });
    },
  };
}

/** The failure of a guarded stream, or undefined for a stream that is not guarded or has not failed. */
export function failureOf(stream: unknown): NodeJS.ErrnoException | undefined {
  return (stream as Partial<GuardedOutput> | undefined)?.failure;
}

/**
 * Whether stdout can be written without a stream: a regular file (`> plan.json`), /dev/null, a
 * pipe (`| jq`) or a socket (a parent process's pipe). Making process.stdout loads Node's
 * stream modules, about 3 ms of a 60 ms run (issue 22's start-up targets); Node writes to a
 * file, and on Linux to a pipe, synchronously all the same. A terminal or another device
 * (/dev/full) gets process.stdout as before.
 */
export function writesDirectly(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    if (stat.isFile()) return true;
    // Node writes a pipe synchronously on Linux (elsewhere it buffers what the reader has not
    // taken yet; here the writer waits for the reader instead). Windows, untested, keeps the stream.
    if (stat.isFIFO() || stat.isSocket()) return process.platform !== 'win32';
    return stat.isCharacterDevice() && stat.rdev === statSync(DEV_NULL).rdev;
  } catch {
    return false;
  }
}

const DEV_NULL = '/dev/null';

/** False for a descriptor that is surely no terminal: one that is not a character device. */
function mayBeTerminal(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return true;
  }
}

/** What a full pipe waits on between tries: a millisecond's sleep that spins no CPU. */
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/**
 * A guarded output that writes to a descriptor (see writesDirectly) synchronously, as Node's
 * own stdout does for a file or a pipe on Linux, without making the stream. A pipe whose
 * reader is slow (the descriptor may be non-blocking, as a parent left it) is waited for.
 */
export function guardDirectOutput(
  fd: number,
  onFailure?: (failure: NodeJS.ErrnoException) => void,
): GuardedOutput {
  let failure: NodeJS.ErrnoException | undefined;
  return {
    get failure() {
      return failure;
    },
    isTTY: false,
    write(chunk) {
      if (failure !== undefined) return true;
      let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      try {
        // A write may take part of the bytes (a pipe's buffer, a disk filling up): write the rest.
        while (bytes.length > 0) {
          try {
            bytes = bytes.subarray(writeSync(fd, bytes));
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
            Atomics.wait(PAUSE, 0, 0, 1);
          }
        }
      } catch (error) {
        failure = error as NodeJS.ErrnoException;
        onFailure?.(failure);
      }
      return true;
    },
    // Every write is done when it returns: there is nothing to wait for.
    once: () => undefined,
    off: () => undefined,
    settle: () => Promise.resolve(),
  };
}
