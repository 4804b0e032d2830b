/**
 * The invariants for every bundled court beyond the seed courts (those get the full problem
 * space in seed-courts-invariants.test.ts): every combination of the other answers, with every problem
 * reported, before, on and after each court's go-live. A file of its own so it runs in
 * parallel with the seed sweep.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/dates.js';
import { goLiveBounds } from '../../src/profile/go-live.js';
import { planCourts } from '../../src/plan/plan.js';
import { isMfaEnrollmentOpen } from '../../src/plan/rules/mfa.js';
import { QUESTIONS } from '../../src/plan/questions.js';
import { answerSpace, SWEEP_PASSES } from '../helpers/answer-space.js';
import { findViolations } from '../helpers/invariants.js';
import { bundledCatalog, courtFacts } from '../helpers/plan.js';

const TODAY = '2026-11-22';
const SEED_COURTS = ['ctd', 'prd', 'utd', 'cacd'];
const ALL_PROBLEMS = QUESTIONS.find((question) => question.id === 'problems')!.options.map(
  (option) => option.value,
);
const catalog = await bundledCatalog();
const others = [...catalog.courts.keys()].filter((id) => !SEED_COURTS.includes(id));

describe('every bundled court', () => {
  let checked = 0;
  afterAll(() => {
    // Every court beyond the seed courts, two or three days each.
    expect(checked).toBeGreaterThan(150_000);
  });

  it('is every court beyond the seed courts', () => {
    expect(others).toHaveLength(catalog.courts.size - SEED_COURTS.length);
    expect(others.length).toBeGreaterThan(190);
  });

  it.each(others)(
    '%s keeps every invariant before, on and after its go-live (and ACMS moves)',
    (id) => {
      const profile = catalog.courts.get(id)!;
      const { earliest, latest } = goLiveBounds(profile.nextGen);
      const days = new Set([TODAY]);
      for (const day of [earliest, latest])
        if (day) [addDays(day, -1), day].forEach((d) => days.add(d));
      // A court of appeals' moves to ACMS: the day before each, and the day itself.
      if (profile.acms?.status === 'moved')
        for (const move of profile.acms.moves)
          for (const day of [move.from, move.to])
            if (day) [addDays(day, -1), day].forEach((d) => days.add(d));
      let plans = 0;
      for (const asOf of days) {
        const mfaExists = isMfaEnrollmentOpen(catalog.national, asOf);
        for (const { only, joining } of SWEEP_PASSES) {
          const problems = joining ? [[]] : [ALL_PROBLEMS];
          for (const answers of answerSpace(
            courtFacts(catalog, [id], asOf),
            mfaExists,
            problems,
            only,
          )) {
            const plan = planCourts(catalog, [id], answers, asOf);
            plans++;
            const violations = findViolations(plan, catalog.courts);
            if (violations.length > 0)
              expect.fail(`${id} on ${asOf}, ${JSON.stringify(answers)}: ${violations.join('; ')}`);
          }
        }
      }
      // Each day's answer space is some hundreds of plans (fewer for a court of appeals before
      // MFA): a sweep that checked none is a failure.
      expect(plans).toBeGreaterThanOrEqual(150 * days.size);
      checked += plans;
    },
  );
});
