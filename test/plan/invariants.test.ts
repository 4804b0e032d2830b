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
import {
  answerSpace,
  subsets,
  SWEEP_PASSES,
  type Only,
  type ProblemSets,
} from '../helpers/answer-space.js';
import { READY_ANSWERS } from '../helpers/fixtures.js';
import { findViolations } from '../helpers/invariants.js';
import { bundledCatalog, courtFacts, planFor } from '../helpers/plan.js';

const TODAY = '2026-11-22';
const SEED_COURTS = ['ctd', 'prd', 'utd', 'cacd'];
const PROBLEMS = QUESTIONS.find((question) => question.id === 'problems')!.options.map(
  (option) => option.value,
);
const catalog = await bundledCatalog();
// A sweep plans some hundred thousand answer sets; on a loaded 2-core machine that takes minutes.
const SWEEP = { tags: ['slow'], timeout: 300_000 };
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

/** The checker's findings on a copy of `plan` that `change` broke, one a line. */
function violationsAfter(plan: Plan, change: (copy: Plan) => void): string {
  const copy = structuredClone(plan);
  change(copy);
  return findViolations(copy, catalog.courts).join('\n');
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
    const broken = (change: (copy: Plan) => void) => violationsAfter(plan, change);
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
    expect(broken((p) => (p.answers.courts.cacd!['ecf-login'] = 'none'))).toMatch(
      /linking planned with no login to link/,
    );
  });

  it('catches a registration for a filer who has a login there, or one after what it enables', async () => {
    const plan = await planFor(['utd'], '2026-11-22', {
      filer: 'attorney',
      'pacer-account': 'individual',
      'account-type': 'upgraded',
      mfa: 'enrolled',
      'firm-billing': 'no',
      linked: 'no',
      'ecf-login': 'none',
      admission: 'admitted',
      cja: 'yes',
      'cja-exemption': 'yes',
      'exempt-account': 'no',
      bankruptcy: 'no',
    });
    expect(findViolations(plan, catalog.courts)).toEqual([]);
    expect(plan.actions.map((action) => action.id)).toEqual([
      'request-filing-access',
      'switch-exemption-status',
    ]);
    const copy = structuredClone(plan);
    copy.answers.courts.utd!['ecf-login'] = 'known';
    expect(findViolations(copy, catalog.courts).join('\n')).toMatch(
      /request-filing-access@utd: a registration for a filer with a login there/,
    );
    const reversed = structuredClone(plan);
    reversed.actions.reverse();
    expect(findViolations(reversed, catalog.courts).join('\n')).toMatch(
      /request-filing-access must come before switch-exemption-status@utd/,
    );
  });

  it('catches a login before MFA is settled, and MFA actions that do not fit the answer', async () => {
    const plan = await planFor(['utd'], TODAY, {
      filer: 'attorney',
      'pacer-account': 'none',
      'firm-billing': 'no',
      'ecf-login': 'known',
      cja: 'no',
      bankruptcy: 'no',
    });
    expect(findViolations(plan, catalog.courts)).toEqual([]);
    const broken = (change: (copy: Plan) => void) => violationsAfter(plan, change);
    const move = (p: Plan, id: string) => {
      const index = p.actions.findIndex((a) => a.id === id);
      p.actions.push(...p.actions.splice(index, 1));
    };
    expect(broken((p) => move(p, 'enroll-mfa'))).toMatch(
      /link-ecf-account@utd logs in before enroll-mfa/,
    );
    expect(
      broken((p) => (p.actions.find((a) => a.id === 'enroll-mfa')!.id = 'recover-mfa')),
    ).toMatch(/recover-mfa is planned/);
  });

  it('catches linking advice for what moved to ACMS, and ACMS steps that do not fit the court', async () => {
    const answers = {
      filer: 'attorney',
      'pacer-account': 'individual',
      'account-type': 'upgraded',
      mfa: 'enrolled',
      'firm-billing': 'no',
      linked: 'no',
      'ecf-login': 'known',
      cja: 'no',
    };
    const plan = await planFor(['ca9'], TODAY, answers);
    expect(findViolations(plan, catalog.courts)).toEqual([]);
    const broken = (change: (copy: Plan) => void) => violationsAfter(plan, change);
    expect(
      broken((p) => delete p.actions.find((a) => a.id === 'link-ecf-account')!.caveat),
    ).toMatch(/link-ecf-account@ca9: linking advice not limited to what stays in CM\/ECF/);
    expect(broken((p) => (p.actions = p.actions.filter((a) => a.id !== 'file-in-acms')))).toMatch(
      /file-in-acms@ca9 missing \(ACMS all-new-cases\)/,
    );
    const before = await planFor(['ca9'], '2021-04-30', answers);
    expect(findViolations(before, catalog.courts)).toEqual([]);
    const early = structuredClone(before);
    early.actions.find((a) => a.id === 'link-ecf-account')!.caveat = 'Not in ACMS.';
    expect(findViolations(early, catalog.courts).join('\n')).toMatch(
      /ACMS caveat where no case is filed in ACMS/,
    );
  });

  it('catches a firm change that is missing its parts', async () => {
    const plan = await planFor(['utd'], TODAY, {
      ...READY_ANSWERS,
      problems: 'changed-firm',
    });
    expect(findViolations(plan, catalog.courts)).toEqual([]);
    const without = (id: string) => {
      const copy = structuredClone(plan);
      copy.actions = copy.actions.filter((a) => a.id !== id);
      return findViolations(copy, catalog.courts).join('\n');
    };
    expect(without('change-firm')).toMatch(/change-firm missing for attorney/);
    expect(without('update-secondary-email')).toMatch(
      /change-firm without update-secondary-email@utd/,
    );
  });
});

describe.each(SEED_COURTS)('every answer combination in %s', SWEEP, (id) => {
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

describe('every answer combination for two courts at once', SWEEP, () => {
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
