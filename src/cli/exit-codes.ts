/**
 * Every exit code the CLI uses, in one table. Commands return the name of their outcome and
 * the edge (main.ts) turns it into the number, so no command can invent a code of its own.
 * 65, 69, 70, 74 and 75 are the sysexits.h codes for the same things (EX_DATAERR,
 * EX_UNAVAILABLE, EX_SOFTWARE, EX_IOERR, EX_TEMPFAIL), so a script's generic handling of them
 * fits: a cron job can retry on 69 and 75.
 */
export const EXIT_CODES = {
  /** Done; with --exit-code, also: no actions remain. */
  ok: 0,
  /** With --exit-code: the plan (or some roster row) still has actions. */
  'actions-remain': 1,
  /** A usage, answer, input or profile error; a roster row that could not be planned. */
  usage: 2,
  /** `data update`: what came is not a feed to trust (a web page, cut short, changed, older); nothing was stored. */
  'feed-rejected': 65,
  /** `data update`: the feed could not be fetched (network, TLS, proxy, timeout, HTTP error); try again later. */
  'feed-unavailable': 69,
  /** A bug in nextgen-ready: please report it. */
  bug: 70,
  /**
   * The machine failed to read or write: stdout or --output could not be written whole (disk
   * full, device error, the reader went away), or a file could not be read (I/O error).
   */
  'io-error': 74,
  /** Another run is writing to the same roster --out directory: try again when it is done. */
  busy: 75,
  /** Stopped by Ctrl-C (at a prompt, or between roster rows) or a TERM or HUP signal. */
  cancelled: 130,
} as const;

/** What a command reports back to the edge. */
export type Outcome = keyof typeof EXIT_CODES;

/** One line for help texts, from the table. */
export const EXIT_CODES_HELP =
  'Exit codes: 0 done · 1 actions remain (with --exit-code) · 2 usage, answer, input or profile error · 65 feed rejected · 69 feed unavailable · 74 output or input failed (disk full, device error) · 75 --out busy · 130 cancelled · 70 a bug';
