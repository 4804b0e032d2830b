/**
 * Runs the CLI in-process, from source, as `runCli` runs the built binary: the same command
 * line, the same exit code, stdout and stderr, without starting Node. For what a command does
 * with its flags and files; the process edge itself (the binary, signals, a terminal, pipes,
 * stdin) is tested by spawning the binary (helpers/cli.ts).
 */
import { runCommandLine } from '../../src/cli/main.js';
import type { CliResult } from './cli.js';
import { fakeIo } from './fake-io.js';

export async function runInProcess(
  args: readonly string[],
  options: {
    env?: Record<string, string | undefined>;
    /** The working directory, as a spawned CLI's: relative paths are read from there. */
    cwd?: string;
    columns?: number;
    now?: string;
  } = {},
): Promise<CliResult> {
  // As runCli: the test run's environment, but for its colour variables.
  const { io, stdout, stderr } = fakeIo({
    env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined, ...options.env },
    ...(options.columns === undefined ? {} : { columns: options.columns }),
    // As a real run: today, unless the test fixes the day.
    now: options.now ?? 'real',
  });
  // Each test file runs in a process of its own (vitest's forks) and its tests one at a time,
  // so the working directory can be the run's for its length.
  const before = process.cwd();
  if (options.cwd !== undefined) process.chdir(options.cwd);
  try {
    const code = await runCommandLine(['node', 'nextgen-ready', ...args], {
      ...io,
      cwd: process.cwd(),
    });
    return { code, stdout: stdout(), stderr: stderr() };
  } finally {
    if (options.cwd !== undefined) process.chdir(before);
  }
}
