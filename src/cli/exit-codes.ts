/**
 * Every exit code the CLI uses, in one table. Commands return the name of their outcome and
 * the edge (main.ts) turns it into the number, so no command can invent a code of its own;
 * the help lines and the README's table of exit codes are made from it too (a test compares
 * the README). 65, 69, 70, 74 and 75 are the sysexits.h codes for the same things
 * (EX_DATAERR, EX_UNAVAILABLE, EX_SOFTWARE, EX_IOERR, EX_TEMPFAIL), so a script's generic
 * handling of them fits: a cron job can retry on 69 and 75.
 */
import type { CommandName } from '../options.js';

export interface ExitCodeSpec {
  readonly outcome: string;
  readonly code: number;
  /** The few words `--help` gives it. */
  readonly help: string;
  /** What the README's table of exit codes says. */
  readonly meaning: string;
  /** A command whose help lists its own exit codes, in its own words. */
  readonly on?: { readonly [C in CommandName]?: string };
  /** What the README's table of a command's own exit codes says (roster's). */
  readonly meaningOn?: { readonly [C in CommandName]?: string };
}

export const EXIT_CODE_TABLE = [
  {
    outcome: 'ok',
    code: 0,
    help: 'done',
    meaning: 'done',
    on: { roster: 'done', 'data update': 'stored (or already stored)' },
    meaningOn: { roster: 'every row planned' },
  },
  {
    // With --exit-code: the plan (or some roster row) still has actions.
    outcome: 'actions-remain',
    code: 1,
    help: 'actions remain (with --exit-code)',
    meaning: 'actions remain (only with `--exit-code`)',
    on: { roster: 'actions remain (with --exit-code)' },
    meaningOn: { roster: 'with `--exit-code`: every row planned, and actions remain' },
  },
  {
    outcome: 'usage',
    code: 2,
    help: 'usage, answer, input or profile error',
    meaning:
      'a usage, answer, input or profile error: a flag, a file that is missing, a directory, unreadable, too large or not what it should be; one `error:` line naming the file, no stack trace',
    on: {
      roster: 'a row or the file has an error (every good row is still planned and written)',
      'data update': 'usage',
    },
    meaningOn: {
      roster:
        'a row has an error (after everything else is written), or the file cannot be used: not a roster, no `name` column, an unknown or secret column, not UTF-8 (UTF-16, Windows-1252), empty, too large; one line, nothing written',
    },
  },
  {
    outcome: 'feed-rejected',
    code: 65,
    help: 'feed rejected',
    meaning:
      '`data update`: what came is not a feed to take (a web page, cut short, changed, too large, older); nothing changed',
    on: { 'data update': 'feed refused' },
  },
  {
    outcome: 'feed-unavailable',
    code: 69,
    help: 'feed unavailable',
    meaning:
      '`data update`: the feed could not be fetched (timeout, TLS, proxy, HTTP error, network); try again later',
    on: { 'data update': 'feed could not be fetched (try later)' },
  },
  {
    outcome: 'bug',
    code: 70,
    help: 'a bug',
    meaning:
      'a bug in nextgen-ready (the stack trace is printed with where to report it: https://github.com/nextgen-ready/nextgen-ready/issues)',
  },
  {
    outcome: 'io-error',
    code: 74,
    help: 'output or input failed (disk full, device error)',
    meaning:
      'the machine failed to read or write: stdout or `--output` could not be written whole (disk full, device error), a reader such as `head` went away early (quietly), or a read failed (EIO)',
    on: { roster: 'the disk or stdout failed' },
    meaningOn: {
      roster:
        'stdout, a checklist or a summary could not be written because the disk is full or failing (or the reader of stdout went away); every file written is whole',
    },
  },
  {
    outcome: 'busy',
    code: 75,
    help: '--out busy',
    meaning:
      'another `roster` run holds the `--out` directory, or another `data update` has been storing a feed for 30 s: try again later',
    on: {
      roster: 'another run holds --out',
      'data update': 'another update is storing a feed (try later)',
    },
    meaningOn: { roster: 'another run holds the `--out` directory' },
  },
  {
    outcome: 'cancelled',
    code: 130,
    help: 'cancelled',
    meaning: 'cancelled: Ctrl-C, TERM or HUP at a prompt or during a `roster` run',
    on: { roster: 'stopped by a signal (every file written is whole)' },
    meaningOn: {
      roster:
        'Ctrl-C, TERM or HUP during the run: it stops after the row in hand; every file written is whole, the summary files are not written, and stderr says that the JSON or CSV on stdout is cut off (not a whole document). A second signal ends it at once, removing its temporary files and lock',
    },
  },
] as const satisfies readonly ExitCodeSpec[];

/** What a command reports back to the edge. */
export type Outcome = (typeof EXIT_CODE_TABLE)[number]['outcome'];

/** The code of each outcome. */
export const EXIT_CODES = Object.fromEntries(
  EXIT_CODE_TABLE.map(({ outcome, code }) => [outcome, code]),
) as { readonly [O in Outcome]: Extract<(typeof EXIT_CODE_TABLE)[number], { outcome: O }>['code'] };

/**
 * One line for help texts: every code for the program (a bug last: no script plans for it),
 * or those a command lists in its own words.
 */
export function exitCodesHelp(command?: CommandName): string {
  const table: readonly ExitCodeSpec[] = EXIT_CODE_TABLE;
  const items =
    command === undefined
      ? [
          ...table.filter((spec) => spec.outcome !== 'bug'),
          ...table.filter((spec) => spec.outcome === 'bug'),
        ].map((spec) => `${spec.code} ${spec.help}`)
      : table.flatMap((spec) => {
          const words = spec.on?.[command];
          return words === undefined ? [] : [`${spec.code} ${words}`];
        });
  return `Exit codes: ${items.join(' · ')}`;
}
