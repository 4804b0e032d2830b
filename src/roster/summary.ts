/**
 * The roster summary: one small record per row (who, which courts, status, which actions),
 * kept for the whole run instead of the plans, and its renderings: a text table, Markdown,
 * CSV and JSON. Pure: the callers decide where the text goes.
 */
import { ERROR_STATUS_WORD, STATUS_WORDS } from '../render/status-words.js';
import { formatDay, type IsoDate } from '../dates.js';
import type { Plan, PlanStatus } from '../plan/types.js';
import { countOf, formatNumber } from '../counts.js';
import { columnWidths, tableLine } from '../render/table.js';
import { visibleWidth, wrap } from '../render/wrap.js';
import type { RowOutcome } from './plan-row.js';
import { toSafeJson } from '../safe-text.js';
import { SpillList } from './spill.js';
import { emptyBreakdown, type Breakdown } from './breakdown.js';

export interface RosterSummary {
  line: number;
  name: string;
  email: string;
  id: string;
  courts: string[];
  status: PlanStatus | 'error';
  /** Each action as `id` (PACER-level, done once) or `id@court`. */
  actions: readonly string[];
  /** The attorney's checklist in the --out directory, if one was written. */
  checklist?: string;
  errors: string[];
}

export interface RosterTotals {
  /** Attorney rows read: planned plus errors. */
  rows: number;
  ready: number;
  actionNeeded: number;
  waiting: number;
  errors: number;
  /** Actions across every plan. */
  actions: number;
  /** Of those, the actions that apply only under a condition (their note says "only if"). */
  conditional: number;
  /** Rows that repeat an earlier row's name and courts. */
  duplicates: number;
}

/** The first lines of every roster document: what was read, and as of which day. */
export interface RosterMeta {
  roster: string;
  asOf: IsoDate;
}

/** Totals of nothing yet. */
export function emptyTotals(): RosterTotals {
  return {
    rows: 0,
    ready: 0,
    actionNeeded: 0,
    waiting: 0,
    errors: 0,
    actions: 0,
    conditional: 0,
    duplicates: 0,
  };
}

/** The action as the summary names it: `id`, or `id@court` for a court-level action. */
export function actionLabel(action: { id: string; court: string | null }): string {
  return action.court === null ? action.id : `${action.id}@${action.court}`;
}

// Rows that share a Plan object (see createRowPlanner) share its list of action labels, so the
// summary kept for a 100,000-row roster is small.
const planLabels = new WeakMap<Plan, readonly string[]>();

function labelsOf(plan: Plan): readonly string[] {
  let labels = planLabels.get(plan);
  if (labels === undefined) {
    labels = Object.freeze(plan.actions.map(actionLabel));
    planLabels.set(plan, labels);
  }
  return labels;
}

/** The summary record of a row's outcome. */
export function summaryOf(outcome: RowOutcome, checklist?: string): RosterSummary {
  const summary: RosterSummary = {
    line: outcome.line,
    name: outcome.name,
    email: outcome.email,
    id: outcome.id,
    courts: outcome.courts,
    status: outcome.status,
    actions: outcome.status === 'error' ? [] : labelsOf(outcome.plan),
    errors: outcome.status === 'error' ? outcome.errors : [],
  };
  if (checklist !== undefined) summary.checklist = checklist;
  return summary;
}

/** Adds a row to the totals. */
export function countRow(totals: RosterTotals, summary: RosterSummary): void {
  totals.rows++;
  totals.actions += summary.actions.length;
  if (summary.status === 'ready') totals.ready++;
  else if (summary.status === 'waiting') totals.waiting++;
  else if (summary.status === 'action-needed') totals.actionNeeded++;
  else totals.errors++;
}

/**
 * "40 attorneys: 12 ready, 20 action needed, 3 waiting, 5 errors; 63 actions in all (50
 * certain, 13 only if a condition holds)"
 */
export function describeTotals(totals: RosterTotals): string {
  const parts = [
    `${formatNumber(totals.ready)} ready`,
    `${formatNumber(totals.actionNeeded)} action needed`,
    `${formatNumber(totals.waiting)} waiting`,
    countOf(totals.errors, 'error'),
  ];
  const duplicates =
    totals.duplicates > 0 ? `; ${countOf(totals.duplicates, 'duplicate row')}` : '';
  const conditional =
    totals.conditional > 0
      ? ` (${formatNumber(totals.actions - totals.conditional)} certain, ${formatNumber(totals.conditional)} only if a condition holds)`
      : '';
  return `${countOf(totals.rows, 'attorney')}: ${parts.join(', ')}; ${countOf(totals.actions, 'action')} in all${conditional}${duplicates}`;
}

// ---- text ---------------------------------------------------------------------------------

/** The roster's status words: the plan's (render/status-words.ts), and its own for an error. */
const statusWord = (status: RosterSummary['status']) =>
  status === 'error' ? ERROR_STATUS_WORD : STATUS_WORDS[status].word;

const TEXT_HEADER = ['LINE', 'ATTORNEY', 'COURTS', 'STATUS', 'ACTIONS', 'WHAT'];

/**
 * In a terminal, the table of attorneys is shown up to this many rows: past it, a firm's
 * roster would scroll its totals away. A pipe or a file gets every row.
 */
export const TERMINAL_TABLE_ROWS = 20;
/** In a terminal, the actions and courts listed before "... and N more". */
const TERMINAL_ACTIONS = 15;
const TERMINAL_COURTS = 10;

/** A summary's cells in the text table; WHAT holds the action labels until it is printed. */
function textCells(summary: RosterSummary): string[] {
  const failed = summary.status === 'error';
  return [
    String(summary.line),
    summary.name || '(no name)',
    summary.courts.join(','),
    statusWord(summary.status),
    failed ? '-' : String(summary.actions.length),
    failed ? '\u0000' : summary.actions.join(' '),
  ];
}

/** Each action label (`id`, `id@court`) with the title the checklists give it. */
function titlesOf(breakdown: Breakdown): Map<string, string> {
  return new Map(
    breakdown.actions.map((action) => [
      action.court === null ? action.id : `${action.id}@${action.court}`,
      action.title,
    ]),
  );
}

/** The WHAT cell as printed: the actions' titles, or where the row's errors are. */
function whatOf(labels: string, titles: ReadonlyMap<string, string>): string {
  if (labels === '\u0000') return 'see the errors';
  if (labels === '') return '';
  return labels
    .split(' ')
    .map((label) => titles.get(label) ?? label)
    .join('; ');
}

/** Numbers right-aligned under their header. */
const right = (value: number | string, header: string) =>
  (typeof value === 'number' ? formatNumber(value) : value).padStart(header.length);

/**
 * The counts per action and per court as text tables: how many attorneys each action
 * concerns (certain, or only if a condition holds), and each court's attorneys by status.
 * In a terminal (`width` given) the longest lists are cut to a screenful.
 */
export function* breakdownTextLines(breakdown: Breakdown, width?: number): Generator<string> {
  const line = (cells: string[], widths: number[]) => `${tableLine(cells, widths, width)}\n`;
  const more = (shown: number, all: number, what: string) =>
    all > shown
      ? `  ... and ${countOf(all - shown, what)} more (summary.json and index.html in --out list them all)\n`
      : '';
  if (breakdown.actions.length > 0) {
    const header = ['  ATTORNEYS', 'CERTAIN', 'ONLY IF', 'ACTION'];
    const widths = header.map((cell) => cell.length);
    const shown =
      width === undefined ? breakdown.actions : breakdown.actions.slice(0, TERMINAL_ACTIONS);
    yield '\nActions, by the attorneys they concern (certain, or only if a condition holds):\n';
    yield line(header, widths);
    for (const action of shown)
      yield line(
        [
          right(action.attorneys, header[0]!),
          right(action.certain, header[1]!),
          right(action.conditional, header[2]!),
          action.title,
        ],
        widths,
      );
    yield more(shown.length, breakdown.actions.length, 'action');
  }
  if (breakdown.courts.length > 0) {
    const header = ['  COURT', 'ATTORNEYS', 'READY', 'ACTION NEEDED', 'WAITING', 'ERRORS', 'NAME'];
    const widths = header.map((cell) => cell.length);
    for (const court of breakdown.courts)
      widths[0] = Math.max(widths[0]!, visibleWidth(court.id) + 2);
    const shown =
      width === undefined ? breakdown.courts : breakdown.courts.slice(0, TERMINAL_COURTS);
    yield '\nCourts (an attorney in two courts counts in both):\n';
    yield line(header, widths);
    for (const court of shown)
      yield line(
        [
          `  ${court.id}`,
          right(court.attorneys, header[1]!),
          right(court.ready, header[2]!),
          right(court.actionNeeded, header[3]!),
          right(court.waiting, header[4]!),
          right(court.errors, header[5]!),
          court.name,
        ],
        widths,
      );
    yield more(shown.length, breakdown.courts.length, 'court');
  }
}

/**
 * The text table, gathered row by row: each row is kept as one string of its cells, the first
 * 20,000 in memory and the rest in a temporary file (SpillList), so memory stays flat on any
 * roster; the column widths grow as rows come. Cells are safe text, so the unit separator
 * never occurs in one. `dispose` removes the temporary file. The row errors are not repeated
 * here: they are printed once, grouped by cause, on stderr.
 */
export class TextSummary {
  private readonly rows = new SpillList();
  private readonly widths = columnWidths(TEXT_HEADER, []);

  add(summary: RosterSummary): void {
    const cells = textCells(summary);
    cells.forEach((cell, column) => {
      this.widths[column] = Math.max(this.widths[column] ?? 0, visibleWidth(cell));
    });
    this.rows.push(cells.join('\u001f'));
  }

  /**
   * The table (in a terminal, only up to TERMINAL_TABLE_ROWS rows), then the totals and the
   * counts per action and per court; line by line. With a `width` (a terminal's), each row is
   * cut to it and the prose wrapped to it; without (a file, a pipe), nothing is cut.
   */
  *lines(
    totals: RosterTotals,
    meta: RosterMeta,
    width?: number,
    breakdown: Breakdown = emptyBreakdown(),
  ): Generator<string> {
    const prose = (text: string, indent = '') =>
      width === undefined ? `${indent}${text}\n` : `${wrap(text, width, indent, `${indent}  `)}\n`;
    yield `${prose(`NextGen CM/ECF roster ${meta.roster} · as of ${formatDay(meta.asOf)}`)}\n`;
    if (width !== undefined && totals.rows > TERMINAL_TABLE_ROWS) {
      yield prose(
        `The ${formatNumber(totals.rows)} attorneys one by one are not listed in a terminal: pipe the output (| less), or use --format csv or markdown, or --out DIR for a checklist each and index.html.`,
      );
    } else {
      const titles = titlesOf(breakdown);
      yield `${tableLine(TEXT_HEADER, this.widths, width)}\n`;
      for (const row of this.rows) {
        const cells = row.split('\u001f');
        cells[5] = whatOf(cells[5] ?? '', titles);
        yield `${tableLine(cells, this.widths, width)}\n`;
      }
    }
    yield '\n';
    yield prose(describeTotals(totals));
    yield* breakdownTextLines(breakdown, width);
  }

  /** Drops the rows and removes their temporary file. */
  dispose(): void {
    this.rows.dispose();
  }
}

/** The summary as an aligned table for a terminal, then the totals and counts (see TextSummary). */
export function summaryTextLines(
  summaries: readonly RosterSummary[],
  totals: RosterTotals,
  meta: RosterMeta,
  width?: number,
  breakdown?: Breakdown,
): Generator<string> {
  const table = new TextSummary();
  for (const summary of summaries) table.add(summary);
  return table.lines(totals, meta, width, breakdown);
}

// ---- Markdown -------------------------------------------------------------------------------

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*[\]|<>_])/g, '\\$1').replace(/\r?\n|\r/g, ' ');
}

/**
 * The Markdown table, gathered row by row as its finished lines (the totals come first), kept
 * as the text table's rows are (see TextSummary).
 */
export class MarkdownSummary {
  private readonly rows = new SpillList();

  add(summary: RosterSummary): void {
    const what =
      summary.status === 'error'
        ? summary.errors.map(escapeMarkdown).join('<br>')
        : summary.actions.map((action) => `\`${action}\``).join(', ');
    this.rows.push(
      `| ${summary.line} | ${escapeMarkdown(summary.name || '(no name)')} | ${summary.courts.join(', ')} | ${statusWord(summary.status)} | ${summary.status === 'error' ? '' : summary.actions.length} | ${what} |\n`,
    );
  }

  /** The table with the totals, line by line, to paste into a ticket or an e-mail. */
  *lines(
    totals: RosterTotals,
    meta: RosterMeta,
    breakdown: Breakdown = emptyBreakdown(),
  ): Generator<string> {
    yield `# NextGen CM/ECF roster: ${escapeMarkdown(meta.roster)}\n\n`;
    yield `As of ${formatDay(meta.asOf)} · ${escapeMarkdown(describeTotals(totals))}\n\n`;
    if (breakdown.actions.length > 0) {
      yield '## Actions\n\n| Attorneys | Certain | Only if | Action |\n| ---: | ---: | ---: | --- |\n';
      for (const action of breakdown.actions)
        yield `| ${action.attorneys} | ${action.certain} | ${action.conditional} | ${escapeMarkdown(action.title)} |\n`;
      yield '\n';
    }
    if (breakdown.courts.length > 0) {
      yield '## Courts\n\n| Court | Attorneys | Ready | Action needed | Waiting | Errors |\n| --- | ---: | ---: | ---: | ---: | ---: |\n';
      for (const court of breakdown.courts)
        yield `| ${escapeMarkdown(court.name)} (${escapeMarkdown(court.id)}) | ${court.attorneys} | ${court.ready} | ${court.actionNeeded} | ${court.waiting} | ${court.errors} |\n`;
      yield '\n## Attorneys\n\n';
    }
    yield '| Line | Attorney | Courts | Status | Actions | What |\n';
    yield '| ---: | --- | --- | --- | ---: | --- |\n';
    yield* this.rows;
  }

  /** Drops the rows and removes their temporary file. */
  dispose(): void {
    this.rows.dispose();
  }
}

/** The summary as a Markdown table with the totals, line by line. */
export function summaryMarkdownLines(
  summaries: readonly RosterSummary[],
  totals: RosterTotals,
  meta: RosterMeta,
  breakdown?: Breakdown,
): Generator<string> {
  const table = new MarkdownSummary();
  for (const summary of summaries) table.add(summary);
  return table.lines(totals, meta, breakdown);
}

// ---- CSV ------------------------------------------------------------------------------------

export const SUMMARY_CSV_COLUMNS = [
  'line',
  'name',
  'email',
  'id',
  'courts',
  'status',
  'actions',
  'action_ids',
  'checklist',
  'errors',
] as const;

/** One summary CSV record (written by csv-write.ts), in the order of SUMMARY_CSV_COLUMNS. */
export function summaryCsvRecord(summary: RosterSummary): (string | number)[] {
  return [
    summary.line,
    summary.name,
    summary.email,
    summary.id,
    summary.courts.join(';'),
    summary.status,
    summary.status === 'error' ? '' : summary.actions.length,
    summary.actions.join(' '),
    summary.checklist ?? '',
    summary.errors.join(' | '),
  ];
}

// ---- JSON -----------------------------------------------------------------------------------

export const ROSTER_SCHEMA_VERSION = 1;

/**
 * A JSON document with one entry per row, written piece by piece: `start`, then `entry` for
 * each row (one compact line each), then `end`. The whole is one valid JSON value.
 */
export const jsonDocument = {
  start(meta: RosterMeta, listName: string): string {
    return `{\n  "schemaVersion": ${ROSTER_SCHEMA_VERSION},\n  "roster": ${JSON.stringify(meta.roster)},\n  "asOf": ${JSON.stringify(meta.asOf)},\n  ${JSON.stringify(listName)}: [`;
  },
  /** What goes before the entry at `index` (its compact JSON follows). */
  separator(index: number): string {
    return `${index === 0 ? '' : ','}\n    `;
  },
  end(totals: RosterTotals, count: number, breakdown: Breakdown = emptyBreakdown()): string {
    return `${count === 0 ? '' : '\n  '}],\n  "totals": ${JSON.stringify(totals)},\n  "breakdown": ${toSafeJson(JSON.stringify(breakdown))}\n}\n`;
  },
};

/** A summary as summary.json holds it: actions as {id, court}. */
export function summaryJsonOf(summary: RosterSummary): Record<string, unknown> {
  return {
    ...summary,
    actions: summary.actions.map((label) => {
      const [id, court] = label.split('@');
      return { id, court: court ?? null };
    }),
  };
}

// Rows that share a Plan object (see createRowPlanner) share its encoded JSON too: a roster's
// JSON is mostly plans, and encoding each once is what keeps 10,000 rows within a second.
const planJson = new WeakMap<Plan, Uint8Array>();

/**
 * What `--format json` prints for a row, as compact JSON in pieces to write one after the
 * other: the identity, the status and the whole plan (or the errors).
 */
export function rosterJsonEntry(outcome: RowOutcome, checklist?: string): (string | Uint8Array)[] {
  const { line, name, email, id, courts, status } = outcome;
  const head = JSON.stringify({
    line,
    name,
    email,
    id,
    courts,
    status,
    ...(checklist !== undefined ? { checklist } : {}),
    ...(outcome.status === 'error' ? { errors: outcome.errors } : {}),
  });
  if (outcome.status === 'error') return [head];
  let plan = planJson.get(outcome.plan);
  if (plan === undefined) {
    plan = Buffer.from(JSON.stringify(outcome.plan), 'utf8');
    planJson.set(outcome.plan, plan);
  }
  return [`${head.slice(0, -1)},"plan":`, plan, '}'];
}
