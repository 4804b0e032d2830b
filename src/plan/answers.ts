/**
 * What answers are, on their way from what a user gave to a plan: given (checked, not yet
 * resolved against the courts), resolved (only those that apply, one value each), missing.
 * Each step is a file of its own; settle.ts runs them in order:
 * check-answers.ts → given-answers.ts (merge) → resolve-answers.ts → missing-answers.ts →
 * conflicts.ts → plan.ts. interview.ts asks and reviews; answers-again.ts writes them back out.
 */
import type {
  AnswerValue,
  ApplyContext,
  CourtAnswers,
  CourtQuestionId,
  FilerAnswers,
  Question,
} from './questions.js';

/** Court-level answers: one value for every court, and/or values per court id. */
export interface CourtAnswer<V extends string = string> {
  all?: V;
  byCourt: Record<string, V>;
}

/** What a user gave, checked but not yet resolved against the courts. */
export interface GivenAnswers {
  filer: FilerAnswers;
  court: { [Q in CourtQuestionId]?: CourtAnswer<AnswerValue<Q>> };
  /** Court ids given in an answers file (`courts:`), used when no --court flag is given. */
  courts?: string[];
}

/** Answers after resolution: only those that apply, one value each. */
export interface ResolvedAnswers {
  filer: FilerAnswers;
  courts: Record<string, CourtAnswers>;
}

export interface AnswerProblem {
  /** The answer key (question id), or '' for the whole input. */
  key: string;
  message: string;
}

/** How a problem's key is shown: as a flag or as an answers-file key. */
export type AnswerOrigin = 'flag' | 'file';

/** What a court contributes to the `applies` tests. */
export interface CourtFacts {
  id: string;
  name: string;
  info: NonNullable<ApplyContext['courtInfo']>;
}

export interface MissingAnswer {
  question: Question;
  court?: CourtFacts;
}

/**
 * Asks for one answer (one of the question's values); undefined when it cannot ask. `current`
 * is the answer being changed, to start from; without it, the question's safe default.
 */
export type AskAnswer = (
  question: Question,
  court: CourtFacts | undefined,
  current?: string | readonly string[],
  /** The value to highlight first where there is no current answer, if not the safe default. */
  preselected?: string,
) => Promise<string | string[] | undefined>;

/** One settled answer, as a review lists it: filer-level, or one court's. */
export interface AnswerEntry {
  question: Question;
  court?: CourtFacts;
  value: string | readonly string[];
}

/**
 * Shows every answer for review, with what does not fit together (answerConflicts, which
 * must be changed first); resolves to the entry to change, or undefined when they are right.
 */
export type ReviewAnswers = (
  entries: readonly AnswerEntry[],
  conflicts: readonly string[],
) => Promise<AnswerEntry | undefined>;

/** An answer as flags and files give it: one value, a list, or values by court id. */
export type GivenValue = string | readonly string[] | Readonly<Record<string, string>>;
