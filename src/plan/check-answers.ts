/**
 * The check: what a user gave (an answers file, flags, prompts, roster cells) against the
 * question catalogue and the known courts. Typed values go through user-values.ts, so every
 * surface accepts the same spellings; rejected values are worded by suggest.ts, so a secret
 * typed in the wrong place is never quoted back.
 */
import { describeRejected } from '../suggest.js';
import type { AnswerOrigin, AnswerProblem, CourtAnswer, GivenAnswers } from './answers.js';
import { COURT_IDS_HINT, unknownCourtId } from './court-ids.js';
import { emptyAnswers } from './given-answers.js';
import {
  QUESTIONS,
  QUESTION_IDS,
  allowedValues,
  flagOf,
  isAllowedValue,
  isQuestionId,
  type Question,
  type QuestionId,
} from './questions.js';
import { courtIdsOf, normaliseScalar, normaliseWord, splitList } from './user-values.js';

const BY_ID = new Map(QUESTIONS.map((question) => [question.id, question]));

/** The question with this id (every id names one). */
function questionOf(id: QuestionId): Question {
  return BY_ID.get(id)!;
}

function checkValue(
  question: Question,
  value: string,
  label: string,
  problems: AnswerProblem[],
): boolean {
  if (isAllowedValue(question, value)) return true;
  const allowed = question.options.map((option) => option.value);
  problems.push({
    key: question.id,
    message: `${label}: ${describeRejected(value, allowed, 'is not allowed', 'this value')}; allowed: ${allowed.join(', ')}`,
  });
  return false;
}

function checkCourt(
  courtId: string,
  knownCourts: readonly string[],
  label: string,
  problems: AnswerProblem[],
): boolean {
  const problem = unknownCourtId(courtId, knownCourts, label);
  if (problem === undefined) return true;
  problems.push({ key: label, message: `${problem}; ${COURT_IDS_HINT}` });
  return false;
}

/** A checked answer: filer-level (a value, or a list for `problems`) or court-level. */
export type CheckedAnswer = { filer: string | string[] } | { court: CourtAnswer };

/**
 * Checks one answer. `raw` is what the file or flag held: a value, a list (for `problems`),
 * a `{court: value}` map or `court=value,court=value` text (for court-level questions).
 */
export function checkAnswer(
  question: Question,
  raw: unknown,
  knownCourts: readonly string[],
  origin: AnswerOrigin,
  problems: AnswerProblem[],
): CheckedAnswer | undefined {
  const label = origin === 'flag' ? flagOf(question) : question.id;
  if (question.multiple) {
    // A map (`problems: {a: 1}`) is not a list: never read as "no problems".
    const text = Array.isArray(raw) ? undefined : normaliseScalar(raw);
    const items = Array.isArray(raw) ? raw.map(normaliseScalar) : splitList(text ?? '');
    if ((!Array.isArray(raw) && text === undefined) || items.some((item) => item === undefined)) {
      problems.push({
        key: question.id,
        message: `${label}: expected a list of values; allowed: ${allowedValues(question).replaceAll('|', ', ')}`,
      });
      return undefined;
    }
    const values = items.filter(
      (item): item is string => item !== undefined && item !== '' && item !== 'none',
    );
    const ok = values.every((value) => checkValue(question, value, label, problems));
    return ok ? { filer: [...new Set(values)] } : undefined;
  }
  if (question.scope === 'filer') {
    const value = normaliseScalar(raw);
    if (value === undefined) {
      problems.push({
        key: question.id,
        message: `${label}: expected one value; allowed: ${allowedValues(question).replaceAll('|', ', ')}`,
      });
      return undefined;
    }
    return checkValue(question, value, label, problems) ? { filer: value } : undefined;
  }
  // Court-level: a plain value, `ctd=yes,utd=no`, or a map.
  let entries: [string, unknown][] | undefined;
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw))
    entries = Object.entries(raw).map(([courtId, value]) => [normaliseWord(courtId), value]);
  else {
    const text = normaliseScalar(raw);
    if (text === undefined) {
      problems.push({
        key: question.id,
        message: `${label}: expected a value or court=value pairs; allowed values: ${allowedValues(question).replaceAll('|', ', ')}`,
      });
      return undefined;
    }
    if (!text.includes('='))
      return checkValue(question, text, label, problems)
        ? { court: { all: text, byCourt: {} } }
        : undefined;
    entries = [];
    for (const part of splitList(text)) {
      const [courtId, value, ...rest] = part.split('=');
      if (!courtId || value === undefined || rest.length > 0) {
        problems.push({
          key: question.id,
          message: `${label}: a value is not court=value (e.g. ctd=${question.options[0]?.value ?? 'yes'})`,
        });
        return undefined;
      }
      entries.push([courtId, value]);
    }
  }
  const answer: CourtAnswer = { byCourt: {} };
  let ok = true;
  for (const [courtId, rawValue] of entries) {
    const value = normaliseScalar(rawValue);
    if (!checkCourt(courtId, knownCourts, label, problems)) ok = false;
    else if (value === undefined) {
      problems.push({ key: question.id, message: `${label}: ${courtId}: expected one value` });
      ok = false;
    } else if (checkValue(question, value, `${label} ${courtId}`, problems))
      answer.byCourt[courtId] = value;
    else ok = false;
  }
  return ok ? { court: answer } : undefined;
}

/**
 * Stores a checked answer. Every value in it was checked against the question's options, so
 * this is the one place that widens a checked string to the question's value type.
 */
function storeAnswer(answers: GivenAnswers, id: QuestionId, checked: CheckedAnswer): void {
  if ('filer' in checked) (answers.filer as Record<string, unknown>)[id] = checked.filer;
  else (answers.court as Record<string, CourtAnswer>)[id] = checked.court;
}

/** Checks a whole answers object (from a file, or flags gathered into one object). */
export function checkAnswers(
  raw: unknown,
  knownCourts: readonly string[],
  origin: AnswerOrigin,
): { answers: GivenAnswers; problems: AnswerProblem[] } {
  const answers = emptyAnswers();
  const problems: AnswerProblem[] = [];
  if (raw === undefined || raw === null) return { answers, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ key: '', message: 'expected a map of answers (question id: value)' });
    return { answers, problems };
  }
  for (const [key, value] of Object.entries(raw)) {
    // An empty value (`linked:` in YAML, an empty cell) is an answer not given.
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
      continue;
    if (key === 'courts' && origin === 'file') {
      const items = (Array.isArray(value) ? value : [value]).map(normaliseScalar);
      if (items.some((item) => item === undefined)) {
        problems.push({ key, message: 'courts: expected court ids, e.g. [ctd, utd]' });
        continue;
      }
      const ids = courtIdsOf(items.map((item) => item ?? ''));
      if (ids.every((id) => checkCourt(id, knownCourts, 'courts', problems))) answers.courts = ids;
      continue;
    }
    if (!isQuestionId(key)) {
      const keys = [...QUESTION_IDS, ...(origin === 'file' ? ['courts'] : [])];
      problems.push({
        key,
        message: `${describeRejected(key, keys, 'is not an answer key', 'a key')}; allowed: ${QUESTION_IDS.join(', ')}${origin === 'file' ? ', courts' : ''}`,
      });
      continue;
    }
    const checked = checkAnswer(questionOf(key), value, knownCourts, origin, problems);
    if (checked) storeAnswer(answers, key, checked);
  }
  return { answers, problems };
}
