/** Option handling shared by the commands: dates and court ids. */
import { isIsoDate, localIsoDate, type IsoDate } from '../dates.js';
import { UserError } from '../errors.js';
import { unknownCourtId } from '../plan/court-ids.js';
import { courtIdsOf } from '../plan/user-values.js';
import type { Io } from './io.js';

/** The as-of day from `--as-of`, or today on the local calendar. */
export function readAsOf(value: unknown, io: Io): IsoDate {
  if (value === undefined) return localIsoDate(io.now());
  const text = String(value);
  if (!isIsoDate(text)) {
    // Quoted only when it has the shape of a date (a near miss: 2020-02-30); anything else
    // may be a value typed in the wrong place.
    const shown = /^\d{4}-\d{1,2}-\d{1,2}$/.test(text) ? `"${text}"` : 'this value';
    throw new UserError(`--as-of: ${shown} is not a date`, {
      hint: 'Write it as YYYY-MM-DD, e.g. --as-of 2020-02-01.',
    });
  }
  return text;
}

/** Court ids from repeated flags, each a list (`ctd,utd`, `ctd;utd`), checked against the known ids. */
export function readCourtIds(
  values: readonly string[],
  known: readonly string[],
  flag = '--court',
): string[] {
  const ids = courtIdsOf(values);
  for (const id of ids) {
    const problem = unknownCourtId(id, known, flag);
    if (problem !== undefined)
      throw new UserError(problem, { hint: 'Run `nextgen-ready courts` to list the court ids.' });
  }
  return ids;
}
