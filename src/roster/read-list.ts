/**
 * YAML and JSON rosters: a list of records, one per attorney. People write these by hand, so
 * they are small and read whole; each record keeps the line it starts on.
 */
import { UserError } from '../errors.js';
import { cutText } from '../safe-text.js';
import { parseYamlSource } from '../io/yaml-source.js';
import { readUserBytes } from '../io/read-file.js';
import { LIMITS } from '../limits.js';
import {
  checkStart,
  invalidUtf8,
  type Roster,
  type RosterEntry,
  type RosterFileFormat,
} from './roster-file.js';

const describeValue = (value: unknown) =>
  value === null
    ? 'nothing'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'a map'
        : `a ${typeof value}`;

/** Reads a YAML or JSON roster whole (or takes its bytes, read from stdin). */
export async function openListRoster(
  file: string,
  format: Exclude<RosterFileFormat, 'csv'>,
  given?: Buffer,
): Promise<Roster> {
  // Parsing YAML costs many times the file's size in memory: a list roster is read whole, so
  // it is limited; a larger roster is a CSV file, which is streamed.
  const bytes = given ?? (await readUserBytes(file, 'roster', LIMITS.listRosterBytes));
  checkStart(bytes, file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw invalidUtf8(file);
  }
  if (text.trim() === '') throw new UserError(`${file} is empty`);
  if (format === 'json') {
    // The YAML parser reads JSON too (and gives lines), but it would accept what is not JSON.
    const json = text.replace(/^\ufeff/, '');
    try {
      JSON.parse(json);
    } catch (error) {
      // JSON.parse's message may quote the text around the mistake; say only where it is.
      const at = /position (\d+)/.exec((error as Error).message);
      if (!at) throw new UserError(`${file} is not valid JSON`);
      const before = json.slice(0, Number(at[1])).split(/\r\n|\r|\n/);
      throw new UserError(
        `${file}:${before.length}:${(before.at(-1)?.length ?? 0) + 1}: not valid JSON`,
      );
    }
  }
  const source = parseYamlSource(text, file);
  if (source.problems.length > 0) {
    throw new UserError(`${file} is not valid ${format === 'json' ? 'JSON' : 'YAML'}`, {
      details: source.problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`),
    });
  }
  const list = source.value;
  if (!Array.isArray(list)) {
    const keys =
      list !== null && typeof list === 'object'
        ? ` (keys: ${cutText(Object.keys(list).join(', '))})`
        : '';
    throw new UserError(
      `${file} is not a roster: expected a list of records, one per attorney, but found ${describeValue(list)}${keys}`,
      {
        hint:
          format === 'json'
            ? 'Write it as [{"name": "Jane Doe", "courts": "ctd"}, ...].'
            : 'Write it as a list: one "- name: Jane Doe" entry per attorney, at the top level.',
      },
    );
  }
  if (list.length === 0) throw new UserError(`${file} is an empty list: no attorneys to plan`);
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const record of list) {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) continue;
    for (const key of Object.keys(record as object))
      if (!seen.has(key)) {
        seen.add(key);
        headers.push(key);
      }
  }
  const entries = list.map((record: unknown, index): RosterEntry => {
    const line = source.locate([index]).line;
    if (record === null || typeof record !== 'object' || Array.isArray(record))
      return {
        line,
        unreadable: `entry ${index + 1} is ${describeValue(record)}, not a record of column: value`,
      };
    const values = record as Record<string, unknown>;
    return { line, values: headers.map((header) => values[header]) };
  });
  return {
    format,
    headers,
    blankRows: 0,
    total: entries.length,
    // One batch, as the CSV reader's async batches: nothing to wait for.
    // eslint-disable-next-line @typescript-eslint/require-await
    batches: (async function* () {
      yield entries;
    })(),
  };
}
