import { describe, expect, it } from 'vitest';
import { LineCounter } from '../../src/roster/line-counter.js';

/** Feeds `text` in chunks of `size` bytes, then asks for the line at each offset. */
function linesAt(text: string, size: number, offsets: number[]): number[] {
  const counter = new LineCounter();
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += size) counter.add(bytes.subarray(at, at + size));
  return offsets.map((offset) => counter.lineOfRecordAt(offset));
}

describe('LineCounter', () => {
  it.each([1, 2, 3, 64])('counts CRLF, LF and CR as one line end each (chunks of %i)', (size) => {
    // a\r\n | b\n | c\r | d\r\n\r\n | e
    const text = 'a\r\nb\nc\rd\r\n\r\ne';
    expect(linesAt(text, size, [0, 3, 5, 7, 10])).toEqual([1, 2, 3, 4, 6]);
  });

  it('skips the empty lines before a record', () => {
    expect(linesAt('h\n\n\n\nx', 2, [2])).toEqual([5]);
  });
});
