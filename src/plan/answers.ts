/**
 * Answers: checking what a user gave (answers file, flags, prompts, roster cells) against the
 * question catalogue, merging sources (flags win), and walking the questions in dependency
 * order to find what applies and what is still missing. No I/O: asking is a callback. Typed
 * values go through user-values.ts, so every surface accepts the same spellings.
 */
import { describeRejected } from '../suggest.js';
import {
  QUESTIONS,
  QUESTION_IDS,
  allowedValues,
  flagOf,
  isAllowedValue,
  isQuestionId,
  type AnswerValue,
  type ApplyContext,
  type CourtAnswers,
  type CourtQuestionId,
  type FilerAnswers,
  type Question,
  type QuestionId,
} from './questions.js';
import { courtIdsOf, normaliseScalar, normaliseWord, splitList } from './user-values.js';

const BY_ID = new Map(QUESTIONS.map((question) => [question.id, question]));

/** The question with this id (every id names one). */
function questionOf(id: QuestionId): Question {
  return BY_ID.get(id)!;
}

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

export function emptyAnswers(): GivenAnswers {
  return { filer: {}, court: {} };
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
  if (knownCourts.includes(courtId)) return true;
  problems.push({
    key: label,
    message: `${label}: ${describeRejected(courtId, knownCourts, 'is not a court id', 'a value', 3)}; \`nextgen-ready courts\` lists the ids`,
  });
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

/** Merges answers; `over` wins (flags over file, a row over defaults). */
export function mergeAnswers(base: GivenAnswers, over: GivenAnswers): GivenAnswers {
  const court: Record<string, CourtAnswer> = { ...base.court };
  for (const [id, answer] of Object.entries(over.court)) {
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
  const merged: GivenAnswers = {
    filer: { ...base.filer, ...over.filer },
    court: court as GivenAnswers['court'],
  };
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

/**
 * Asks for one answer (one of the question's values); undefined when it cannot ask. `current`
 * is the answer being changed, to start from; without it, the question's safe default.
 */
export type AskAnswer = (
  question: Question,
  court: CourtFacts | undefined,
  current?: string | readonly string[],
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
  // The answers are gathered by question id. Every value is a checked given answer or one of
  // the question's own options (all the asker offers), so the records are the typed answers.
  const filer: Record<string, string | string[]> = {};
  const byCourt: Record<string, Record<string, string>> = Object.fromEntries(
    courts.map((court) => [court.id, {}]),
  );
  const answers: ResolvedAnswers = {
    filer: filer as FilerAnswers,
    courts: byCourt as Record<string, CourtAnswers>,
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
    }
    return ctx;
  };
  for (const question of QUESTIONS) {
    if (question.scope === 'filer') {
      if (!question.applies(context())) continue;
      let value = givenFiler[question.id];
      if (value === undefined && question.multiple && !ask) value = [];
      if (value === undefined && ask) value = await ask(question, undefined);
      if (value === undefined) missing.push({ question });
      else if (question.multiple) filer[question.id] = Array.isArray(value) ? value : [value];
      else if (typeof value === 'string') filer[question.id] = value;
      continue;
    }
    for (const court of courts) {
      if (!question.applies(context(court))) continue;
      const courtAnswers = (byCourt[court.id] ??= {});
      const givenAnswer = givenCourt[question.id];
      let value: string | string[] | undefined = givenAnswer?.byCourt[court.id] ?? givenAnswer?.all;
      if (value === undefined && ask) value = await ask(question, court);
      if (typeof value === 'string') courtAnswers[question.id] = value;
      else if (!question.optional || ask) missing.push({ question, court });
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

/** One settled answer, as a review lists it: filer-level, or one court's. */
export interface AnswerEntry {
  question: Question;
  court?: CourtFacts;
  value: string | readonly string[];
}

/** Every settled answer in the order the questions are asked: filer-level, then per court. */
export function answerEntries(
  answers: ResolvedAnswers,
  courts: readonly CourtFacts[],
): AnswerEntry[] {
  const filer: Readonly<Record<string, string | readonly string[] | undefined>> = answers.filer;
  return QUESTIONS.flatMap((question): AnswerEntry[] => {
    if (question.scope === 'filer') {
      const value = filer[question.id];
      return value === undefined ? [] : [{ question, value }];
    }
    return courts.flatMap((court) => {
      const value = (answers.courts[court.id] as Record<string, string> | undefined)?.[question.id];
      return value === undefined ? [] : [{ question, court, value }];
    });
  });
}

/** The settled answers as given ones: what a walk starts from when one of them changes. */
function givenOf(answers: ResolvedAnswers): GivenAnswers {
  const given = emptyAnswers();
  given.filer = { ...answers.filer };
  const court: Record<string, CourtAnswer> = {};
  for (const [courtId, values] of Object.entries(answers.courts))
    for (const [id, value] of Object.entries(values as Record<string, string>))
      (court[id] ??= { byCourt: {} }).byCourt[courtId] = value;
  given.court = court as GivenAnswers['court'];
  return given;
}

/**
 * The answers with one changed: for the filer, or for one court. Walking them again
 * (resolveAnswers) drops the answers that no longer apply and asks those that now do.
 */
function withAnswer(
  given: GivenAnswers,
  question: Question,
  courtId: string | undefined,
  value: string | readonly string[],
): GivenAnswers {
  const changed: GivenAnswers = { ...given, filer: { ...given.filer }, court: { ...given.court } };
  if (question.scope === 'filer') {
    (changed.filer as Record<string, unknown>)[question.id] = Array.isArray(value)
      ? [...value]
      : value;
    return changed;
  }
  const courts = changed.court as Record<string, CourtAnswer>;
  const under = courts[question.id];
  const byCourt: Record<string, string> = { ...under?.byCourt };
  if (courtId !== undefined && typeof value === 'string') byCourt[courtId] = value;
  courts[question.id] = under?.all !== undefined ? { all: under.all, byCourt } : { byCourt };
  return changed;
}

/**
 * Shows every answer for review, with what does not fit together (answerConflicts, which
 * must be changed first); resolves to the entry to change, or undefined when they are right.
 */
export type ReviewAnswers = (
  entries: readonly AnswerEntry[],
  conflicts: readonly string[],
) => Promise<AnswerEntry | undefined>;

/**
 * Walks the questions with `ask`, then, if anything was asked, lets the filer review every
 * answer and change any: each change walks the questions again from the answers so far, so
 * questions that now apply are asked and those that no longer do are dropped. Answers that
 * do not fit together keep the review open until one is changed. `asked` tells whether
 * anything was asked (nothing is, when the command line gave every answer).
 */
export async function interviewAnswers(
  given: GivenAnswers,
  courts: readonly CourtFacts[],
  mfaExists: boolean,
  ask: AskAnswer,
  review: ReviewAnswers,
): Promise<{ answers: ResolvedAnswers; missing: MissingAnswer[]; asked: boolean }> {
  let asked = false;
  const asking: AskAnswer = (question, court, current) => {
    asked = true;
    return ask(question, court, current);
  };
  let result = await resolveAnswers(given, courts, mfaExists, asking);
  if (!asked || result.missing.length > 0) return { ...result, asked };
  for (;;) {
    const conflicts = answerConflicts(result.answers, courts);
    const entry = await review(answerEntries(result.answers, courts), conflicts);
    if (entry === undefined && conflicts.length === 0) return { ...result, asked };
    if (entry === undefined) continue;
    const value = await ask(entry.question, entry.court, entry.value);
    if (value === undefined) continue;
    const changed = withAnswer(givenOf(result.answers), entry.question, entry.court?.id, value);
    result = await resolveAnswers(changed, courts, mfaExists, ask);
  }
}

/** An answer as flags and files give it: one value, a list, or values by court id. */
export type GivenValue = string | readonly string[] | Readonly<Record<string, string>>;

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

/**
 * Answers that do not go with the courts asked about, one message each: a limited filer
 * (creditor, claims agent) registers in bankruptcy courts only.
 */
export function answerConflicts(answers: ResolvedAnswers, courts: readonly CourtFacts[]): string[] {
  if (answers.filer.filer !== 'limited-filer') return [];
  const others = courts
    .filter((court) => court.info.type !== 'bankruptcy')
    .map((court) => court.id);
  if (others.length === 0) return [];
  return [
    `filer: limited-filer is for bankruptcy courts (creditors, claims agents and other limited users), and ${others.join(', ')} ${others.length === 1 ? 'is not one' : 'are not'}; in a case of your own answer pro-se, as staff filing for an attorney filing-agent`,
  ];
}
