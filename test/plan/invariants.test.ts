/**
 * The invariants over the whole answer space: every combination of answer values that
 * applies, for every bundled court, on days before, on and after its go-live.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/dates.js';
import { goLiveBounds } from '../../src/profile/go-live.js';
import type { CourtProfile } from '../../src/profile/schema.js';
import { planCourts } from '../../src/plan/plan.js';
import { isMfaEnrollmentOpen } from '../../src/plan/rules/mfa.js';
import { QUESTIONS } from '../../src/plan/questions.js';
import type { Plan } from '../../src/plan/types.js';
import { answerSpace, subsets } from '../helpers/answer-space.js';
import { findViolations } from '../helpers/invariants.js';
import { bundledCatalog, courtFacts, planFor } from '../helpers/plan.js';

const TODAY = '2026-11-22';
const SEED_COURTS = ['ctd', 'prd', 'utd', 'cacd'];
const PROBLEMS = QUESTIONS.find((question) => question.id === 'problems')!.options.map(
  (option) => option.value,
);
const catalog = await bundledCatalog();
const national = catalog.national;

/** Days around the go-live: before it, on it, and after it (today). */
function datesAround(profile: CourtProfile): string[] {
  const { earliest, latest } = goLiveBounds(profile.nextGen);
  const days = [TODAY];
  for (const day of [earliest, latest]) if (day) days.push(addDays(day, -1), day);
  return [...new Set(days)].sort();
}

/** Runs the whole answer space for these courts on this day; returns the first violations. */
function sweep(
  ids: readonly string[],
  asOf: string,
  problemSets: readonly string[][],
): { plans: number; violations: string[] } {
  const mfaExists = isMfaEnrollmentOpen(national, asOf);
  let plans = 0;
  const violations: string[] = [];
  for (const answers of answerSpace(courtFacts(catalog, ids, asOf), mfaExists, problemSets)) {
    const plan = planCourts(catalog, ids, answers, asOf);
    plans++;
    const found = findViolations(plan, catalog.courts);
    if (found.length > 0 && violations.length < 5)
      violations.push(`${JSON.stringify(answers)}: ${found.join('; ')}`);
  }
  return { plans, violations };
}

describe('the invariant checker', () => {
  it('accepts a sound plan and catches each kind of broken one', async () => {
    const plan = await planFor(['cacd'], '2020-01-15', {
      filer: 'attorney',
      'pacer-account': 'individual',
      'account-type': 'legacy',
      'firm-billing': 'no',
      'ecf-login': 'known',
      cja: 'no',
      bankruptcy: 'no',
    });
    expect(findViolations(plan, catalog.courts)).toEqual([]);
    const broken = (change: (copy: Plan) => void) => {
      const copy = structuredClone(plan);
      change(copy);
      return findViolations(copy, catalog.courts).join('\n');
    };
    expect(
      broken((p) => delete p.actions.find((a) => a.id === 'link-ecf-account')!.notBefore),
    ).toMatch(/linking before go-live/);
    expect(broken((p) => p.actions.reverse())).toMatch(
      /upgrade-pacer-account must come before link-ecf-account/,
    );
    expect(broken((p) => (p.actions[0]!.sources = []))).toMatch(/no source/);
    expect(broken((p) => p.actions.push(structuredClone(p.actions[0]!)))).toMatch(/duplicate/);
    expect(broken((p) => (p.actions[0]!.court = 'cacd'))).toMatch(/wrong scope/);
    expect(broken((p) => (p.status = 'ready'))).toMatch(/status ready/);
    expect(broken((p) => (p.actions[0]!.steps[0] = 'Go to {court.ecfUrl}'))).toMatch(/placeholder/);
  });
});

describe.each(SEED_COURTS)('every answer combination in %s', { tags: ['slow'] }, (id) => {
  const profile = catalog.courts.get(id)!;
  it.each(datesAround(profile))(
    'on %s, with every combination of problems, keeps every invariant',
    (asOf) => {
      const { plans, violations } = sweep([id], asOf, subsets(PROBLEMS));
      expect(violations).toEqual([]);
      expect(plans).toBeGreaterThan(1000);
    },
  );
});

describe('every answer combination for two courts at once', { tags: ['slow'] }, () => {
  it.each([
    ['ctd', 'cacd', '2020-01-15'],
    ['prd', 'utd', '2021-11-29'],
    ['utd', 'cacd', TODAY],
  ])('%s and %s on %s keep every invariant', (first, second, asOf) => {
    const { plans, violations } = sweep([first, second], asOf, [[], PROBLEMS]);
    expect(violations).toEqual([]);
    expect(plans).toBeGreaterThan(1000);
  });
});
