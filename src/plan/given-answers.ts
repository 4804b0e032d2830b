/**
 * Given answers as values: none, several merged (the later wins), and the settled answers
 * turned back into given ones with one changed, for a walk that starts again.
 */
import type { CourtAnswer, GivenAnswers, ResolvedAnswers } from './answers.js';
import type { Question } from './questions.js';

export function emptyAnswers(): GivenAnswers {
  return { filer: {}, court: {} };
}

/** Merges answers; `over` wins (flags over file, a row over defaults). */
export function mergeAnswers(base: GivenAnswers, over: GivenAnswers): GivenAnswers {
  const court: Record<string, CourtAnswer> = { ...base.court };
  for (const [id, answer] of Object.entries(over.court)) {
    const under = court[id];
    // A plain value over a file's per-court map replaces it entirely; per-court values merge.
    court[id] =
      answer.all !== undefined || under === undefined
        ? answer
        : {
            ...(under.all !== undefined ? { all: under.all } : {}),
            byCourt: { ...under.byCourt, ...answer.byCourt },
          };
  }
  const merged: GivenAnswers = {
    filer: { ...base.filer, ...over.filer },
    court,
  };
  const courts = over.courts ?? base.courts;
  if (courts) merged.courts = courts;
  return merged;
}

/** The settled answers as given ones: what a walk starts from when one of them changes. */
export function givenOf(answers: ResolvedAnswers): GivenAnswers {
  const given = emptyAnswers();
  given.filer = { ...answers.filer };
  const court: Record<string, CourtAnswer> = {};
  for (const [courtId, values] of Object.entries(answers.courts))
    for (const [id, value] of Object.entries(values as Record<string, string>))
      (court[id] ??= { byCourt: {} }).byCourt[courtId] = value;
  given.court = court;
  return given;
}

/**
 * The answers with one changed: for the filer, or for one court. Walking them again
 * (resolveAnswers) drops the answers that no longer apply and asks those that now do.
 */
export function withAnswer(
  given: GivenAnswers,
  question: Question,
  courtId: string | undefined,
  value: string | readonly string[],
): GivenAnswers {
  const changed: GivenAnswers = { ...given, filer: { ...given.filer }, court: { ...given.court } };
  if (question.scope === 'filer') {
    (changed.filer as Record<string, unknown>)[question.id] =
      typeof value === 'string' ? value : [...value];
    return changed;
  }
  const courts = changed.court as Record<string, CourtAnswer>;
  const under = courts[question.id];
  const byCourt: Record<string, string> = { ...under?.byCourt };
  if (courtId !== undefined && typeof value === 'string') byCourt[courtId] = value;
  courts[question.id] = under?.all !== undefined ? { all: under.all, byCourt } : { byCourt };
  return changed;
}
