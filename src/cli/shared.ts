/** Option handling shared by the commands: dates, court ids, reading answer files. */
import { readFile } from 'node:fs/promises';
import { isIsoDate, localIsoDate, type IsoDate } from '../dates.js';
import { UserError } from '../errors.js';
import { suggestNearest } from '../suggest.js';
import type { Io } from './io.js';

/** The as-of day from `--as-of`, or today on the local calendar. */
export function readAsOf(value: unknown, io: Io): IsoDate {
  if (value === undefined) return localIsoDate(io.now());
  const text = String(value);
  if (!isIsoDate(text)) {
    throw new UserError(`--as-of: "${text}" is not a date`, {
      hint: 'Write it as YYYY-MM-DD, e.g. --as-of 2020-02-01.',
    });
  }
  return text;
}

/** Court ids from repeated and comma-separated flags, checked against the known ids. */
export function readCourtIds(values: readonly string[], known: readonly string[]): string[] {
  const ids = [
    ...new Set(
      values
        .flatMap((value) => value.split(/[,\s]+/))
        .map((id) => id.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  for (const id of ids) {
    if (!known.includes(id)) {
      const near = suggestNearest(id, known);
      throw new UserError(
        `unknown court "${id}"${near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : ''}`,
        {
          hint: 'Run `nextgen-ready courts` to list the court ids.',
        },
      );
    }
  }
  return ids;
}

/** Reads a text file a user named, or says clearly why it cannot. */
export async function readUserFile(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${what} not found: ${file}`);
    if (code === 'EISDIR') throw new UserError(`${what} is a directory, not a file: ${file}`);
    if (code === 'EACCES')
      throw new UserError(`${what} cannot be read (permission denied): ${file}`);
    throw error;
  }
}
