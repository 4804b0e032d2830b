/**
 * The one pipeline from what a user gave to a plan, used by `check`, `roster` and the tests
 * alike: check → merge → resolve → missing → conflicts → plan. Each step is its own file; this
 * runs them in order and stops at the first that cannot go on, saying why. No I/O: asking and
 * reviewing (an interactive check) are callbacks, and each caller words the outcome its way.
 */
import type { IsoDate } from '../dates.js';
import type {
  AnswerOrigin,
  AnswerProblem,
  AskAnswer,
  CourtFacts,
  GivenAnswers,
  MissingAnswer,
  ResolvedAnswers,
  ReviewAnswers,
} from './answers.js';
import { checkAnswers } from './check-answers.js';
import { answerConflicts } from './conflicts.js';
import { COURT_IDS_HINT, unknownCourtId } from './court-ids.js';
import { courtFactsOf } from './applies-facts.js';
import { emptyAnswers, mergeAnswers } from './given-answers.js';
import { interviewAnswers } from './interview.js';
import { planCourts, type PlanCatalog } from './plan.js';
import { resolveAnswers } from './resolve-answers.js';
import { isMfaEnrollmentOpen } from './rules/mfa.js';
import type { Plan } from './types.js';

/** Answers as they came: raw (a parsed file, flags, cells; checked here) or checked already. */
export type AnswerSource = { raw: unknown; origin: AnswerOrigin } | { checked: GivenAnswers };

export interface SettleRequest {
  catalog: PlanCatalog;
  /** Every known court id: what court ids, given or in answers, are checked against. */
  knownCourts: readonly string[];
  /** The courts to plan for, in the order given; an unknown one is a problem (`courts`). */
  courtIds: readonly string[];
  asOf: IsoDate;
  /** Weakest first: a later source wins (the file under the flags, defaults under a row). */
  sources: readonly AnswerSource[];
  /** The facts of a known court, where the caller keeps them (a roster, for every row). */
  factsOf?: (courtId: string) => CourtFacts;
  /** Asks what is missing, then has every answer reviewed (an interactive check). */
  interview?: { ask: AskAnswer; review: ReviewAnswers };
}

/** Where the pipeline stopped: at a step that could not go on, or with the plan. */
export type Settled =
  | { status: 'problems'; problems: AnswerProblem[] }
  | { status: 'missing'; missing: MissingAnswer[] }
  | { status: 'conflicts'; conflicts: string[] }
  | {
      status: 'planned';
      plan: Plan;
      answers: ResolvedAnswers;
      courts: CourtFacts[];
      /** Whether anything was asked (an interview that the flags left nothing to ask). */
      asked: boolean;
    };

/** Runs the pipeline: check → merge → resolve → missing → conflicts → plan. */
export async function settleAnswers(request: SettleRequest): Promise<Settled> {
  const { catalog, knownCourts, courtIds, asOf } = request;
  // Check: the courts, then each source; every problem is reported, not just the first.
  const problems: AnswerProblem[] = [];
  for (const id of courtIds) {
    const problem = unknownCourtId(id, knownCourts, 'courts');
    if (problem !== undefined)
      problems.push({ key: 'courts', message: `${problem}; ${COURT_IDS_HINT}` });
  }
  const checked = request.sources.map((source) => {
    if ('checked' in source) return source.checked;
    const result = checkAnswers(source.raw, knownCourts, source.origin);
    problems.push(...result.problems);
    return result.answers;
  });
  if (problems.length > 0) return { status: 'problems', problems };
  // Merge: a later source wins.
  const given = checked.reduce(mergeAnswers, emptyAnswers());
  // Resolve: what applies, from what was given, else by asking.
  const courts = request.factsOf
    ? courtIds.map(request.factsOf)
    : courtFactsOf(catalog, courtIds, asOf);
  const mfaExists = isMfaEnrollmentOpen(catalog.national, asOf);
  const { interview } = request;
  const resolved = interview
    ? await interviewAnswers(given, courts, mfaExists, interview.ask, interview.review)
    : { ...(await resolveAnswers(given, courts, mfaExists)), asked: false };
  if (resolved.missing.length > 0) return { status: 'missing', missing: resolved.missing };
  const conflicts = answerConflicts(resolved.answers, courts);
  if (conflicts.length > 0) return { status: 'conflicts', conflicts };
  const plan = planCourts(catalog, courtIds, resolved.answers, asOf);
  return { status: 'planned', plan, answers: resolved.answers, courts, asked: resolved.asked };
}
