/**
 * The interview: the walk with a prompt, then a review of every answer, where a change walks
 * the questions again so that what now applies is asked and what no longer does is dropped.
 */
import type {
  AnswerEntry,
  AskAnswer,
  CourtFacts,
  GivenAnswers,
  MissingAnswer,
  ResolvedAnswers,
  ReviewAnswers,
} from './answers.js';
import { answerConflicts } from './conflicts.js';
import { givenOf, withAnswer } from './given-answers.js';
import { QUESTIONS } from './questions.js';
import { resolveAnswers } from './resolve-answers.js';

/** Every settled answer in the order the questions are asked: filer-level, then per court. */
export function answerEntries(
  answers: ResolvedAnswers,
  courts: readonly CourtFacts[],
): AnswerEntry[] {
  const filer: Readonly<Record<string, string | readonly string[] | undefined>> = answers.filer;
  return QUESTIONS.flatMap((question): AnswerEntry[] => {
    if (question.scope === 'filer') {
      const value = filer[question.id];
      return value === undefined ? [] : [{ question, value }];
    }
    return courts.flatMap((court) => {
      const value = (answers.courts[court.id] as Record<string, string> | undefined)?.[question.id];
      return value === undefined ? [] : [{ question, court, value }];
    });
  });
}

/**
 * Walks the questions with `ask`, then, if anything was asked, lets the filer review every
 * answer and change any: each change walks the questions again from the answers so far, so
 * questions that now apply are asked and those that no longer do are dropped. Answers that
 * do not fit together keep the review open until one is changed. `asked` tells whether
 * anything was asked (nothing is, when the command line gave every answer).
 */
export async function interviewAnswers(
  given: GivenAnswers,
  courts: readonly CourtFacts[],
  mfaExists: boolean,
  ask: AskAnswer,
  review: ReviewAnswers,
): Promise<{ answers: ResolvedAnswers; missing: MissingAnswer[]; asked: boolean }> {
  let asked = false;
  const asking: AskAnswer = (question, court, current, preselected) => {
    asked = true;
    return ask(question, court, current, preselected);
  };
  let result = await resolveAnswers(given, courts, mfaExists, asking);
  if (!asked || result.missing.length > 0) return { ...result, asked };
  for (;;) {
    const conflicts = answerConflicts(result.answers, courts);
    const entry = await review(answerEntries(result.answers, courts), conflicts);
    if (entry === undefined && conflicts.length === 0) return { ...result, asked };
    if (entry === undefined) continue;
    const value = await ask(entry.question, entry.court, entry.value);
    if (value === undefined) continue;
    const changed = withAnswer(givenOf(result.answers), entry.question, entry.court?.id, value);
    result = await resolveAnswers(changed, courts, mfaExists, ask);
  }
}
