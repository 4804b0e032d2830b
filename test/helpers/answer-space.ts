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

/** The values tried for `problems`: fixed, or chosen from the answers given so far. */
export type ProblemSets = readonly string[][] | ((answers: ResolvedAnswers) => readonly string[][]);

/** Yields every resolved answer set for these courts; `problemSets` are the values tried for `problems`. */
export function* answerSpace(
  courts: readonly CourtFacts[],
  mfaExists: boolean,
  problemSets: ProblemSets,
  /** Values to try for some questions instead of all of theirs (`undefined`: left unanswered). */
  only: Partial<Record<QuestionId, readonly (string | undefined)[]>> = {},
): Generator<ResolvedAnswers> {
  const slots: Slot[] = QUESTIONS.flatMap((question) =>
    question.scope === 'filer' ? [{ question }] : courts.map((court) => ({ question, court })),
  );
  // Filled by question id; every value is one of the question's options.
  const filer: Record<string, string | string[]> = {};
  const byCourt: Record<string, Record<string, string>> = Object.fromEntries(
    courts.map((court) => [court.id, {}]),
  );
  const answers = { filer, courts: byCourt };
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
      const sets = typeof problemSets === 'function' ? problemSets(answers) : problemSets;
      for (const set of sets) {
        filer.problems = set;
        yield* walk(index + 1);
      }
      delete filer.problems;
      return;
    }
    const values = court ? byCourt[court.id]! : filer;
    // An optional question may also be left unanswered (a roster from before it existed).
    const tried = only[question.id] ?? [
      ...question.options.map((option) => option.value),
      ...(question.optional ? [undefined] : []),
    ];
    for (const value of tried) {
      if (value === undefined) delete values[question.id];
      else values[question.id] = value;
      yield* walk(index + 1);
    }
    delete values[question.id];
  }
  yield* walk(0);
}

/** Values tried for some questions in place of all of theirs. */
export type Only = Parameters<typeof answerSpace>[3];

/**
 * The answer space in three passes, so that a sweep stays within a test's time while every value
 * of every question is tried: the account pass varies everything about the PACER account, the
 * courts and the problems, for an attorney and a pro se party (purpose left out, as in answers
 * from before it); the joining pass varies who files and how an attorney comes to the court, for
 * a filer with no login there (purpose: file-in-case); the purposes pass tries every other purpose.
 */
export const SWEEP_PASSES: readonly { name: string; only: Only; joining: boolean }[] = [
  {
    name: 'account',
    only: { filer: ['attorney', 'pro-se'], purpose: [undefined], admission: [undefined] },
    joining: false,
  },
  {
    name: 'joining',
    only: {
      purpose: ['file-in-case'],
      'pacer-account': ['individual', 'none'],
      'account-type': ['upgraded'],
      mfa: ['enrolled'],
      'firm-billing': ['no'],
      linked: ['no'],
      'ecf-login': ['none'],
      cja: ['no', 'yes'],
      'exempt-account': ['no'],
      'cja-exemption': ['no'],
      bankruptcy: ['no'],
    },
    joining: true,
  },
  {
    // What brings the filer, beyond filing in a case: each purpose, for every kind of filer
    // (the later questions are not asked for them).
    name: 'purposes',
    only: {
      purpose: [
        'notices-only',
        'proof-of-claim',
        'renew',
        'name-change',
        'leaving',
        'fee-exemption',
      ],
    },
    joining: true,
  },
];
