/**
 * What a roster comes to, counted as rows finish: how many attorneys each action concerns (by
 * its title, as the checklists name it), certain or only under a condition; each court's
 * attorneys by status; and the row errors grouped by cause, so that 95 rows missing one answer
 * read as one line. Memory is bounded by the actions, courts and causes, never by the rows.
 */
import type { Plan, PlanAction, PlanStatus } from '../plan/types.js';
import { ACTION_ORDER } from '../plan/types.js';
import { formatNumber } from '../counts.js';
import { toSafeText } from '../safe-text.js';
import type { RowOutcome } from './plan-row.js';

/**
 * True when an action applies only under a condition the tool cannot know ("Only if PACER
 * finds an account..."): its caveat says so. Counted apart, so that a total is not read as
 * work that is certain.
 */
export function isConditional(action: Pick<PlanAction, 'caveat'>): boolean {
  return action.caveat !== undefined && /\bonly if\b/i.test(action.caveat);
}

/** One action (in one court, or in PACER) across the roster. */
export interface ActionCount {
  id: string;
  /** null: a PACER-level action, done once. */
  court: string | null;
  /** The title the checklists give it. */
  title: string;
  /** Attorneys whose plan has it. */
  attorneys: number;
  /** ... of whom it is certain for this many, and only under a condition for the rest. */
  certain: number;
  conditional: number;
}

/** One court across the roster: the rows naming it, by the row's status. */
export interface CourtCount {
  id: string;
  name: string;
  attorneys: number;
  ready: number;
  actionNeeded: number;
  waiting: number;
  errors: number;
}

/** One cause of row errors: the message, how many rows, and the first of their lines. */
export interface ErrorGroup {
  message: string;
  rows: number;
  /** The first lines (at most ERROR_LINES_KEPT), in order. */
  lines: number[];
  /** The attorney of the first row, when it has a name. */
  firstName: string;
}

/** How many lines each error group keeps to show. */
export const ERROR_LINES_KEPT = 10;
/** How many distinct causes are kept; rows with any other error are counted together. */
const ERROR_GROUPS_KEPT = 200;

/** A missing answer's message (plan-row.ts): its column, and the courts it applies to. */
const EMPTY_CELL = /^([\w-]+): empty, but it applies(?: to ([^(]+?))? \(/;

const ORDER = new Map<string, number>(ACTION_ORDER.map((id, index) => [id, index]));

export interface Breakdown {
  actions: ActionCount[];
  courts: CourtCount[];
  errorGroups: ErrorGroup[];
  /** Row errors beyond the causes kept (a roster with hundreds of distinct errors). */
  otherErrors: number;
}

export class RosterBreakdown {
  private readonly actions = new Map<string, ActionCount>();
  private readonly courts = new Map<string, CourtCount>();
  private readonly errors = new Map<string, ErrorGroup>();
  /** For a missing answer's group, the courts it applies to across its rows. */
  private readonly emptyCourts = new Map<ErrorGroup, Set<string>>();
  private otherErrors = 0;
  /**
   * Each plan's actions as their counts and whether each is conditional, worked out once per
   * plan: most rows of a roster share a plan object (createRowPlanner), and the count is then
   * a few increments per row.
   */
  private readonly perPlan = new WeakMap<Plan, { count: ActionCount; conditional: boolean }[]>();

  /** `courtName` names a known court id; unknown ids (a row's error) are not counted as courts. */
  constructor(private readonly courtName: (id: string) => string | undefined) {}

  add(outcome: RowOutcome): void {
    const { courts } = outcome;
    if (courts.length === 1) this.countCourt(courts[0]!, outcome.status);
    else for (const court of new Set(courts)) this.countCourt(court, outcome.status);
    if (outcome.status === 'error') {
      for (const message of new Set(outcome.errors)) this.countError(message, outcome);
      return;
    }
    let entries = this.perPlan.get(outcome.plan);
    if (entries === undefined) {
      entries = outcome.plan.actions.map((action) => ({
        count: this.countOf(action),
        conditional: isConditional(action),
      }));
      this.perPlan.set(outcome.plan, entries);
    }
    for (const { count, conditional } of entries) {
      count.attorneys++;
      if (conditional) count.conditional++;
      else count.certain++;
    }
  }

  /** The count of an action (in its court), made at its first sight. */
  private countOf(action: PlanAction): ActionCount {
    const label = action.court === null ? action.id : `${action.id}@${action.court}`;
    let count = this.actions.get(label);
    if (count === undefined) {
      count = {
        id: action.id,
        court: action.court,
        title: toSafeText(action.title),
        attorneys: 0,
        certain: 0,
        conditional: 0,
      };
      this.actions.set(label, count);
    }
    return count;
  }

  private countCourt(id: string, status: PlanStatus | 'error'): void {
    let count = this.courts.get(id);
    if (count === undefined) {
      const name = this.courtName(id);
      if (name === undefined) return;
      count = { id, name, attorneys: 0, ready: 0, actionNeeded: 0, waiting: 0, errors: 0 };
      this.courts.set(id, count);
    }
    count.attorneys++;
    if (status === 'ready') count.ready++;
    else if (status === 'action-needed') count.actionNeeded++;
    else if (status === 'waiting') count.waiting++;
    else count.errors++;
  }

  private countError(message: string, outcome: RowOutcome): void {
    // A missing answer is one cause whichever courts it applies to in each row.
    const empty = EMPTY_CELL.exec(message);
    const key = empty ? `${empty[1]}: empty` : message;
    let group = this.errors.get(key);
    if (group === undefined) {
      if (this.errors.size >= ERROR_GROUPS_KEPT) {
        this.otherErrors++;
        return;
      }
      group = { message, rows: 0, lines: [], firstName: outcome.name };
      this.errors.set(key, group);
    }
    if (empty?.[2] !== undefined) {
      let courts = this.emptyCourts.get(group);
      if (courts === undefined) this.emptyCourts.set(group, (courts = new Set()));
      for (const court of empty[2].split(', ')) courts.add(court);
    }
    group.rows++;
    if (group.lines.length < ERROR_LINES_KEPT) group.lines.push(outcome.line);
  }

  /** The counts: actions by how many attorneys they concern, courts and causes likewise. */
  result(): Breakdown {
    const actions = [...this.actions.values()].sort(
      (a, b) =>
        b.attorneys - a.attorneys ||
        (ORDER.get(a.id) ?? 0) - (ORDER.get(b.id) ?? 0) ||
        ((a.court ?? '') < (b.court ?? '') ? -1 : 1),
    );
    const courts = [...this.courts.values()].sort(
      (a, b) => b.attorneys - a.attorneys || (a.id < b.id ? -1 : 1),
    );
    for (const [group, courts] of this.emptyCourts)
      group.message = group.message.replace(
        EMPTY_CELL,
        (_, column: string) =>
          `${column}: empty, but it applies to ${[...courts].sort().join(', ')} (`,
      );
    const errorGroups = [...this.errors.values()].sort(
      (a, b) => b.rows - a.rows || (a.lines[0] ?? 0) - (b.lines[0] ?? 0),
    );
    return { actions, courts, errorGroups, otherErrors: this.otherErrors };
  }
}

/** The breakdown of nothing yet. */
export function emptyBreakdown(): Breakdown {
  return { actions: [], courts: [], errorGroups: [], otherErrors: 0 };
}

/**
 * A cause in words, with how many rows and where: a missing answer as "linked is empty in 95
 * rows (lines 2, 4, ... and 85 more): it applies to ctd (...); allowed: yes, no", anything else
 * as the message with its rows. `file` names the roster in a row's place ("team.csv:5").
 */
export function describeErrorGroup(group: ErrorGroup, file: string): string {
  if (group.rows === 1) {
    const who = group.firstName ? `${group.firstName}: ` : '';
    return `${file}:${group.lines[0]}: ${who}${group.message}`;
  }
  const more = group.rows - group.lines.length;
  const lines = `lines ${group.lines.join(', ')}${more > 0 ? ` and ${formatNumber(more)} more` : ''}`;
  const empty = /^([\w-]+): empty, but (.*)$/s.exec(group.message);
  if (empty)
    return `${empty[1]} is empty in ${formatNumber(group.rows)} rows (${lines}), but ${empty[2]}`;
  return `${formatNumber(group.rows)} rows (${lines}): ${group.message}`;
}

/** What to do about a cause, when the message does not say: for a missing answer, where it goes. */
export function fixOfErrorGroup(group: ErrorGroup): string | undefined {
  const empty = /^([\w-]+): empty, but /.exec(group.message);
  if (!empty) return undefined;
  const column = empty[1]!;
  return `Fix: fill the ${column} column of those rows, or give ${column} in an --answers file for every row whose cell is empty.`;
}
