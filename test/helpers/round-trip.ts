/**
 * Settled answers written out (as flags, as an answers file) and read back must be the same
 * answers: what the command printed after an interactive check, or --save-answers wrote, gives
 * the same plan again.
 */
import { parse } from 'yaml';
import { expect } from 'vitest';
import type { CourtFacts, ResolvedAnswers } from '../../src/plan/answers.js';
import { answerFlagsOf, givenValuesOf } from '../../src/plan/answers-again.js';
import { checkAnswers } from '../../src/plan/check-answers.js';
import { resolveAnswers } from '../../src/plan/resolve-answers.js';
import { renderAnswersYaml } from '../../src/render/answers-file.js';

/** The answers as flags, checked and resolved again: the same answers, nothing missing. */
export async function expectBackFromFlags(
  answers: ResolvedAnswers,
  courts: readonly CourtFacts[],
): Promise<void> {
  const flags = answerFlagsOf(answers, courts);
  const raw: Record<string, string> = {};
  for (let i = 0; i < flags.length; i += 2) raw[flags[i]!.slice(2)] = flags[i + 1]!;
  const ids = courts.map((court) => court.id);
  const { answers: given, problems } = checkAnswers(raw, ids, 'flag');
  expect(problems).toEqual([]);
  const again = await resolveAnswers(given, courts, true);
  expect(again.missing).toEqual([]);
  expect(again.answers).toEqual(answers);
}

/** The answers as a YAML answers file, read and resolved again: the same answers and courts. */
export async function expectBackFromYaml(
  answers: ResolvedAnswers,
  courts: readonly CourtFacts[],
): Promise<void> {
  const values = givenValuesOf(answers, courts).map(({ question, value }) => ({
    id: question.id,
    value,
  }));
  const ids = courts.map((court) => court.id);
  const text = renderAnswersYaml(ids, values, ['a comment']);
  const { answers: given, problems } = checkAnswers(parse(text), ids, 'file');
  expect(problems).toEqual([]);
  expect(given.courts).toEqual(ids);
  const again = await resolveAnswers(given, courts, true);
  expect(again.answers).toEqual(answers);
}
