/**
 * How wide text is laid out, with no library: the entry (`--help`) needs it too, and must stay
 * light. Prose (the plan, help) follows the terminal between a floor and a ceiling; tables use
 * the terminal's whole width.
 */

/** Narrower than this, words would break mid-word in a terminal anyway: lay out at 40. */
export const MIN_COLUMNS = 40;
/** Wider than this, prose lines get hard to read: stop at 100. */
export const MAX_COLUMNS = 100;

/** The width prose is laid out at: the terminal's columns, kept within 40 to 100; 100 if unknown. */
export function readingWidth(columns: number | undefined): number {
  if (columns === undefined || !Number.isFinite(columns) || columns <= 0) return MAX_COLUMNS;
  return Math.max(MIN_COLUMNS, Math.min(Math.floor(columns), MAX_COLUMNS));
}

/** The width a table is cut to: the terminal's columns, at least 40; undefined (not cut) if unknown. */
export function tableWidth(columns: number | undefined): number | undefined {
  if (columns === undefined || !Number.isFinite(columns) || columns <= 0) return undefined;
  return Math.max(MIN_COLUMNS, Math.floor(columns));
}
