/**
 * Issue 26: a plan speaks in the words the filer chose, and to this filer only. A why-line
 * quotes the label the filer picked ("I do not know"), never an answer's id
 * ("account-type: unknown"); a self-represented party is not told what attorneys do.
 */
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/plan/questions.js';
import { FILER_KINDS } from '../../src/profile/schema.js';
import type { Plan } from '../../src/plan/types.js';
import { actionOf, planFor } from '../helpers/plan.js';

const AS_OF = '2026-12-06';

/** Every sentence a plan writes for the filer: why-lines, notes, caveats, steps. */
function prose(plan: Plan): string[] {
  return [
    ...plan.actions.flatMap((action) => [action.why, action.caveat ?? '', ...action.steps]),
    ...plan.notes.map((note) => note.text),
  ];
}

/** "pacer-account: unknown", "problems: forgot-pacer-password": an answer as its ids. */
const ANSWER_IDS = new RegExp(
  `\\b(${QUESTIONS.map((question) => question.id).join('|')}): [a-z-]+`,
);

describe('why-lines in the words the filer chose', () => {
  it('quote "I do not know", not account-type: unknown', async () => {
    const plan = await planFor(['cand'], AS_OF, {
      filer: 'attorney',
      'pacer-account': 'individual',
      'account-type': 'unknown',
      mfa: 'unknown',
      'firm-billing': 'no',
      linked: 'no',
      'ecf-login': 'known',
      cja: 'no',
      bankruptcy: 'no',
      problems: ['forgot-pacer-password'],
    });
    const why = actionOf(plan, 'check-account-type').why;
    expect(why).toContain('"I do not know" to "Is your PACER account upgraded?"');
    expect(actionOf(plan, 'reset-pacer-password').why).toContain('"I forgot my PACER password"');
    for (const text of prose(plan)) {
      expect(text).not.toMatch(ANSWER_IDS);
      expect(text).not.toMatch(/You reported problems/);
    }
  });

  it.each([
    ['pro-se', 'med', { 'pacer-account': 'none', 'ecf-login': 'none', bankruptcy: 'no' }],
    ['pro-se', 'cand', { 'pacer-account': 'unknown', 'ecf-login': 'none', bankruptcy: 'no' }],
    ['limited-filer', 'txsb', { 'pacer-account': 'shared', 'ecf-login': 'none' }],
    ['filing-agent', 'txnb', { 'pacer-account': 'none', 'ecf-login': 'none' }],
  ] as const)('a %s plan in %s names no answer by its id', async (filer, court, answers) => {
    const plan = await planFor([court], AS_OF, { filer, ...answers, problems: [] });
    for (const text of prose(plan)) expect(text).not.toMatch(ANSWER_IDS);
  });
});

describe('steps addressed to this filer only', () => {
  const register = async (filer: string) => {
    const plan = await planFor(['cand'], AS_OF, {
      filer,
      'pacer-account': 'none',
      'ecf-login': 'none',
      ...(filer === 'attorney' ? { 'firm-billing': 'no', cja: 'no', admission: 'admitted' } : {}),
      bankruptcy: 'no',
      problems: [],
    });
    return actionOf(plan, 'register-pacer-account');
  };

  it('a self-represented party reads no "Attorneys: go to ..." and no attorney link', async () => {
    const action = await register('pro-se');
    const text = [...action.steps, ...action.links.map((link) => link.url)].join('\n');
    expect(text).not.toMatch(/attorneys?:/i);
    expect(text).not.toContain('attorney-filers-cmecf');
    expect(action.steps).toContain('Go to https://pacer.uscourts.gov/register-account.');
    expect(text).toMatch(/Choose the non-attorney filer account/);
  });

  it('an attorney reads the attorney registration, not the non-attorney one', async () => {
    const action = await register('attorney');
    const text = action.steps.join('\n');
    expect(text).toContain('attorney-filers-cmecf');
    expect(text).not.toMatch(/non-attorney filer account/);
    // Every step is still sourced.
    expect(action.stepSources.every((sources) => sources.length > 0)).toBe(true);
  });

  it("the profiles' kinds of filer are the filer question's values", () => {
    const filer = QUESTIONS.find((question) => question.id === 'filer')!;
    expect([...FILER_KINDS]).toEqual(filer.options.map((option) => option.value));
  });
});
