/** Answers that do not fit together, whatever else they are: the plan cannot be made. */
import type { CourtFacts, ResolvedAnswers } from './answers.js';

/**
 * Answers that do not go with the courts asked about, one message each: a limited filer
 * (creditor, claims agent) registers in bankruptcy courts only.
 */
export function answerConflicts(answers: ResolvedAnswers, courts: readonly CourtFacts[]): string[] {
  if (answers.filer.filer !== 'limited-filer') return [];
  const others = courts
    .filter((court) => court.info.type !== 'bankruptcy')
    .map((court) => court.id);
  if (others.length === 0) return [];
  return [
    `filer: limited-filer is for bankruptcy courts (creditors, claims agents and other limited users), and ${others.join(', ')} ${others.length === 1 ? 'is not one' : 'are not'}; in a case of your own answer pro-se, as staff filing for an attorney filing-agent`,
  ];
}
