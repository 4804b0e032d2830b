/**
 * An Io for running commands in-process: stdout and stderr are captured, stdin is not a
 * terminal, the clock is fixed, and no signal is watched. The process edge (exit codes from
 * a real process, signals, a terminal, pipes) is tested by spawning the built binary instead.
 */
import type { Io } from '../../src/cli/io.js';
import { InterruptWatch } from '../../src/io/interrupts.js';

export interface FakeIo {
  io: Io;
  /** What the command wrote so far. */
  stdout: () => string;
  stderr: () => string;
}

export function fakeIo(
  options: {
    env?: Record<string, string | undefined>;
    cwd?: string;
    /** The clock: fixed at this instant, or `real`; by default 2026-11-22 at noon. */
    now?: string | 'real';
    /** stdout is a terminal of this many columns. */
    columns?: number;
    stderrIsTTY?: boolean;
    stdinIsTTY?: boolean;
  } = {},
): FakeIo {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: {
      // Text or bytes (a BOM, a buffered table), as process.stdout takes them.
      write: (text: string | Uint8Array) =>
        (stdout += typeof text === 'string' ? text : Buffer.from(text).toString('utf8')),
      ...(options.columns === undefined ? {} : { isTTY: true, columns: options.columns }),
    },
    stderr: {
      write: (text: string) => (stderr += text),
      ...(options.stderrIsTTY ? { isTTY: true } : {}),
    },
    stdinIsTTY: options.stdinIsTTY ?? false,
    // The test run's own empty cache directory (vitest.config.ts): no downloaded feed in force.
    env: { NEXTGEN_READY_CACHE_DIR: process.env.NEXTGEN_READY_CACHE_DIR, ...options.env },
    cwd: options.cwd ?? process.cwd(),
    now:
      options.now === 'real'
        ? () => new Date()
        : () => new Date(options.now ?? '2026-11-22T12:00:00'),
    interrupt: new InterruptWatch(() => undefined),
  };
  return { io, stdout: () => stdout, stderr: () => stderr };
}
