/**
 * Laying out a message or a shell command for a terminal, without commander: every command's
 * stderr needs it (errors, notes, the repeat command), and a bundle that imported commander's
 * wrapper for it would carry a second copy of commander (about 50 KB to compile at start-up).
 */
import { stripVTControlCharacters } from 'node:util';

/** Colour codes take no room on the screen. */
const visibleLength = (text: string) => stripVTControlCharacters(text).length;

/**
 * A message for a terminal, at its full width (not the reading width): the first line as it
 * starts, the lines it wraps onto after `indent`; broken at spaces only (a word wider than the
 * line stands on a line of its own).
 */
export function hangingParagraph(text: string, width: number, indent: string): string {
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  const room = Math.max(10, width - Math.max(lead.length, indent.length));
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line !== '' && visibleLength(line) + 1 + visibleLength(word) > room) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.map((each, index) => (index === 0 ? lead : indent) + each).join('\n');
}

/**
 * A shell command laid out within `width`: it starts after `first` and goes on after `next`
 * (each followed by a space),
 * each line that continues ending with ` \` (a shell line continuation), broken between two
 * words only (never inside quotes, never between a flag and its value), so that it can be
 * pasted as it is.
 */
export function commandLines(
  command: string,
  width: number,
  first: string,
  next: string,
): string[] {
  const out: string[] = [];
  let line = first;
  let words = 0;
  const all = shellWords(command);
  all.forEach((word, index) => {
    // Leave room for the " \" that ends a line which continues.
    const reserve = index < all.length - 1 ? 2 : 0;
    if (words > 0 && line.length + 1 + word.length + reserve > width) {
      out.push(`${line} \\`);
      line = next;
      words = 0;
    }
    line = `${line} ${word}`;
    words++;
  });
  out.push(line);
  return out;
}

/** A command's words, with quotes kept whole and a flag kept with its value (`--court ctd`). */
function shellWords(command: string): string[] {
  const tokens = command.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g) ?? [];
  const words: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    if (token.startsWith('-') && next !== undefined && !/^[-<>|]/.test(next)) {
      words.push(`${token} ${next}`);
      index++;
    } else words.push(token);
  }
  return words;
}
