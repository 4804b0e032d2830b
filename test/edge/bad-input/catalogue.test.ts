/**
 * The catalogue as a whole: at least 100 cases, across every command, covering every class of
 * issue 14 (signals, class 9, are driven in signals.test.ts; memory, class 12, is measured by
 * `npm run bench`).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_CASES } from './check-cases.js';
import { OTHER_CASES } from './other-cases.js';
import { ROSTER_CASES } from './roster-cases.js';

const ALL = [...CHECK_CASES, ...ROSTER_CASES, ...OTHER_CASES];

describe('the bad-input catalogue', () => {
  it('has at least 100 cases, each named once', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(100);
    expect(new Set(ALL.map((c) => c.name)).size).toBe(ALL.length);
  });

  it('covers every command', () => {
    const commands = new Set(ALL.map((c) => c.args('/tmp').find((arg) => !arg.startsWith('-'))));
    for (const command of ['check', 'roster', 'courts', 'validate', 'questions', 'data'])
      expect(commands).toContain(command);
    expect(ALL.some((c) => c.args('/tmp').includes('--help'))).toBe(true);
  });

  it('covers the twelve classes of issue 14', () => {
    const covered = new Set(ALL.flatMap((c) => c.classes));
    expect([...covered].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});
