/** Option handling shared by the commands: dates and court ids. */
import { isIsoDate, localIsoDate, type IsoDate } from '../dates.js';
import { countOf } from '../counts.js';
import { UserError } from '../errors.js';
import { cutText } from '../safe-text.js';
import { unknownCourtId } from '../plan/court-ids.js';
import { courtIdsOf } from '../plan/user-values.js';
import type { Catalog } from '../catalog/catalog.js';
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

/**
 * Court ids from repeated flags, each a list (`ctd,utd`, `ctd;utd`), checked against the known
 * ids. A value that is no id but names courts (a state, "western texas") is said back with the
 * ids it names, found by `namedCourts`, so that the filer can pick theirs.
 */
export async function readCourtIds(
  values: readonly string[],
  known: readonly string[],
  flag = '--court',
  namedCourts?: (text: string) => Promise<readonly string[]>,
): Promise<string[]> {
  const ids = courtIdsOf(values);
  const problem = ids.map((id) => unknownCourtId(id, known, flag)).find(Boolean);
  if (problem === undefined) return ids;
  // The value given with the unknown id: a name with spaces ("western texas") is one value.
  const whole = (
    values.find((value) => courtIdsOf([value]).some((id) => !known.includes(id))) ?? ''
  ).trim();
  const named = (await namedCourts?.(whole)) ?? [];
  if (named.length > 0 && !known.includes(whole)) {
    const shown = cutText(whole);
    const list = named.length > 12 ? `${named.slice(0, 12).join(', ')}, ...` : named.join(', ');
    throw new UserError(
      `${flag}: "${shown}" is not a court id; it names ${countOf(named.length, 'court')}: ${list}`,
      {
        hint: `Give the id of yours (e.g. ${flag} ${named[0] ?? ''}); \`nextgen-ready courts --search "${shown}"\` lists them with their names.`,
      },
    );
  }
  throw new UserError(problem, { hint: 'Run `nextgen-ready courts` to list the court ids.' });
}

/** The ids of the courts a text names (a state, "western texas"), as `courts --search` finds them. */
export async function namedCourtIds(catalog: Catalog, text: string): Promise<string[]> {
  // Only when an id was refused: the finder is not loaded otherwise.
  const { searchCourts } = await import('../profile/find-courts.js');
  return searchCourts([...catalog.summaries.values()], text).map((court) => court.id);
}
