/**
 * The feed's `last_updated` and the registry ids of its copies. No zod here: the start-up code
 * that finds a stored feed uses it.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LAST_UPDATED =
  /^(?:[A-Z][a-z]{2}, )?(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/;

/** The feed's `last_updated` read: its day as written, and the instant, for ordering copies. */
export interface FeedTime {
  /** The day as the feed writes it (its own time zone), e.g. 2023-01-10. */
  day: string;
  /** Milliseconds since the epoch. */
  instant: number;
}

/**
 * Reads the feed's `last_updated`, "Tue, 10 Jan 2023 06:10:05 -0500"; undefined when it is not
 * written that way.
 */
export function readFeedTime(text: string): FeedTime | undefined {
  const match = LAST_UPDATED.exec(text.trim());
  if (!match) return undefined;
  const [, day = '', monthName = '', year = '', hh = '', mm = '', ss = '', sign, zh = '', zm = ''] =
    match;
  const month = MONTHS.indexOf(monthName) + 1;
  const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  const local = Date.UTC(Number(year), month - 1, Number(day), Number(hh), Number(mm), Number(ss));
  if (new Date(local).toISOString().slice(0, 10) !== iso) return undefined;
  const offset = (Number(zh) * 60 + Number(zm)) * 60_000 * (sign === '-' ? -1 : 1);
  return { day: iso, instant: local - offset };
}

/** The registry id of a copy of the feed: `pacer-feed-2023-01-10`. */
export function feedSourceId(day: string): string {
  return `pacer-feed-${day}`;
}
