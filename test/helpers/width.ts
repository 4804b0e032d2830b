/** Asserting that text fits a terminal. */
import { stripVTControlCharacters } from 'node:util';
import { visibleWidth } from '../../src/render/wrap.js';

/** Why a line is wider than `width`, or undefined when it fits or holds one unbreakable word. */
export function overflow(line: string, width: number): string | undefined {
  const plain = stripVTControlCharacters(line);
  if (visibleWidth(plain) <= width) return undefined;
  // Past the width only as: indent, an optional list marker (or a help example's "$ "), then
  // one word with no space in it, which a help example may follow with its shell line
  // continuation (a backslash), and the word must be wider than the room it has.
  const match = /^(\s*(?:[-*$] |[a-z0-9]+\. )?)(\S+)( \\)?$/.exec(plain);
  const room = width - visibleWidth(match?.[1] ?? '') - (match?.[3] ? 2 : 0);
  if (match && visibleWidth(match[2]!) > room) return undefined;
  return `${visibleWidth(plain)} columns at width ${width}: ${JSON.stringify(plain)}`;
}
