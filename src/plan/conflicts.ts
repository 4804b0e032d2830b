/** Answers that do not fit together, whatever else they are: the plan cannot be made. */
import type { CourtFacts, ResolvedAnswers } from './answers.js';

/**
 * Answers that do not go with the courts asked about, one message each: a limited filer
 * (creditor, claims agent) registers in bankruptcy courts only.
 */
export function answerConflicts(answers: ResolvedAnswers, courts: readonly CourtFacts[]): string[] {
  return [...limitedFilerConflicts(answers, courts), ...purposeConflicts(answers, courts)];
}

/** A purpose that does not go with the filer or the courts: claims, renewal. */
function purposeConflicts(answers: ResolvedAnswers, courts: readonly CourtFacts[]): string[] {
  const { purpose, filer } = answers.filer;
  if (purpose === 'renew' && filer !== 'attorney')
    return [
      `purpose: renew is for attorneys renewing their bar membership, and filer is ${filer ?? 'not answered'}; a filer who is not an attorney answers file-in-case`,
    ];
  if (purpose !== 'proof-of-claim') return [];
  const others = courts
    .filter((court) => court.info.type !== 'bankruptcy')
    .map((court) => court.id);
  if (others.length === 0) return [];
  return [
    `purpose: proof-of-claim is for bankruptcy courts, and ${others.join(', ')} ${others.length === 1 ? 'is not one' : 'are not'}; choose the bankruptcy court (its id ends in b, as ctb), or answer file-in-case`,
  ];
}

/** A limited filer (creditor, claims agent) registers in bankruptcy courts only. */
function limitedFilerConflicts(answers: ResolvedAnswers, courts: readonly CourtFacts[]): string[] {
  if (answers.filer.filer !== 'limited-filer') return [];
  const others = courts
    .filter((court) => court.info.type !== 'bankruptcy')
    .map((court) => court.id);
  if (others.length === 0) return [];
  return [
    `filer: limited-filer is for bankruptcy courts (creditors, claims agents and other limited users), and ${others.join(', ')} ${others.length === 1 ? 'is not one' : 'are not'}; in a case of your own answer pro-se, as staff filing for an attorney filing-agent`,
  ];
}
