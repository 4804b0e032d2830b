/**
 * The whole answer space: every combination of values of the questions that apply, walked in
 * the questions' dependency order, exactly as `resolveAnswers` would settle them.
 */
import type { CourtFacts, ResolvedAnswers } from '../../src/plan/answers.js';
import { QUESTIONS, type ApplyContext, type QuestionId } from '../../src/plan/questions.js';

/** Every subset of a list. */
export function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>(
    (all, item) => [...all, ...all.map((subset) => [...subset, item])],
    [[]],
  );
}

type Slot = { question: (typeof QUESTIONS)[number]; court?: CourtFacts };

/** Yields every resolved answer set for these courts; `problemSets` are the values tried for `problems`. */
export function* answerSpace(
  courts: readonly CourtFacts[],
  mfaExists: boolean,
  problemSets: readonly string[][],
): Generator<ResolvedAnswers> {
  const slots: Slot[] = QUESTIONS.flatMap((question) =>
    question.scope === 'filer' ? [{ question }] : courts.map((court) => ({ question, court })),
  );
  const answers: ResolvedAnswers = {
    filer: {},
    courts: Object.fromEntries(courts.map((court) => [court.id, {}])),
  };
  function* walk(index: number): Generator<ResolvedAnswers> {
    const slot = slots[index];
    if (!slot) {
      yield {
        filer: { ...answers.filer },
        courts: Object.fromEntries(
          Object.entries(answers.courts).map(([id, values]) => [id, { ...values }]),
        ),
      };
      return;
    }
    const { question, court } = slot;
    const ctx: ApplyContext = {
      filer: answers.filer,
      courts: Object.values(answers.courts),
      mfaExists,
    };
    if (court) {
      ctx.court = answers.courts[court.id];
      ctx.courtInfo = court.info;
    }
    if (!question.applies(ctx)) {
      yield* walk(index + 1);
      return;
    }
    if (question.id === 'problems') {
      for (const set of problemSets) {
        answers.filer.problems = set;
        yield* walk(index + 1);
      }
      delete answers.filer.problems;
      return;
    }
    const id = question.id as Exclude<QuestionId, 'problems'>;
    for (const option of question.options) {
      if (court) answers.courts[court.id]![id] = option.value;
      else answers.filer[id] = option.value;
      yield* walk(index + 1);
    }
    if (court) delete answers.courts[court.id]![id];
    else delete answers.filer[id];
  }
  yield* walk(0);
}
