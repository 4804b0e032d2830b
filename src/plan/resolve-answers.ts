/**
 * The walk: the questions in dependency order, each answer that applies settled from what was
 * given, else by asking. No I/O: asking is a callback.
 */
import type {
  AskAnswer,
  CourtAnswer,
  CourtFacts,
  GivenAnswers,
  MissingAnswer,
  ResolvedAnswers,
} from './answers.js';
import {
  offeredOptions,
  preselectedFor,
  QUESTIONS,
  type ApplyContext,
  type Question,
} from './questions.js';

/**
 * True when an answer to a question after this one was given: answers written without it (a
 * command line or a file from before it) already took its default way, so it is not asked.
 */
function givenAfter(given: GivenAnswers, question: Question): boolean {
  const later = QUESTIONS.slice(QUESTIONS.indexOf(question) + 1);
  const filer: Readonly<Record<string, unknown>> = given.filer;
  const court: Readonly<Record<string, unknown>> = given.court;
  return later.some((next) => filer[next.id] !== undefined || court[next.id] !== undefined);
}

/**
 * Walks the questions in dependency order and settles every answer that applies, from what
 * was given, else by asking. Returns what it could not settle as `missing`.
 */
export async function resolveAnswers(
  given: GivenAnswers,
  courts: readonly CourtFacts[],
  mfaExists: boolean,
  ask?: AskAnswer,
): Promise<{ answers: ResolvedAnswers; missing: MissingAnswer[] }> {
  // The answers are gathered by question id. Every value is a checked given answer or one of
  // the question's own options (all the asker offers), so the records are the typed answers.
  const filer: Record<string, string | string[]> = {};
  const byCourt: Record<string, Record<string, string>> = Object.fromEntries(
    courts.map((court) => [court.id, {}]),
  );
  const answers: ResolvedAnswers = {
    filer: filer,
    courts: byCourt,
  };
  const givenFiler: Readonly<Record<string, string | string[] | undefined>> = given.filer;
  const givenCourt: Readonly<Record<string, CourtAnswer | undefined>> = given.court;
  const missing: MissingAnswer[] = [];
  const context = (court?: CourtFacts): ApplyContext => {
    const ctx: ApplyContext = {
      filer: answers.filer,
      courts: Object.values(answers.courts),
      mfaExists,
    };
    if (court) {
      ctx.court = answers.courts[court.id] ?? {};
      ctx.courtInfo = court.info;
      ctx.givenCourt = Object.fromEntries(
        Object.entries(givenCourt).flatMap(([id, answer]) => {
          const value = answer?.byCourt[court.id] ?? answer?.all;
          return value === undefined ? [] : [[id, value]];
        }),
      );
    }
    return ctx;
  };
  // A question as put to this filer: only the choices that fit them, their likeliest first.
  const askAs = (question: Question, court?: CourtFacts) => {
    if (!ask) return undefined;
    const options = offeredOptions(question, answers.filer);
    const preselected = preselectedFor(question, answers.filer);
    return ask(
      options.length === question.options.length ? question : { ...question, options },
      court,
      undefined,
      preselected,
    );
  };
  for (const question of QUESTIONS) {
    if (question.scope === 'filer') {
      if (!question.applies(context())) continue;
      let value = givenFiler[question.id];
      if (value === undefined && question.multiple && !ask) value = [];
      if (value === undefined && ask && !(question.optional && givenAfter(given, question)))
        value = await askAs(question);
      // An optional question left out where nobody can be asked (an answers file or roster
      // from before it), or where later answers were given without it, stays unanswered: the
      // plan reads its absence as before.
      if (value === undefined) {
        if (!question.optional) missing.push({ question });
      } else if (question.multiple) filer[question.id] = Array.isArray(value) ? value : [value];
      else if (typeof value === 'string') filer[question.id] = value;
      continue;
    }
    for (const court of courts) {
      if (!question.applies(context(court))) continue;
      const courtAnswers = (byCourt[court.id] ??= {});
      const givenAnswer = givenCourt[question.id];
      let value: string | string[] | undefined = givenAnswer?.byCourt[court.id] ?? givenAnswer?.all;
      if (value === undefined && ask) value = await askAs(question, court);
      if (typeof value === 'string') courtAnswers[question.id] = value;
      else if (!question.optional || ask) missing.push({ question, court });
    }
  }
  return { answers, missing };
}
