/**
 * What is still missing, said so that the filer can give it: as the flags to pass (`check`) or
 * as the roster cells to fill (`roster`).
 */
import type { MissingAnswer } from './answers.js';
import { allowedValues, flagOf, type QuestionId } from './questions.js';

/** Missing answers grouped by question, in question order; each group is non-empty. */
export function groupMissing(missing: readonly MissingAnswer[]): MissingAnswer[][] {
  const byQuestion = new Map<QuestionId, MissingAnswer[]>();
  for (const item of missing) {
    const group = byQuestion.get(item.question.id);
    if (group) group.push(item);
    else byQuestion.set(item.question.id, [item]);
  }
  return [...byQuestion.values()];
}

/** Questions whose answers decide whether others apply. */
const GATING: readonly QuestionId[] = ['filer', 'pacer-account', 'linked', 'cja', 'exempt-account'];

/** One line per missing answer: the flag to pass, its allowed values, and what it asks. */
export function describeMissing(missing: readonly MissingAnswer[], courtCount: number): string[] {
  const lines = groupMissing(missing).map((items) => {
    const question = items[0]!.question;
    const values = allowedValues(question);
    const courtIds =
      courtCount > 1 ? items.flatMap((item) => (item.court ? [item.court.id] : [])) : [];
    const flag =
      courtIds.length > 0
        ? `${flagOf(question)} ${courtIds.map((id) => `${id}=<${values}>`).join(',')}`
        : `${flagOf(question)} <${values}>`;
    return `${flag}  (${question.summary})`;
  });
  if (missing.some((item) => GATING.includes(item.question.id))) {
    lines.push('(once these are answered, further questions may apply)');
  }
  return lines;
}

/** One message per missing answer: the column, which courts, what it asks, what it takes. */
export function describeMissingCells(missing: readonly MissingAnswer[]): string[] {
  return groupMissing(missing).map((items) => {
    const question = items[0]!.question;
    const values = question.options.map((option) => option.value);
    const courts = items.flatMap((item) => (item.court ? [item.court.id] : []));
    const perCourt =
      courts.length > 1
        ? `, or per court: ${courts.map((id) => `${id}=${values[0]}`).join(';')}`
        : '';
    return `${question.id}: empty, but it applies${courts.length ? ` to ${courts.join(', ')}` : ''} (${question.summary}); allowed: ${values.join(', ')}${perCourt}`;
  });
}
