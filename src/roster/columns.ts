/**
 * The roster's columns: who the attorney is (`name`, `email`, `id`), which courts, and one
 * column per question id. Headers are matched loosely (case, spaces and underscores do not
 * matter) because people type them in a spreadsheet; anything else is a file-level error.
 */
import { UserError } from '../errors.js';
import { QUESTION_IDS, type QuestionId } from '../plan/questions.js';
import { LIMITS } from '../limits.js';
import { cutText } from '../safe-text.js';
import { suggestNearest } from '../suggest.js';
import { findSecretColumns } from '../secret-names.js';

export const IDENTITY_COLUMNS = ['name', 'email', 'id', 'courts'] as const;
export type IdentityColumn = (typeof IDENTITY_COLUMNS)[number];
export type RosterColumn = IdentityColumn | QuestionId;

/** Every column a roster may have, in template order. */
export const ROSTER_COLUMNS: readonly RosterColumn[] = [...IDENTITY_COLUMNS, ...QUESTION_IDS];

/** A header as the tool reads it: trimmed, lower case, spaces and underscores as hyphens. */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
}

function isRosterColumn(name: string): name is RosterColumn {
  return (ROSTER_COLUMNS as readonly string[]).includes(name);
}

/** The roster column of each header, by position; null for a column with an empty header. */
export type ColumnMap = readonly (RosterColumn | null)[];

/**
 * Checks a roster's headers: refuses secret-looking columns first (naming them, never a
 * cell), then unknown and repeated columns, then a missing `name`. Throws a UserError.
 */
export function checkHeaders(headers: readonly string[], file: string): ColumnMap {
  const secrets = findSecretColumns(headers);
  if (secrets.length > 0) {
    throw new UserError(
      `${file}: refused: ${secrets.length === 1 ? 'column' : 'columns'} ${secrets.map((header) => `"${cutText(header)}"`).join(', ')} ${secrets.length === 1 ? 'looks like it holds' : 'look like they hold'} a password, PIN, secret, token or security answer`,
      {
        hint: 'nextgen-ready never needs a secret. Delete the column from the file (not just its cells) and run again; nothing was planned or written.',
      },
    );
  }
  if (headers.length > LIMITS.rosterColumns) {
    throw new UserError(
      `${file}: the header has ${headers.length} columns; a roster has at most ${LIMITS.rosterColumns}`,
      { hint: `Is the first row the header? Roster columns: ${ROSTER_COLUMNS.join(', ')}.` },
    );
  }
  const map: (RosterColumn | null)[] = [];
  const seen = new Map<RosterColumn, string>();
  const problems: string[] = [];
  for (const [index, header] of headers.entries()) {
    const name = normaliseHeader(header);
    if (name === '') {
      map.push(null);
      continue;
    }
    if (!isRosterColumn(name)) {
      // Quoted only when it is a near miss: a "header" may be a data row by mistake.
      const near = suggestNearest(name, ROSTER_COLUMNS, 1);
      problems.push(
        near[0] !== undefined
          ? `column "${cutText(header)}" is not a roster column (did you mean "${near[0]}"?)`
          : `column ${index + 1} is not a roster column`,
      );
      map.push(null);
      continue;
    }
    const earlier = seen.get(name);
    if (earlier !== undefined) {
      problems.push(`columns "${cutText(earlier)}" and "${cutText(header)}" are both ${name}`);
      map.push(null);
      continue;
    }
    seen.set(name, header);
    map.push(name);
  }
  if (!seen.has('name') && problems.length === 0) {
    throw new UserError(`${file}: no "name" column`, {
      hint: `A roster needs a "name" column; \`nextgen-ready roster --template\` prints every column.`,
    });
  }
  if (problems.length === 1) {
    throw new UserError(`${file}: ${problems[0]}`, {
      hint: `Roster columns: ${ROSTER_COLUMNS.join(', ')}.`,
    });
  }
  if (problems.length > 1) {
    throw new UserError(`${file}: ${problems.length} problems with the columns`, {
      details: problems,
      hint: `Roster columns: ${ROSTER_COLUMNS.join(', ')}.`,
    });
  }
  return map;
}

/** One roster row: the line it starts on and its non-empty cells by column. */
export interface RosterRow {
  line: number;
  cells: Partial<Record<RosterColumn, unknown>>;
  /** What is wrong with the row's shape, e.g. a cell under no header. */
  problems: string[];
}

/** True for a cell that gives nothing: missing, null, or only spaces. */
export function isEmptyCell(value: unknown): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/** The row's cells by column; empty cells are not given, and a cell under no header is a problem. */
export function rowOf(line: number, values: readonly unknown[], columns: ColumnMap): RosterRow {
  const cells: RosterRow['cells'] = {};
  const stray: number[] = [];
  const problems: string[] = [];
  values.forEach((value, index) => {
    if (isEmptyCell(value)) return;
    const column = columns[index];
    if (column === undefined || column === null) stray.push(index + 1);
    else if (typeof value === 'string' && value.length > LIMITS.rosterCellChars) {
      // Kept as given but empty, so the row reports this and not also "empty".
      cells[column] = '';
      problems.push(
        `${column}: the cell has ${value.length} characters; a cell has at most ${LIMITS.rosterCellChars}`,
      );
    } else cells[column] = typeof value === 'string' ? value.trim() : value;
  });
  if (stray.length === 1)
    problems.push(`column ${stray[0]} has a value but no header; add a header or delete the value`);
  if (stray.length > 1)
    problems.push(
      `columns ${stray.join(', ')} have a value but no header; add a header or delete the values`,
    );
  return { line, cells, problems };
}
