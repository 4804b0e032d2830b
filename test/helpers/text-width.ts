/**
 * Text plans laid out at a width: plans with many actions, long URLs and long court notes,
 * and what overflows the width or splits a word.
 */
import { stripVTControlCharacters } from 'node:util';
import type { Plan } from '../../src/plan/types.js';
import { renderText } from '../../src/render/text.js';
import { hasAnsi } from './cli.js';
import { planFor } from './plan.js';
import { overflow } from './width.js';

/** Words as whitespace separates them, without colour. */
const words = (text: string) => stripVTControlCharacters(text).split(/\s+/).filter(Boolean);

/**
 * Plans with many actions: each court as a CJA attorney with a legacy account and every
 * problem, before and after go-live, then four courts at once.
 */
export async function plansOfEveryKind(ids: readonly string[]): Promise<Plan[]> {
  const answers = {
    filer: 'attorney',
    'pacer-account': 'individual',
    'account-type': 'legacy',
    mfa: 'not-enrolled',
    'firm-billing': 'yes',
    linked: 'no',
    'ecf-login': 'forgotten',
    cja: 'yes',
    'exempt-account': 'no',
    'cja-exemption': 'unknown',
    bankruptcy: 'yes',
    problems: ['menus-limited', 'account-deactivated', 'update-contact-info', 'unlink'],
  };
  const plans: Plan[] = [];
  for (const id of ids)
    for (const asOf of ['2019-06-01', '2026-11-22']) plans.push(await planFor([id], asOf, answers));
  plans.push(await planFor(['ctd', 'ca2', 'nysd', 'cacd'], '2026-11-22', answers));
  return plans;
}

/** Lines past the width, and words split, in the plans laid out as text (at most ten). */
export function widthProblems(plans: readonly Plan[], width: number, colorLevel: 0 | 1): string[] {
  const problems: string[] = [];
  for (const plan of plans)
    for (const sources of [false, true]) {
      const text = renderText(plan, { width, colorLevel, sources });
      if (hasAnsi(text) !== colorLevel > 0) problems.push(`${plan.courts[0]!.id}: colour is wrong`);
      for (const line of text.split('\n')) {
        const why = overflow(line, width);
        if (why) problems.push(`${plan.courts[0]!.id}: ${why}`);
      }
      // Wrapping only moves words: every word of every step is still whole.
      const rendered = new Set(words(text));
      for (const action of plan.actions)
        for (const word of action.steps.flatMap(words))
          if (!rendered.has(word)) problems.push(`${plan.courts[0]!.id}: "${word}" was split`);
    }
  return problems.slice(0, 10);
}
