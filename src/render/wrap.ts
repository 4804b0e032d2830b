/**
 * Text fit to a terminal: widths measured on what the terminal shows (colour codes count for
 * nothing, East Asian wide characters and emoji for two), lines broken at spaces only, and
 * table lines cut with an ellipsis. The fast-* libraries are the ones @inquirer/core measures
 * prompts with, so the plan and the prompts agree on widths; unlike wrap-ansi and
 * string-width, they build no Intl.Segmenter when loaded (about 17 ms on Node 20).
 */
import truncatedWidth from 'fast-string-truncated-width';
import stringWidth from 'fast-string-width';
import { wrapAnsi } from 'fast-wrap-ansi';

// Printable ASCII is one column a character: the common case skips the library.
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** The columns `text` takes in a terminal: colour codes are zero-width, wide characters two. */
export function visibleWidth(text: string): number {
  return PLAIN_ASCII.test(text) ? text.length : stringWidth(text);
}

/**
 * Wraps `text` to `width` columns: the first line starts with `firstPrefix`, the others with
 * `indent`. Lines break at spaces only, so a word (a URL) wider than the line is never split:
 * it gets a line of its own, and only such a word may pass the width. Runs of white space
 * become one space. Colour codes are closed at each line end and reopened on the next line.
 */
export function wrap(text: string, width: number, firstPrefix: string, indent: string): string {
  const room = Math.max(1, width - Math.max(visibleWidth(firstPrefix), visibleWidth(indent)));
  const flat = text.replace(/\s+/g, ' ').trim();
  return wrapAnsi(flat, room, { hard: false, trim: true })
    .split('\n')
    .map((line, index) => (index === 0 ? firstPrefix : indent) + line)
    .join('\n');
}

/** Cuts a line of plain text to `width` columns, ending it with "…" when something was cut. */
export function cutToWidth(text: string, width: number): string {
  if (PLAIN_ASCII.test(text) && text.length <= width) return text;
  const fit = truncatedWidth(text, { limit: width, ellipsis: '…' });
  return fit.truncated ? `${text.slice(0, fit.index)}…` : text;
}

/** Pads `text` with spaces to `width` columns, as padEnd does for one-column characters. */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleWidth(text)));
}
