import { describe, expect, it } from 'vitest';
import { DuplicateRows, identityOf } from '../../src/roster/duplicates.js';

const who = (name: string, id = '', email = '') => ({ name, id, email });

describe('DuplicateRows', () => {
  it('finds the same name and courts, ignoring case, spacing and court order', () => {
    const rows = new DuplicateRows();
    expect(rows.check(who('Jane Doe'), ['ctd', 'utd'], 2)).toBeUndefined();
    expect(rows.check(who('Jane Doe'), ['ctd'], 3)).toBeUndefined();
    expect(rows.check(who('jane  DOE'), ['utd', 'ctd'], 4)).toEqual({ line: 2, by: 'name' });
    expect(rows.check(who('Jane Doe'), ['ctd'], 5)).toEqual({ line: 3, by: 'name' });
    expect(rows.check(who(''), ['ctd'], 6)).toBeUndefined();
    expect(rows.check(who(''), ['ctd'], 7)).toBeUndefined();
  });

  it('tells two attorneys of one name apart by their ids or e-mail addresses', () => {
    const rows = new DuplicateRows();
    expect(rows.check(who('Jane Doe', 'E1'), ['ctd'], 2)).toBeUndefined();
    expect(rows.check(who('Jane Doe', 'E2'), ['ctd'], 3)).toBeUndefined();
    expect(rows.check(who('Jane Doe', '', 'jane@a.example'), ['ctd'], 4)).toBeUndefined();
    expect(rows.check(who('Jane Doe', '', 'jane@b.example'), ['ctd'], 5)).toBeUndefined();
    // The same id is the same attorney, however the name is spelt.
    expect(rows.check(who('Doe, Jane', 'e1'), ['ctd'], 6)).toEqual({ line: 2, by: 'id' });
    expect(rows.check(who('J. Doe', '', 'JANE@B.example'), ['ctd'], 7)).toEqual({
      line: 5,
      by: 'email',
    });
    // By name only where neither is given: a named row without them is a third Jane Doe.
    expect(rows.check(who('Jane Doe'), ['ctd'], 8)).toBeUndefined();
    expect(rows.check(who('Jane Doe'), ['ctd'], 9)).toEqual({ line: 8, by: 'name' });
  });

  it('takes the id first, then the e-mail, then the name', () => {
    expect(identityOf(who('A', ' X1 ', 'a@x'))).toEqual({ by: 'id', value: 'x1' });
    expect(identityOf(who('A', '', 'A@X'))).toEqual({ by: 'email', value: 'a@x' });
    expect(identityOf(who(' A  B '))).toEqual({ by: 'name', value: 'a b' });
    expect(identityOf(who(''))).toBeUndefined();
  });

  it('tells 100,000 different attorneys apart', () => {
    const rows = new DuplicateRows();
    let found = 0;
    for (let i = 0; i < 100_000; i++)
      if (rows.check(who(`Attorney ${i}`), ['ctd'], i) !== undefined) found++;
    expect(found).toBe(0);
  });
});

describe('DuplicateRows as its table grows', () => {
  it('finds every repeat among 50,000 rows, with the first line of each', () => {
    const rows = new DuplicateRows();
    for (let i = 0; i < 50_000; i++)
      expect(rows.check(who(`Attorney ${i}`), ['ctd'], i + 2)).toBe(undefined);
    for (let i = 0; i < 50_000; i += 997)
      expect(rows.check(who(`attorney  ${i}`), ['ctd'], 60_000 + i)?.line).toBe(i + 2);
    expect(rows.check(who('Attorney 1'), ['utd'], 70_000)).toBeUndefined();
  });
});
