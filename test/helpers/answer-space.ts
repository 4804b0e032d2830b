/**
 * The whole answer space: every combination of values of the questions that apply, walked in
 * the questions' dependency order, exactly as `resolveAnswers` would settle them.
 */
import type { CourtFacts, ResolvedAnswers } from '../../src/plan/answers.js';
import { QUESTIONS, type ApplyContext } from '../../src/plan/questions.js';

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
  // Filled by question id; every value is one of the question's options.
  const filer: Record<string, string | string[]> = {};
  const byCourt: Record<string, Record<string, string>> = Object.fromEntries(
    courts.map((court) => [court.id, {}]),
  );
  const answers = { filer, courts: byCourt } as unknown as ResolvedAnswers;
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
        filer.problems = set;
        yield* walk(index + 1);
      }
      delete filer.problems;
      return;
    }
    const values = court ? byCourt[court.id]! : filer;
    for (const option of question.options) {
      values[question.id] = option.value;
      yield* walk(index + 1);
    }
    delete values[question.id];
  }
  yield* walk(0);
}
