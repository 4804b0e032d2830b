/**
 * Roster file → header + row records, whatever the format: CSV (streamed, see read-csv.ts) or
 * a YAML or JSON list of records (read whole, see read-list.ts), told apart by the extension.
 */
import { extname } from 'node:path';
import { UserError } from '../errors.js';
import { openCsvRoster } from './read-csv.js';
import { openListRoster } from './read-list.js';
import { openStdinRoster } from './read-stdin.js';
import type { StdinSource } from '../io/read-file.js';
import type { Roster, RosterFileFormat } from './roster-file.js';

export type { Roster, RosterEntry, RosterFileFormat } from './roster-file.js';

export function rosterFormatOf(file: string): RosterFileFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.yaml' || extension === '.yml') return 'yaml';
  if (extension === '.json') return 'json';
  throw new UserError(
    `cannot tell the format of ${file} from its name: expected .csv, .yaml, .yml or .json`,
    {
      hint:
        extension === '.xlsx' || extension === '.xls'
          ? 'In Excel, use File > Save As > "CSV UTF-8 (Comma delimited) (*.csv)".'
          : 'Rename the file to end in .csv (or .yaml / .json for a list of records).',
    },
  );
}

/**
 * Opens a roster: reads its header (and, for YAML and JSON, the whole file). `-` is stdin
 * (see read-stdin.ts); call `dispose` when done, to remove its temporary copy.
 */
export async function openRoster(
  file: string,
  stdin?: StdinSource,
): Promise<Roster & { dispose?(): Promise<void> }> {
  if (file === '-') return openStdinRoster(stdin);
  const format = rosterFormatOf(file);
  return format === 'csv' ? openCsvRoster(file) : openListRoster(file, format);
}
