import { describe, expect, it } from 'vitest';
import { columnsThatFit } from '../../src/render/table.js';

describe('columnsThatFit', () => {
  // id 4, type 10, status 8, url 30, name 40: 4+10+8+30+40 and four gaps of 2 = 100.
  const widths = [4, 10, 8, 30, 40];

  it('keeps every column where they fit, or where the output is not a terminal', () => {
    expect(columnsThatFit(widths, 100, [3, 1], 20)).toEqual([0, 1, 2, 3, 4]);
    expect(columnsThatFit(widths, undefined, [3, 1], 20)).toEqual([0, 1, 2, 3, 4]);
  });

  it('drops columns in the order given until the last has its room', () => {
    // Without the url: 4+10+8 and gaps, 28 before the name; 60 columns leave it 32 >= 20.
    expect(columnsThatFit(widths, 60, [3, 1], 20)).toEqual([0, 1, 2, 4]);
    // At 40 the type goes too: 4+8, 16 before the name, 24 left.
    expect(columnsThatFit(widths, 40, [3, 1], 20)).toEqual([0, 2, 4]);
  });

  it('never drops the first or the last column, even when asked to', () => {
    expect(columnsThatFit(widths, 10, [0, 4, 3, 2, 1], 20)).toEqual([0, 4]);
  });
});
