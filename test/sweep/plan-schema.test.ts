/**
 * The plan JSON follows schema/plan.schema.json (checked by ajv, not zod) for every path
 * through the seed courts' answer space, before, on and after go-live: some thousands of plans.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/dates.js';
import { goLiveBounds } from '../../src/profile/go-live.js';
import { QUESTIONS } from '../../src/plan/questions.js';
import { planCourts } from '../../src/plan/plan.js';
import { isMfaEnrollmentOpen } from '../../src/plan/rules/mfa.js';
import { renderJson } from '../../src/render/json.js';
import { answerSpace, SWEEP_PASSES } from '../helpers/answer-space.js';
import { schemaProblems as problems, schemaValidators } from '../helpers/json-schemas.js';
import { bundledCatalog, courtFacts } from '../helpers/plan.js';

const validate = schemaValidators();
const TODAY = '2026-11-22';
/** The courts of the seed documents, and one court of appeals (ACMS) and one bankruptcy court. */
const COURTS = ['ctd', 'prd', 'utd', 'cacd', 'ca1', 'akb'];
const PROBLEMS = QUESTIONS.find((question) => question.id === 'problems')!.options.map(
  (option) => option.value,
);

describe('the plan JSON (schema/plan.schema.json)', () => {
  it('holds for every path through the seed courts, before, on and after go-live', async () => {
    const catalog = await bundledCatalog();
    let plans = 0;
    const seen = new Set<string>();
    for (const court of COURTS) {
      const { earliest, latest } = goLiveBounds(catalog.courts.get(court)!.nextGen);
      const days = new Set([TODAY, '2020-01-15']);
      for (const day of [earliest, latest]) if (day) days.add(addDays(day, -1)).add(day);
      for (const asOf of days) {
        const mfaExists = isMfaEnrollmentOpen(catalog.national, asOf);
        for (const pass of SWEEP_PASSES) {
          const space = answerSpace(
            courtFacts(catalog, [court], asOf),
            mfaExists,
            [[], PROBLEMS],
            pass.only,
          );
          for (const answers of space) {
            const json = renderJson(planCourts(catalog, [court], answers, asOf));
            plans++;
            // Many answer sets give the same plan: validate each distinct one once.
            if (seen.has(json)) continue;
            seen.add(json);
            expect(problems(validate.plan, JSON.parse(json)), json.slice(0, 300)).toEqual([]);
          }
        }
      }
    }
    // The sweep really ran: thousands of answer sets, hundreds of distinct plans.
    expect(plans).toBeGreaterThan(1000);
    expect(seen.size).toBeGreaterThan(100);
  });
});
