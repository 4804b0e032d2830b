/**
 * The settled answers written back out, so that they give the same answers again: as
 * command-line flags (the command that repeats an interactive check) and as the values of an
 * answers file (--save-answers).
 */
import type { CourtFacts, GivenValue, ResolvedAnswers } from './answers.js';
import { answerEntries } from './interview.js';
import { QUESTIONS, flagOf, type Question } from './questions.js';

/**
 * Each settled answer once, by question, in the order they are asked: a court-level answer
 * as one value when every court has it alike, else by court id. Flags and answers
 * files built from these give the same answers again.
 */
export function givenValuesOf(
  answers: ResolvedAnswers,
  courts: readonly CourtFacts[],
): { question: Question; value: GivenValue }[] {
  const entries = answerEntries(answers, courts);
  return QUESTIONS.flatMap((question): { question: Question; value: GivenValue }[] => {
    const own = entries.filter((entry) => entry.question === question);
    const first = own[0];
    if (first === undefined) return [];
    // One value only when every court has this same answer: a court left unanswered (an
    // optional question) must stay unanswered when the flags are read back.
    const shared = own.length === courts.length && new Set(own.map((e) => e.value)).size === 1;
    if (question.scope === 'filer' || shared) return [{ question, value: first.value }];
    const byCourt = Object.fromEntries(
      own.map((entry) => [entry.court?.id ?? '', String(entry.value)]),
    );
    return [{ question, value: byCourt }];
  });
}

/**
 * The answers as command-line flags that give them all again: `--filer attorney`,
 * `--linked no` or `--linked ctd=yes,utd=no`, a list comma-separated (`--problems none`).
 */
export function answerFlagsOf(answers: ResolvedAnswers, courts: readonly CourtFacts[]): string[] {
  return givenValuesOf(answers, courts).flatMap(({ question, value }) => {
    const text =
      typeof value === 'string'
        ? value
        : isList(value)
          ? value.length > 0
            ? value.join(',')
            : 'none'
          : Object.entries(value)
              .map(([courtId, each]) => `${courtId}=${each}`)
              .join(',');
    return [flagOf(question), text];
  });
}

function isList(value: GivenValue): value is readonly string[] {
  return Array.isArray(value);
}
