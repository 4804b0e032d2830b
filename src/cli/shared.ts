/** Option handling shared by the commands: dates and court ids. */
import { isIsoDate, localIsoDate, type IsoDate } from '../dates.js';
import { UserError } from '../errors.js';
import { courtIdsOf } from '../plan/user-values.js';
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

/** Court ids from repeated flags, each a list (`ctd,utd`, `ctd;utd`), checked against the known ids. */
export function readCourtIds(values: readonly string[], known: readonly string[]): string[] {
  const ids = courtIdsOf(values);
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
