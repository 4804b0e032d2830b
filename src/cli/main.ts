/**
 * The edge: runs the command line and turns every outcome into an exit code, from the one
 * table in exit-codes.ts. It owns the process: the guarded output streams, the stop signals,
 * and the only calls to process.exit. Importing it does nothing.
 */
import { CommanderError } from 'commander';
import { isUserError } from '../errors.js';
import { failureOf, guardDirectOutput, guardOutput, writesDirectly } from '../io/guarded-output.js';
import { InterruptWatch, removeTemporaryFiles } from '../io/interrupts.js';
import { toSafeLine } from '../safe-text.js';
import { EXIT_CODES, type Outcome } from './exit-codes.js';
import { colorLevelFor, processIo, type Io } from './io.js';
import { buildProgram } from './program.js';
import { forStderr } from './terminal-text.js';
import { readBugsUrl } from './version.js';

/** Runs the CLI with `argv` (as process.argv) and returns the exit code. */
export async function runCli(argv: readonly string[] = process.argv): Promise<number> {
  // Made when first written to: a run that goes well writes nothing there.
  const stderr = guardOutput(() => process.stderr, undefined, 2);
  const onStdoutFailure = (failure: NodeJS.ErrnoException) => {
    // A reader that stops early (`nextgen-ready courts | head`) closes the pipe: stop at once
    // and quietly, as Unix tools do, but never with a code that reads as a result.
    if (failure.code === 'EPIPE') {
      removeTemporaryFiles();
      process.exit(EXIT_CODES['io-error']);
    }
  };
  const stdout = writesDirectly(1)
    ? guardDirectOutput(1, onStdoutFailure)
    : guardOutput(process.stdout, onStdoutFailure);
  const interrupt = new InterruptWatch((signal) => {
    stderr.write(`Cancelled (${signal}).\n`);
    process.exit(EXIT_CODES.cancelled);
  });
  const io = processIo({ stdout, stderr, interrupt });
  interrupt.start();
  try {
    const code = await runCommandLine(argv, io);
    await stdout.settle();
    const failure = failureOf(stdout);
    // The output is cut: say so, unless the command already did (or was cancelled).
    if (failure === undefined || code === EXIT_CODES.cancelled || code === EXIT_CODES['io-error'])
      return code;
    // Loaded only on failure, as every error path here: a run that goes well pays for none.
    const { fileError } = await import('../io/file-errors.js');
    return reportError(fileError(failure, 'stdout', 'to', 'write'), io);
  } finally {
    interrupt.stop();
    // The bin ends the process at once with the code (bin/nextgen-ready.cjs): whatever was
    // written to stderr must be out first (a pipe is asynchronous on some systems).
    await stderr.settle();
  }
}

/**
 * Runs one command line against `io` and returns the exit code: everything but the process
 * itself (its streams, signals and exit), so that tests can run the CLI in-process.
 */
export async function runCommandLine(argv: readonly string[], io: Io): Promise<number> {
  const exit: { outcome: Outcome } = { outcome: 'ok' };
  const commanderErrors: string[] = [];
  const program = buildProgram(
    io,
    (outcome) => {
      exit.outcome = outcome;
    },
    (text) => commanderErrors.push(text),
  );
  try {
    await program.parseAsync([...argv]);
    return EXIT_CODES[exit.outcome];
  } catch (error) {
    if (commanderErrors.length > 0) {
      // Commander quotes what it rejects: worded by the no-echo rule first.
      const { scrubCommanderError } = await import('./commander-errors.js');
      for (const text of commanderErrors) io.stderr.write(forStderr(io, scrubCommanderError(text)));
    }
    return reportError(error, io, program.opts<{ color?: boolean }>().color);
  }
}

function reportError(error: unknown, io: Io, colorFlag?: boolean): number {
  const red =
    colorLevelFor(io.stderr, io.env, colorFlag) > 0
      ? (text: string) => `\u001b[31m${text}\u001b[39m`
      : (text: string) => text;
  if (error instanceof CommanderError) {
    // Its message is printed above (or it showed the help or version).
    const shown = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
    return shown.includes(error.code) && error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
  }
  if (isUserError(error)) {
    // Messages quote file names, headers and cells: made safe and cut here, once for all.
    // In a terminal each line is wrapped to its width; in a log each stays one line.
    io.stderr.write(forStderr(io, `${red('error:')} ${toSafeLine(error.message)}`));
    for (const line of error.details) io.stderr.write(forStderr(io, `  ${toSafeLine(line)}`));
    if (error.hint) io.stderr.write(forStderr(io, toSafeLine(error.hint)));
    return EXIT_CODES[error.outcome ?? 'usage'];
  }
  if (
    error instanceof Error &&
    (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')
  ) {
    io.stderr.write('Cancelled.\n');
    return EXIT_CODES.cancelled;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(
    `${red('internal error')} (this is a bug in nextgen-ready; please report it at ${readBugsUrl()} with the command you ran):\n${stack}\n`,
  );
  return EXIT_CODES.bug;
}
