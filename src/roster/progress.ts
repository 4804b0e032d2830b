/**
 * The roster's progress on stderr: one line that rewrites itself (rows done, rate, time left),
 * for a person watching a terminal. Written by hand rather than with a progress-bar library:
 * it is thirty lines, costs nothing to load, and it must be cleared before any other line
 * goes to stderr (a row's error, a warning), which a library that owns the line does not do.
 * The caller shows it only when stderr is a terminal (never in CI, a log or with --quiet).
 */
import { formatNumber } from '../counts.js';
import type { OutputStream } from '../io/streams.js';

/** How often the line is redrawn at most, and how long a run goes before it is shown at all. */
const REDRAW_MS = 100;
const FIRST_MS = 200;

// Carriage return, the text, then "erase to the end of the line": no line feed, so the next
// redraw replaces it; clearing is a carriage return and the erase alone.
const ERASE = '\u001b[K';

/** "1 min 5 s", "12 s": the time left, rounded up to a whole second. */
function describeSeconds(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min ${whole % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** What the line says after `done` rows in `elapsedMs`, of `total` if the total is known. */
export function describeProgress(done: number, elapsedMs: number, total?: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const parts = [
    total === undefined || total < done
      ? `${formatNumber(done)} rows`
      : `${formatNumber(done)} of ${formatNumber(total)} rows (${Math.floor((done * 100) / Math.max(total, 1))}%)`,
    `${formatNumber(Math.round(rate))} rows/s`,
  ];
  if (total !== undefined && total >= done && rate > 0)
    parts.push(`about ${describeSeconds((total - done) / rate)} left`);
  return `roster: ${parts.join(', ')}`;
}

export class ProgressLine {
  private readonly started: number;
  private last = Number.NEGATIVE_INFINITY;
  private shown = false;
  private stopped = false;

  /**
   * @param stream stderr, a terminal
   * @param now the clock in milliseconds (injected, for tests)
   * @param total the rows expected, when the file could count them cheaply
   * @param columns the terminal's width: the line is cut to it, as a wrapped line cannot be
   *   rewritten in place
   */
  constructor(
    private readonly stream: OutputStream,
    private readonly now: () => number,
    private readonly total?: number,
    private readonly columns = 80,
  ) {
    this.started = now();
  }

  /** Notes that `done` rows are done; redraws the line at most every 100 ms. */
  update(done: number): void {
    if (this.stopped) return;
    const now = this.now();
    if (now - this.started < FIRST_MS || now - this.last < REDRAW_MS) return;
    this.last = now;
    const text = describeProgress(done, now - this.started, this.total).slice(
      0,
      Math.max(this.columns - 1, 10),
    );
    this.stream.write(`\r${text}${ERASE}`);
    this.shown = true;
  }

  /** Clears the line, so that another line can be written to stderr; it comes back on update. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write(`\r${ERASE}`);
    this.shown = false;
  }

  /** Clears the line for good (the end of the run, or a signal). */
  stop(): void {
    this.clear();
    this.stopped = true;
  }
}
