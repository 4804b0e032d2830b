/**
 * Text that came from outside (a roster cell, a profile from --courts-dir, a file name) made
 * safe to show: terminal control characters and bidirectional overrides are written out as
 * escapes instead of reaching a terminal or a Markdown file raw. A cell holding
 * "\x1b]0;PWNED\x07" would otherwise retitle the window; U+202E would make text read
 * backwards. Every renderer and every error line goes through here.
 */

/**
 * What is never shown raw: C0 controls except tab and line feed (ESC, BEL, CR, ...), DEL, C1
 * controls (U+0080-U+009F: 8-bit CSI and OSC), and the bidirectional embeddings, overrides
 * and isolates (U+202A-U+202E, U+2066-U+2069). The marks U+200E/U+200F stay: right-to-left
 * names need them and they reorder nothing around them.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

/** Characters JSON.stringify leaves raw that must not reach a terminal: DEL, C1 and bidi. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const hex = (code: number, digits: number) => code.toString(16).padStart(digits, '0');

/** How an unsafe character is written out: `\x1b`, `\x9b`, `\u202e`. */
function escapeChar(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
}

/** True when the text holds a character that must not reach a terminal raw. */
export function hasUnsafeText(text: string): boolean {
  return UNSAFE.test(text);
}

/** The text with every unsafe character written out as an escape (`\x1b`); safe text as it is. */
export function toSafeText(text: string): string {
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, escapeChar) : text;
}

/**
 * JSON text with DEL, C1 and bidi characters written as \u escapes. JSON.stringify already
 * escapes C0; the value read back is unchanged, only the bytes are safe for a terminal.
 */
export function toSafeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (char) => `\\u${hex(char.charCodeAt(0), 4)}`);
}

/** Where the first unsafe character is and what it is, for a message that must not echo it. */
export function describeUnsafeText(text: string): string | undefined {
  const match = UNSAFE.exec(text);
  if (!match) return undefined;
  const code = match[0].charCodeAt(0);
  const kind =
    code >= 0x202a
      ? 'a bidirectional override'
      : code === 0x1b
        ? 'a terminal escape (ESC)'
        : 'a control character';
  return `${kind} (U+${hex(code, 4).toUpperCase()}) at character ${match.index + 1}`;
}

/** The longest value a message quotes whole; anything longer is cut. */
export const MESSAGE_VALUE_MAX = 80;

/** A value cut to `max` characters for a message: "abc… (5,000,000 characters)". */
export function cutText(text: string, max = MESSAGE_VALUE_MAX): string {
  if (text.length <= max) return text;
  let head = text.slice(0, max);
  // Never end on half of a surrogate pair.
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
  // Digits grouped by hand: toLocaleString would load ICU for an error message.
  const length = String(text.length).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${head}… (${length} characters)`;
}

/** One line of a message, safe and short: unsafe characters escaped, cut at `max`. */
export function toSafeLine(text: string, max = 1000): string {
  return toSafeText(cutText(text, max));
}
