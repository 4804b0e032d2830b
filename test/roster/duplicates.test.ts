import { describe, expect, it } from 'vitest';
import { DuplicateRows } from '../../src/roster/duplicates.js';

describe('DuplicateRows', () => {
  it('finds the same name and courts, ignoring case, spacing and court order', () => {
    const rows = new DuplicateRows();
    expect(rows.check('Jane Doe', ['ctd', 'utd'], 2)).toBeUndefined();
    expect(rows.check('Jane Doe', ['ctd'], 3)).toBeUndefined();
    expect(rows.check('jane  DOE', ['utd', 'ctd'], 4)).toBe(2);
    expect(rows.check('Jane Doe', ['ctd'], 5)).toBe(3);
    expect(rows.check('', ['ctd'], 6)).toBeUndefined();
    expect(rows.check('', ['ctd'], 7)).toBeUndefined();
  });

  it('tells 100,000 different attorneys apart', () => {
    const rows = new DuplicateRows();
    let found = 0;
    for (let i = 0; i < 100_000; i++)
      if (rows.check(`Attorney ${i}`, ['ctd'], i) !== undefined) found++;
    expect(found).toBe(0);
  });
});

describe('DuplicateRows as its table grows', () => {
  it('finds every repeat among 50,000 rows, with the first line of each', () => {
    const rows = new DuplicateRows();
    for (let i = 0; i < 50_000; i++)
      expect(rows.check(`Attorney ${i}`, ['ctd'], i + 2)).toBe(undefined);
    for (let i = 0; i < 50_000; i += 997)
      expect(rows.check(`attorney  ${i}`, ['ctd'], 60_000 + i)).toBe(i + 2);
    expect(rows.check('Attorney 1', ['utd'], 70_000)).toBeUndefined();
  });
});
