/**
 * The edge: runs the command line and turns every outcome into an exit code. This is the
 * only place that knows exit codes: 0 done, 1 actions remain (with --exit-code), 2 a usage,
 * input or profile error, 130 cancelled at a prompt, 70 a bug. Importing it does nothing.
 */
import { CommanderError } from 'commander';
import { isUserError } from '../errors.js';
import { colorLevelFor, processIo, type Io } from './io.js';
import { buildProgram } from './program.js';

export const EXIT = { ok: 0, actionsRemain: 1, usage: 2, bug: 70, cancelled: 130 } as const;

/** Runs the CLI with `argv` (as process.argv) and returns the exit code. */
export async function runCli(
  argv: readonly string[] = process.argv,
  io: Io = processIo(),
): Promise<number> {
  if (io.stdout === process.stdout) endQuietlyOnClosedPipe();
  const exit: { code: number } = { code: EXIT.ok };
  const program = buildProgram(io, (code) => {
    exit.code = code;
  });
  try {
    await program.parseAsync([...argv]);
    return exit.code;
  } catch (error) {
    return reportError(error, io);
  }
}

/**
 * A reader that stops early (`nextgen-ready courts | head`) closes the pipe: end quietly, as
 * Unix tools do, instead of crashing on EPIPE.
 */
function endQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
      throw error;
    });
  }
}

function reportError(error: unknown, io: Io): number {
  const red =
    colorLevelFor(io.stderr, io.env, undefined) > 0
      ? (text: string) => `\u001b[31m${text}\u001b[39m`
      : (text: string) => text;
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help / version).
    const shown = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
    return shown.includes(error.code) && error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (isUserError(error)) {
    io.stderr.write(`${red('error:')} ${error.message}\n`);
    for (const line of error.details) io.stderr.write(`  ${line}\n`);
    if (error.hint) io.stderr.write(`${error.hint}\n`);
    return EXIT.usage;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') {
    io.stderr.write('Cancelled.\n');
    return EXIT.cancelled;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(
    `${red('internal error')} (this is a bug in nextgen-ready; please report it with the command you ran):\n${stack}\n`,
  );
  return EXIT.bug;
}
