import { describe, expect, it, vi } from 'vitest';
import { ChecklistNames, slugOf } from '../../src/roster/file-names.js';
import { HashTable } from '../../src/roster/hash-table.js';

describe('checklist file names', () => {
  it.each([
    ['Doe, Jane', 'doe-jane'],
    ["José O'Brien, Jr.", 'jose-o-brien-jr'],
    ['../../etc/passwd', 'etc-passwd'],
    ['C:\\Users\\x', 'c-users-x'],
    ['   ', 'attorney'],
    ['山田太郎', 'attorney'],
    ['CON', 'con-attorney'],
    ['a'.repeat(100), 'a'.repeat(60)],
  ])('%j → %j', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });

  it('gives two attorneys with one name two files', () => {
    const names = new ChecklistNames();
    expect(
      ['Jane Doe', 'jane doe', 'Jane-Doe 2', 'JANE DOE'].map((name) => names.take(name)),
    ).toEqual(['jane-doe.md', 'jane-doe-2.md', 'jane-doe-2-2.md', 'jane-doe-3.md']);
  });
});

describe('ChecklistNames over many rows', () => {
  it('gives 30,000 attorneys of 3 names 30,000 different file names', () => {
    const names = new ChecklistNames();
    const given = new Set<string>();
    for (let i = 0; i < 30_000; i++) given.add(names.take(['Jane Doe', 'Pat Roe', 'Kim'][i % 3]!));
    expect(given.size).toBe(30_000);
    expect(given.has('jane-doe-10000.md')).toBe(true);
    expect(given.has('jane-doe-10001.md')).toBe(false);
  });

  it('tries a number once per attorney of a repeated name, not every lower one again', () => {
    const tries = vi.spyOn(HashTable.prototype, 'setIfAbsent');
    try {
      const names = new ChecklistNames();
      names.reserve('kim-5.md');
      const given = ['Kim', 'Kim', 'Kim', 'Kim', 'Kim'].map((name) => names.take(name));
      expect(given).toEqual(['kim.md', 'kim-2.md', 'kim-3.md', 'kim-4.md', 'kim-6.md']);
      tries.mockClear();
      for (let i = 0; i < 3_000; i++) names.take('Kim');
      expect(tries.mock.calls.length).toBeLessThan(2 * 3_000);
    } finally {
      tries.mockRestore();
    }
  });
});
