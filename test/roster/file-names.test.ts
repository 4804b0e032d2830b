import { describe, expect, it } from 'vitest';
import { ChecklistNames, slugOf } from '../../src/roster/file-names.js';

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
