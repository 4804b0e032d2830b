/**
 * The edge: runs the command line and turns every outcome into an exit code, from the one
 * table in exit-codes.ts. Importing it does nothing.
 */
import { CommanderError } from 'commander';
import { isUserError } from '../errors.js';
import { toSafeLine } from '../safe-text.js';
import { EXIT_CODES, type Outcome } from './exit-codes.js';
import { colorLevelFor, processIo, type Io } from './io.js';
import { buildProgram } from './program.js';

/** Runs the CLI with `argv` (as process.argv) and returns the exit code. */
export async function runCli(
  argv: readonly string[] = process.argv,
  io: Io = processIo(),
): Promise<number> {
  if (io.stdout === process.stdout) endQuietlyOnClosedPipe();
  const exit: { outcome: Outcome } = { outcome: 'ok' };
  const program = buildProgram(io, (outcome) => {
    exit.outcome = outcome;
  });
  try {
    await program.parseAsync([...argv]);
    return EXIT_CODES[exit.outcome];
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
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_CODES.ok);
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
    return shown.includes(error.code) && error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
  }
  if (isUserError(error)) {
    // Messages quote file names, headers and cells: made safe and cut here, once for all.
    io.stderr.write(`${red('error:')} ${toSafeLine(error.message)}\n`);
    for (const line of error.details) io.stderr.write(`  ${toSafeLine(line)}\n`);
    if (error.hint) io.stderr.write(`${toSafeLine(error.hint)}\n`);
    return EXIT_CODES[error.outcome ?? 'usage'];
  }
  if (error instanceof Error && error.name === 'ExitPromptError') {
    io.stderr.write('Cancelled.\n');
    return EXIT_CODES.cancelled;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(
    `${red('internal error')} (this is a bug in nextgen-ready; please report it with the command you ran):\n${stack}\n`,
  );
  return EXIT_CODES.bug;
}
