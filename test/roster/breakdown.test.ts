import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/plan/types.js';
import {
  describeErrorGroup,
  fixOfErrorGroup,
  isConditional,
  RosterBreakdown,
} from '../../src/roster/breakdown.js';
import type { RowOutcome } from '../../src/roster/plan-row.js';
import { READY_ANSWERS } from '../helpers/fixtures.js';
import { planFor } from '../helpers/plan.js';

const AS_OF = '2026-11-22';
const NAMES: Record<string, string> = { ctd: 'District of Connecticut', utd: 'District of Utah' };

const row = (line: number, courts: string[], plan: Plan): RowOutcome => ({
  line,
  name: `Attorney ${line}`,
  email: '',
  id: '',
  courts,
  status: plan.status,
  plan,
});
const failed = (line: number, courts: string[], errors: string[]): RowOutcome => ({
  line,
  name: `Attorney ${line}`,
  email: '',
  id: '',
  courts,
  status: 'error',
  errors,
});

describe('the roster breakdown', () => {
  it('counts each action by its title, certain apart from "only if"', async () => {
    const unknown = await planFor(['ctd'], AS_OF, {
      ...READY_ANSWERS,
      'account-type': 'unknown',
      mfa: 'unknown',
    });
    const legacy = await planFor(['ctd'], AS_OF, { ...READY_ANSWERS, 'account-type': 'legacy' });
    const ready = await planFor(['utd'], AS_OF, READY_ANSWERS);
    const breakdown = new RosterBreakdown((id) => NAMES[id]);
    breakdown.add(row(2, ['ctd'], unknown));
    breakdown.add(row(3, ['ctd'], legacy));
    breakdown.add(row(4, ['ctd'], legacy));
    breakdown.add(row(5, ['utd'], ready));
    breakdown.add(failed(6, ['utd', 'nope'], ['filer: bad']));
    const { actions, courts } = breakdown.result();
    const upgrade = actions.find((action) => action.id === 'upgrade-pacer-account');
    expect(upgrade).toEqual({
      id: 'upgrade-pacer-account',
      court: null,
      title: 'Upgrade your legacy PACER account',
      attorneys: 3,
      certain: 2,
      conditional: 1,
    });
    expect(actions[0]).toBe(upgrade); // most attorneys first
    const mfa = actions.find((action) => action.id === 'enroll-mfa');
    expect(mfa).toMatchObject({ attorneys: 1, certain: 0, conditional: 1 });
    // An unknown court id (the row's error) is no court.
    expect(courts).toEqual([
      {
        id: 'ctd',
        name: NAMES.ctd,
        attorneys: 3,
        ready: 0,
        actionNeeded: 3,
        waiting: 0,
        errors: 0,
      },
      {
        id: 'utd',
        name: NAMES.utd,
        attorneys: 2,
        ready: 1,
        actionNeeded: 0,
        waiting: 0,
        errors: 1,
      },
    ]);
  });

  it('tells conditional actions by their "only if" note', () => {
    expect(isConditional({ caveat: 'Only if PACER finds an existing account for you.' })).toBe(
      true,
    );
    expect(
      isConditional({
        caveat: 'Once you have your account, and only if it does not already carry it.',
      }),
    ).toBe(true);
    expect(isConditional({ caveat: "The court's go-live day is not known." })).toBe(false);
    expect(isConditional({})).toBe(false);
  });

  it('groups row errors by cause: one missing answer is one cause, whatever its courts', () => {
    const breakdown = new RosterBreakdown((id) => NAMES[id]);
    const empty = (court: string) =>
      `linked: empty, but it applies to ${court} (already linked to PACER in this court); allowed: yes, no`;
    for (let line = 2; line < 97; line++)
      breakdown.add(failed(line, [line % 2 ? 'ctd' : 'utd'], [empty(line % 2 ? 'ctd' : 'utd')]));
    breakdown.add(failed(200, ['ctdd'], ['courts: "ctdd" is not a court id']));
    breakdown.add(failed(201, ['ctd'], ['pacer-account: "x" is not allowed']));
    breakdown.add(failed(202, ['ctd'], ['pacer-account: "x" is not allowed']));
    const { errorGroups } = breakdown.result();
    expect(errorGroups.map((group) => group.rows)).toEqual([95, 2, 1]);
    const [linked, bad, one] = errorGroups;
    expect(describeErrorGroup(linked!, 'team.csv')).toBe(
      'linked is empty in 95 rows (lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 85 more), but it applies to ctd, utd (already linked to PACER in this court); allowed: yes, no',
    );
    expect(fixOfErrorGroup(linked!)).toMatch(/^Fix: fill the linked column .* --answers/);
    expect(describeErrorGroup(bad!, 'team.csv')).toBe(
      '2 rows (lines 201, 202): pacer-account: "x" is not allowed',
    );
    expect(fixOfErrorGroup(bad!)).toBeUndefined();
    expect(describeErrorGroup(one!, 'team.csv')).toBe(
      'team.csv:200: Attorney 200: courts: "ctdd" is not a court id',
    );
  });

  it('keeps at most 200 causes, counting the rest together', () => {
    const breakdown = new RosterBreakdown(() => undefined);
    for (let line = 2; line < 302; line++) breakdown.add(failed(line, [], [`cause ${line}`]));
    const { errorGroups, otherErrors } = breakdown.result();
    expect(errorGroups).toHaveLength(200);
    expect(otherErrors).toBe(100);
  });
});
