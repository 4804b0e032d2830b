/**
 * One roster row → its plan, or why it has none. No I/O: the caller reads the file and the
 * court profiles and passes them in, with the as-of date. Values are checked by the same
 * code as `check`'s answers file, so a cell takes exactly what a flag or answers key takes.
 */
import type { IsoDate } from '../dates.js';
import type { CourtFacts, GivenAnswers } from '../plan/answers.js';
import { describeMissingCells } from '../plan/missing-answers.js';
import type { PlanCatalog } from '../plan/plan.js';
import { QUESTIONS } from '../plan/questions.js';
import { settleAnswers } from '../plan/settle.js';
import type { Plan, PlanStatus } from '../plan/types.js';
import { courtIdsOf } from '../plan/user-values.js';
import { toSafeText } from '../safe-text.js';
import type { RosterRow } from './columns.js';

export interface RosterContext {
  catalog: PlanCatalog;
  /** Every known court id, for checking the courts column. */
  knownCourts: readonly string[];
  /** The facts of every known court on the as-of date. */
  facts: ReadonlyMap<string, CourtFacts>;
  /** Answers for every row (--answers); a row's own cells win. */
  defaults: GivenAnswers;
  /** Courts for a row whose courts cell is empty (--courts, else the answers file's). */
  defaultCourts: readonly string[];
  asOf: IsoDate;
}

/** Who a row is about, as the outputs show it. */
export interface RowIdentity {
  line: number;
  name: string;
  email: string;
  id: string;
  courts: string[];
}

export type RowOutcome =
  | (RowIdentity & { status: PlanStatus; plan: Plan })
  | (RowIdentity & { status: 'error'; errors: string[] });

/** A cell as text, or undefined when it holds a list or map where text belongs. */
function textOf(value: unknown): string | undefined {
  if (value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** The courts cell as court ids (checked with the answers, by settleAnswers), or [] with why. */
function readCourts(value: unknown, context: RosterContext, errors: string[]): string[] {
  if (value === undefined) return [...context.defaultCourts];
  const items = Array.isArray(value) ? value.map(textOf) : [textOf(value)];
  if (items.some((item) => item === undefined)) {
    errors.push('courts: expected court ids separated by ";" or spaces, e.g. ctd;utd');
    return [];
  }
  return courtIdsOf(items.map((item) => item ?? ''));
}

const QUESTION_COLUMNS = new Set<string>(QUESTIONS.map((question) => question.id));

/** What a row's courts and answer cells give: the courts, and a plan or the problems. */
type CellsOutcome =
  { courts: string[]; errors: string[] } | { courts: string[]; errors: []; plan: Plan };

/** Plans one roster row; every problem becomes a message naming its column. */
export async function planRow(row: RosterRow, context: RosterContext): Promise<RowOutcome> {
  return outcomeOf(row, safeCells(await planCells(row.cells, context)));
}

/** How many distinct answer sets a roster run keeps for reuse. */
const CACHE_SIZE = 512;

/** The columns whose cells decide the plan, in a fixed order: the cache key's fields. */
const PLAN_COLUMNS = ['courts', ...QUESTIONS.map((question) => question.id)] as const;

/**
 * The cache key of a row's plan cells. On the hot path (text cells, as CSV gives) the fields
 * are joined by NUL, each marked "s" when given and empty when not, which no cell can fake (a
 * cell holding NUL takes the other path); otherwise JSON, which never holds a raw NUL.
 */
export function planKey(cells: RosterRow['cells']): string {
  let key = '';
  for (const column of PLAN_COLUMNS) {
    const value = cells[column];
    if (value === undefined) key += '\u0000';
    else if (typeof value === 'string' && !value.includes('\u0000')) key += `\u0000s${value}`;
    else return JSON.stringify(PLAN_COLUMNS.map((each) => cells[each] ?? null));
  }
  return key;
}

/**
 * A `planRow` that reuses work: a firm's attorneys mostly share a few answer sets, and what
 * the courts and answer cells give (checked answers, the plan) depends on nothing else. Rows
 * with the same cells get the same Plan object, which nobody may change. The cache is
 * bounded, so memory stays flat on any roster. A row whose cells were planned before is
 * answered at once, not through a promise: that is most rows of a large roster.
 */
export function createRowPlanner(
  context: RosterContext,
): (row: RosterRow) => RowOutcome | Promise<RowOutcome> {
  const cache = new Map<string, SafeCellsOutcome>();
  return (row) => {
    const key = planKey(row.cells);
    const hit = cache.get(key);
    if (hit !== undefined) return outcomeOf(row, hit);
    return planCells(row.cells, context).then((planned) => {
      const outcome = safeCells(planned);
      if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
      cache.set(key, outcome);
      return outcomeOf(row, outcome);
    });
  };
}

/** What the plan cells give, with the courts and errors made safe once for every row sharing them. */
type SafeCellsOutcome = CellsOutcome & { safeCourts: string[] };

function safeCells(outcome: CellsOutcome): SafeCellsOutcome {
  const safeCourts = outcome.courts.map(toSafeText);
  return 'plan' in outcome
    ? { ...outcome, safeCourts }
    : { ...outcome, errors: outcome.errors.map(toSafeText), safeCourts };
}

const SPACES = /\s+/g;

/** The row's outcome: its identity cells, and the plan or every problem. */
function outcomeOf(row: RosterRow, outcome: SafeCellsOutcome): RowOutcome {
  let errors: string[] | undefined = row.problems.length > 0 ? [...row.problems] : undefined;
  const text = (column: 'name' | 'email' | 'id') => {
    const value = textOf(row.cells[column]);
    if (value === undefined) (errors ??= []).push(`${column}: expected text, not a list or map`);
    return value ?? '';
  };
  // A line break typed inside a quoted name cell is an accident, not part of the name.
  const name = text('name').replace(SPACES, ' ');
  const email = text('email');
  const id = text('id');
  if (row.cells.name === undefined)
    (errors ??= []).push("name: empty; every row needs the attorney's name");
  // The one place roster data is made safe: every output (the table, CSV, Markdown, JSON, the
  // checklists, stderr) shows what leaves here, and a cell may hold terminal escapes.
  const line = row.line;
  const safe = { name: toSafeText(name), email: toSafeText(email), id: toSafeText(id) };
  const courts = outcome.safeCourts;
  if (errors !== undefined || !('plan' in outcome)) {
    const all = [...(errors ?? []).map(toSafeText), ...outcome.errors];
    return { line, ...safe, courts, status: 'error', errors: all };
  }
  // Written out rather than spread: this object is made once per row of the roster.
  return {
    line,
    name: safe.name,
    email: safe.email,
    id: safe.id,
    courts,
    status: outcome.plan.status,
    plan: outcome.plan,
  };
}

/** The courts and answer cells of a row → its plan, or every problem with their columns. */
async function planCells(cells: RosterRow['cells'], context: RosterContext): Promise<CellsOutcome> {
  const errors: string[] = [];
  const courts = readCourts(cells.courts, context, errors);
  if (cells.courts === undefined && courts.length === 0)
    errors.push(
      'courts: empty, and no --court default was given; write court ids such as ctd;utd (`nextgen-ready courts` lists them)',
    );

  const raw: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(cells))
    if (QUESTION_COLUMNS.has(column)) raw[column] = value;
  const settled = await settleAnswers({
    catalog: context.catalog,
    knownCourts: context.knownCourts,
    // A courts cell that could not be read plans for no court: the answers are still checked.
    courtIds: errors.length > 0 ? [] : courts,
    asOf: context.asOf,
    sources: [{ checked: context.defaults }, { raw, origin: 'file' }],
    factsOf: (courtId) => context.facts.get(courtId)!,
  });
  // A bad cell is quoted back only when it is a near miss (checkAnswers words it so): anything
  // else might be a secret typed into the wrong column, and the line and column find it.
  if (settled.status === 'problems')
    return { courts, errors: [...errors, ...settled.problems.map((problem) => problem.message)] };
  if (errors.length > 0) return { courts, errors };
  if (settled.status === 'missing')
    return { courts, errors: describeMissingCells(settled.missing) };
  if (settled.status === 'conflicts') return { courts, errors: settled.conflicts };
  return { courts, errors: [], plan: settled.plan };
}
