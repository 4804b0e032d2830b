/**
 * What commands touch of the outside world, passed in so commands stay testable: the output
 * streams, whether stdin is a terminal, the environment, the working directory, the clock and
 * the stop signals.
 */
import type { Interrupt } from '../io/interrupts.js';
import type { OutputStream } from '../io/streams.js';

export type { OutputStream };

export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  stdinIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  now: () => Date;
  interrupt: Interrupt;
}

/** The real process; stdout and stderr are the guarded ones the edge made. */
export function processIo(streams: {
  stdout: OutputStream;
  stderr: OutputStream;
  interrupt: Interrupt;
}): Io {
  return {
    ...streams,
    // Read when a command asks (an interactive check): making process.stdin loads some thirty
    // of Node's modules, which `--help`, `courts` and `check --no-input` need not pay for.
    get stdinIsTTY() {
      return process.stdin.isTTY === true;
    },
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}

/**
 * The chalk colour level for a stream: none unless it is a terminal and colour is not turned
 * off; `--color` (colorFlag true) turns it on anyway, `--no-color` (false) off.
 */
export function colorLevelFor(
  stream: OutputStream,
  env: Io['env'],
  colorFlag: boolean | undefined,
): 0 | 1 | 2 | 3 {
  if (colorFlag === false) return 0;
  // A flag wins over the environment: `--color` colours even with NO_COLOR set.
  if (colorFlag !== true && env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined && forced !== '' && forced !== '0' && forced !== 'false')
    return forced === '3' ? 3 : forced === '2' ? 2 : 1;
  if (colorFlag === true) return env.COLORTERM === 'truecolor' ? 3 : 1;
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  return env.COLORTERM === 'truecolor' ? 3 : 1;
}

/**
 * The columns a stream shows: a terminal's width; else $COLUMNS, for a pipe into a pager in a
 * terminal that exports it; else undefined (a file: no width of its own).
 */
export function columnsOf(stream: OutputStream, env: Io['env']): number | undefined {
  if (stream.isTTY && stream.columns !== undefined && stream.columns > 0) return stream.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : undefined;
}
