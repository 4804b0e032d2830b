/**
 * The invariants over the whole answer space of the seed courts: every combination of answer
 * values that applies, on days before, on and after each court's go-live, and two courts at
 * once. Some hundred thousand plans: the sweep project (`npm test`), not `npm run test:unit`.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/dates.js';
import { goLiveBounds } from '../../src/profile/go-live.js';
import type { CourtProfile } from '../../src/profile/schema.js';
import { planCourts } from '../../src/plan/plan.js';
import { isMfaEnrollmentOpen } from '../../src/plan/rules/mfa.js';
import { QUESTIONS } from '../../src/plan/questions.js';
import {
  answerSpace,
  subsets,
  SWEEP_PASSES,
  type Only,
  type ProblemSets,
} from '../helpers/answer-space.js';
import { findViolations } from '../helpers/invariants.js';
import { bundledCatalog, courtFacts } from '../helpers/plan.js';

const TODAY = '2026-11-22';
const SEED_COURTS = ['ctd', 'prd', 'utd', 'cacd'];
const PROBLEMS = QUESTIONS.find((question) => question.id === 'problems')!.options.map(
  (option) => option.value,
);
const catalog = await bundledCatalog();
const national = catalog.national;
/**
 * The problems are tried as none, each alone, each pair and all at once: the rules that read
 * problems look at one or two of them together, and every subset would grow the sweep 2^n-fold.
 */
const PROBLEM_SETS = subsets(PROBLEMS).filter(
  (set) => set.length <= 2 || set.length === PROBLEMS.length,
);

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
  problemSets: ProblemSets,
  only: Only = {},
): { plans: number; violations: string[] } {
  const mfaExists = isMfaEnrollmentOpen(national, asOf);
  let plans = 0;
  const violations: string[] = [];
  for (const answers of answerSpace(courtFacts(catalog, ids, asOf), mfaExists, problemSets, only)) {
    const plan = planCourts(catalog, ids, answers, asOf);
    plans++;
    const found = findViolations(plan, catalog.courts);
    if (found.length > 0 && violations.length < 5)
      violations.push(`${JSON.stringify(answers)}: ${found.join('; ')}`);
  }
  return { plans, violations };
}

describe.each(SEED_COURTS)('every answer combination in %s', (id) => {
  const profile = catalog.courts.get(id)!;
  it.each(datesAround(profile))(
    'on %s, with no problem, each, each pair and all, keeps every invariant',
    (asOf) => {
      let plans = 0;
      for (const pass of SWEEP_PASSES) {
        const found = sweep([id], asOf, pass.joining ? [[], PROBLEMS] : PROBLEM_SETS, pass.only);
        expect(found.violations, pass.name).toEqual([]);
        plans += found.plans;
      }
      expect(plans).toBeGreaterThan(1000);
    },
  );
});

describe('every answer combination for two courts at once', () => {
  it.each([
    ['ctd', 'cacd', '2020-01-15'],
    ['prd', 'utd', '2021-11-29'],
    ['utd', 'cacd', TODAY],
  ])('%s and %s on %s keep every invariant', (first, second, asOf) => {
    let plans = 0;
    const violations: string[] = [];
    for (const pass of SWEEP_PASSES) {
      const found = sweep([first, second], asOf, [[], PROBLEMS], pass.only);
      violations.push(...found.violations);
      plans += found.plans;
    }
    expect(violations).toEqual([]);
    expect(plans).toBeGreaterThan(1000);
  });
});
