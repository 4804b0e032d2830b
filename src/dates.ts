/**
 * Calendar dates as ISO strings (YYYY-MM-DD). They compare correctly as strings; these
 * helpers do the little arithmetic the plan needs, in UTC so no time zone shifts a day.
 * Nothing here reads the clock: today is decided once, at the CLI edge.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar day written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The day `days` after (or before, when negative) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/** First day of a YYYY-MM month. */
export function monthStart(month: string): IsoDate {
  return `${month}-01`;
}

/** Last day of a YYYY-MM month. */
export function monthEnd(month: string): IsoDate {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, mon, 0)).toISOString().slice(0, 10);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "February 18, 2020" */
export function formatDay(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** "November 2021" */
export function formatMonth(month: string): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  return `${MONTHS[mon - 1]} ${year}`;
}

/** The local calendar day of a clock reading; used only at the CLI edge. */
export function localIsoDate(now: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * How long from `from` to `to`, in whole calendar years and months: "3 years, 10 months",
 * "1 year", "5 months"; under a month, in days ("12 days").
 */
export function ageInWords(from: IsoDate, to: IsoDate): string {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  if (months < 1) {
    const days = Math.round(
      (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000,
    );
    return plural(Math.max(0, days), 'day');
  }
  const years = Math.floor(months / 12);
  months -= years * 12;
  return [years > 0 ? plural(years, 'year') : '', months > 0 ? plural(months, 'month') : '']
    .filter(Boolean)
    .join(', ');
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}
