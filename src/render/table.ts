/**
 * Plain-text tables for a terminal: columns aligned on visible width (a name in wide
 * characters lines up), two spaces apart, the last column unpadded, and each line cut to the
 * terminal's width when there is one, so a row never wraps into the next.
 */
import { cutToWidth, padToWidth, visibleWidth } from './wrap.js';

/** The width of each column: its widest cell, header included. */
export function columnWidths(
  header: readonly string[],
  rows: Iterable<readonly string[]>,
): number[] {
  const widths = header.map(visibleWidth);
  for (const row of rows)
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, visibleWidth(cell));
    });
  return widths;
}

/** One table line, cut to `width` columns when given (undefined: not cut, e.g. into a file). */
export function tableLine(
  cells: readonly string[],
  widths: readonly number[],
  width: number | undefined,
): string {
  const line = cells
    .map((cell, column) =>
      column === cells.length - 1 ? cell : padToWidth(cell, widths[column] ?? 0),
    )
    .join('  ')
    .trimEnd();
  return width === undefined ? line : cutToWidth(line, width);
}

/**
 * The columns a table keeps at `width`: all of them when they fit, else it drops those of
 * `dropOrder` (column indexes, the most easily done without first) one at a time until the
 * columns before the last fit with `minLast` columns left for the last. The first and last
 * columns are never dropped (a court's id and name). Returns the kept indexes, in order.
 */
export function columnsThatFit(
  widths: readonly number[],
  width: number | undefined,
  dropOrder: readonly number[],
  minLast: number,
): number[] {
  let kept = widths.map((_, index) => index);
  const last = widths.length - 1;
  const needed = (columns: readonly number[]) =>
    columns.reduce(
      (sum, column) =>
        sum +
        (column === last ? Math.min(minLast, widths[column] ?? 0) : (widths[column] ?? 0)) +
        2,
      -2,
    );
  if (width === undefined) return kept;
  for (const drop of dropOrder) {
    if (needed(kept) <= width) break;
    if (drop === 0 || drop === last) continue;
    kept = kept.filter((column) => column !== drop);
  }
  return kept;
}
