/**
 * Answers: checking what a user gave (answers file, flags, prompts) against the question
 * catalogue, merging sources (flags win), and walking the questions in dependency order to
 * find what applies and what is still missing. No I/O: asking is a callback.
 */
import { didYouMean, suggestNearest } from '../suggest.js';
import {
  QUESTIONS,
  QUESTION_IDS,
  allowedValues,
  flagOf,
  isQuestionId,
  type ApplyContext,
  type Question,
  type QuestionId,
} from './questions.js';

/** Court-level answers: one value for every court, and/or values per court id. */
export interface CourtAnswer {
  all?: string;
  byCourt: Record<string, string>;
}

/** What a user gave, checked but not yet resolved against the courts. */
export interface GivenAnswers {
  filer: Partial<Record<QuestionId, string | string[]>>;
  court: Partial<Record<QuestionId, CourtAnswer>>;
  /** Court ids given in an answers file (`courts:`), used when no --court flag is given. */
  courts?: string[];
}

/** Filer-level answers: one value each, except the list of problems. */
export type FilerAnswers = Partial<Record<Exclude<QuestionId, 'problems'>, string>> & {
  problems?: string[];
};

/** Answers after resolution: only those that apply, one value each. */
export interface ResolvedAnswers {
  filer: FilerAnswers;
  courts: Record<string, Partial<Record<QuestionId, string>>>;
}

export interface AnswerProblem {
  /** The answer key (question id), or '' for the whole input. */
  key: string;
  message: string;
}

/** How a problem's key is shown: as a flag or as an answers-file key. */
export type AnswerOrigin = 'flag' | 'file';

export function emptyAnswers(): GivenAnswers {
  return { filer: {}, court: {} };
}

const TRUE_WORDS: Record<string, string> = { true: 'yes', false: 'no' };

function normaliseScalar(value: unknown): string | undefined {
  if (typeof value === 'boolean') return TRUE_WORDS[String(value)];
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

function checkValue(
  question: Question,
  value: string,
  label: string,
  problems: AnswerProblem[],
): boolean {
  const allowed = question.options.map((option) => option.value);
  if (allowed.includes(value)) return true;
  problems.push({
    key: question.id,
    message: `${label}: "${value}" is not allowed${didYouMean(value, allowed, 1)}; allowed: ${allowed.join(', ')}`,
  });
  return false;
}

function checkCourt(
  courtId: string,
  knownCourts: readonly string[],
  label: string,
  problems: AnswerProblem[],
): boolean {
  if (knownCourts.includes(courtId)) return true;
  const near = suggestNearest(courtId, knownCourts);
  problems.push({
    key: label,
    message: `${label}: unknown court "${courtId}"${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(', ')}?)` : ''}`,
  });
  return false;
}

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
): { filer?: string | string[]; court?: CourtAnswer } | undefined {
  const label = origin === 'flag' ? flagOf(question) : question.id;
  if (question.multiple) {
    const items = Array.isArray(raw)
      ? raw.map(normaliseScalar)
      : (normaliseScalar(raw) ?? '').split(/[,;\s]+/);
    const values = items.filter(
      (item): item is string => item !== undefined && item !== '' && item !== 'none',
    );
    if (Array.isArray(raw) && raw.some((item) => normaliseScalar(item) === undefined)) {
      problems.push({
        key: question.id,
        message: `${label}: expected a list of values; allowed: ${allowedValues(question).replaceAll('|', ', ')}`,
      });
      return undefined;
    }
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
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) entries = Object.entries(raw);
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
    for (const part of text.split(/[,;\s]+/).filter(Boolean)) {
      const [courtId, value, ...rest] = part.split('=');
      if (!courtId || value === undefined || rest.length > 0) {
        problems.push({
          key: question.id,
          message: `${label}: "${part}" is not court=value (e.g. ctd=${question.options[0]?.value ?? 'yes'})`,
        });
        return undefined;
      }
      entries.push([courtId.trim(), value.trim()]);
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
      const ids = (Array.isArray(value) ? value : String(value).split(/[,;\s]+/))
        .map(String)
        .filter(Boolean);
      if (ids.every((id) => checkCourt(id, knownCourts, 'courts', problems))) answers.courts = ids;
      continue;
    }
    if (!isQuestionId(key)) {
      const keys = [...QUESTION_IDS, ...(origin === 'file' ? ['courts'] : [])];
      problems.push({
        key,
        message: `unknown answer "${key}"${didYouMean(key, keys, 1)}; allowed: ${QUESTION_IDS.join(', ')}${origin === 'file' ? ', courts' : ''}`,
      });
      continue;
    }
    const question = QUESTIONS.find((q) => q.id === key);
    if (!question) continue;
    const checked = checkAnswer(question, value, knownCourts, origin, problems);
    if (checked?.filer !== undefined) answers.filer[key] = checked.filer;
    if (checked?.court !== undefined) answers.court[key] = checked.court;
  }
  return { answers, problems };
}

/** Merges answers; `over` wins (flags over file, a row over defaults). */
export function mergeAnswers(base: GivenAnswers, over: GivenAnswers): GivenAnswers {
  const court: GivenAnswers['court'] = { ...base.court };
  for (const [id, answer] of Object.entries(over.court) as [QuestionId, CourtAnswer][]) {
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
  const merged: GivenAnswers = { filer: { ...base.filer, ...over.filer }, court };
  const courts = over.courts ?? base.courts;
  if (courts) merged.courts = courts;
  return merged;
}

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

/** Asks for one missing answer; returns undefined when it cannot ask. */
export type AskAnswer = (
  question: Question,
  court: CourtFacts | undefined,
) => Promise<string | string[] | undefined>;

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
  const answers: ResolvedAnswers = {
    filer: {},
    courts: Object.fromEntries(courts.map((court) => [court.id, {}])),
  };
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
    }
    return ctx;
  };
  for (const question of QUESTIONS) {
    if (question.scope === 'filer') {
      if (!question.applies(context())) continue;
      let value = given.filer[question.id];
      if (value === undefined && question.multiple && !ask) value = [];
      if (value === undefined && ask) value = await ask(question, undefined);
      if (value === undefined) missing.push({ question });
      else if (question.id === 'problems')
        answers.filer.problems = Array.isArray(value) ? value : [value];
      else if (typeof value === 'string') answers.filer[question.id] = value;
      continue;
    }
    for (const court of courts) {
      if (!question.applies(context(court))) continue;
      const courtAnswers = answers.courts[court.id] ?? {};
      const givenAnswer = given.court[question.id];
      let value: string | string[] | undefined = givenAnswer?.byCourt[court.id] ?? givenAnswer?.all;
      if (value === undefined && ask) value = await ask(question, court);
      if (typeof value === 'string') courtAnswers[question.id] = value;
      else missing.push({ question, court });
      answers.courts[court.id] = courtAnswers;
    }
  }
  return { answers, missing };
}

/** Missing answers grouped by question, in question order; each group is non-empty. */
export function groupMissing(missing: readonly MissingAnswer[]): MissingAnswer[][] {
  const byQuestion = new Map<QuestionId, MissingAnswer[]>();
  for (const item of missing) {
    const group = byQuestion.get(item.question.id);
    if (group) group.push(item);
    else byQuestion.set(item.question.id, [item]);
  }
  return [...byQuestion.values()];
}

/** Questions whose answers decide whether others apply. */
const GATING: readonly QuestionId[] = ['filer', 'pacer-account', 'linked', 'cja', 'exempt-account'];

/** One line per missing answer: the flag to pass, its allowed values, and what it asks. */
export function describeMissing(missing: readonly MissingAnswer[], courtCount: number): string[] {
  const lines = groupMissing(missing).map((items) => {
    const question = items[0]!.question;
    const values = allowedValues(question);
    const courtIds =
      courtCount > 1 ? items.flatMap((item) => (item.court ? [item.court.id] : [])) : [];
    const flag =
      courtIds.length > 0
        ? `${flagOf(question)} ${courtIds.map((id) => `${id}=<${values}>`).join(',')}`
        : `${flagOf(question)} <${values}>`;
    return `${flag}  (${question.summary})`;
  });
  if (missing.some((item) => GATING.includes(item.question.id))) {
    lines.push('(once these are answered, further questions may apply)');
  }
  return lines;
}
