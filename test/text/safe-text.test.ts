import { describe, expect, it } from 'vitest';
import {
  cutText,
  describeUnsafeText,
  hasUnsafeText,
  toSafeJson,
  toSafeLine,
  toSafeText,
} from '../../src/safe-text.js';

describe('toSafeText', () => {
  it.each([
    ['X\u001b]0;PWNED\u0007\u001b[2J', 'X\\x1b]0;PWNED\\x07\\x1b[2J'],
    ['\u001b]52;c;aGk=\u0007', '\\x1b]52;c;aGk=\\x07'], // OSC 52: writes the clipboard
    [
      '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007',
      '\\x1b]8;;https://evil.example\\x07click\\x1b]8;;\\x07',
    ], // OSC 8: a hidden link
    ['https://ecf.ctd.uscourts.gov\u202e/lmth.xe', 'https://ecf.ctd.uscourts.gov\\u202e/lmth.xe'],
    ['a\u2066b\u2069c', 'a\\u2066b\\u2069c'],
    ['carriage\rreturn', 'carriage\\x0dreturn'],
    ['\u009b31m C1 CSI', '\\x9b31m C1 CSI'],
    ['del\u007f', 'del\\x7f'],
  ])('escapes %j', (text, safe) => {
    expect(hasUnsafeText(text)).toBe(true);
    expect(toSafeText(text)).toBe(safe);
    expect(hasUnsafeText(toSafeText(text))).toBe(false);
  });

  it.each(['José O’Brien', 'tab\tand\nline', 'שלום \u200f mark', 'https://ecf.utd.uscourts.gov'])(
    'leaves %j as it is',
    (text) => {
      expect(hasUnsafeText(text)).toBe(false);
      expect(toSafeText(text)).toBe(text);
    },
  );
});

describe('toSafeJson', () => {
  it('escapes what JSON.stringify leaves raw, and reads back the same value', () => {
    const value = { name: 'a\u202eb\u009bc\u007fd\u001be' };
    const json = toSafeJson(JSON.stringify(value));
    expect(json).toBe('{"name":"a\\u202eb\\u009bc\\u007fd\\u001be"}');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('escapes every bidi isolate (U+2066 to U+2069) and embedding, and only those', () => {
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      const char = String.fromCharCode(code);
      expect(toSafeJson(JSON.stringify(`x${char}y`))).toBe(`"x\\u${code.toString(16)}y"`);
    }
    // The marks right-to-left names need, and what is next to the isolates, stay raw.
    for (const char of ['\u200e', '\u200f', '\u2065', '\u206a', '\u2029'])
      expect(toSafeJson(JSON.stringify(char))).toBe(JSON.stringify(char));
  });
});

describe('describeUnsafeText', () => {
  it('says what and where, never the text', () => {
    expect(describeUnsafeText('abc\u001b[2J')).toBe(
      'a terminal escape (ESC) (U+001B) at character 4',
    );
    expect(describeUnsafeText('x\u202e')).toBe('a bidirectional override (U+202E) at character 2');
    expect(describeUnsafeText('fine')).toBeUndefined();
  });
});

describe('cutText and toSafeLine', () => {
  it('cuts a long value and says how long it was', () => {
    expect(cutText('a'.repeat(5_000_000))).toBe(`${'a'.repeat(80)}… (5,000,000 characters)`);
    expect(cutText('short')).toBe('short');
    expect(toSafeLine(`\u001b${'b'.repeat(2000)}`, 10)).toBe(
      `\\x1b${'b'.repeat(9)}… (2,001 characters)`,
    );
  });

  it('never ends on half of a surrogate pair', () => {
    expect(cutText(`${'a'.repeat(79)}😀😀`)).toBe(`${'a'.repeat(79)}… (83 characters)`);
  });
});
