/**
 * What a profile's NextGen facts say about when the court went live: the earliest and the
 * latest day it can have happened, and how to say it in words.
 */
import { addDays, formatDay, formatMonth, monthEnd, monthStart, type IsoDate } from '../dates.js';
import type { NextGen } from './schema.js';
import { sourcesOf } from './sources.js';

export interface GoLiveBounds {
  /** The court cannot have gone live before this day (absent: no lower bound known). */
  earliest?: IsoDate;
  /** The court was live on this day at the latest (absent: no upper bound known). */
  latest?: IsoDate;
}

/** The days between which the go-live must lie, from every dated fact in the profile. */
export function goLiveBounds(nextGen: NextGen): GoLiveBounds {
  const { goLive } = nextGen;
  const candidatesEarliest: IsoDate[] = [];
  const candidatesLatest: IsoDate[] = [];
  switch (goLive.precision) {
    case 'day':
      candidatesEarliest.push(goLive.date);
      candidatesLatest.push(goLive.date);
      break;
    case 'window':
      candidatesEarliest.push(goLive.from);
      candidatesLatest.push(goLive.to);
      break;
    case 'month':
      candidatesEarliest.push(monthStart(goLive.month));
      candidatesLatest.push(monthEnd(goLive.month));
      break;
    case 'expected-month':
    case 'unknown':
      // An expectation is not evidence: it bounds nothing.
      break;
  }
  if (nextGen.notLiveOn) candidatesEarliest.push(addDays(nextGen.notLiveOn.date, 1));
  if (nextGen.liveBy) candidatesLatest.push(nextGen.liveBy.date);
  const bounds: GoLiveBounds = {};
  const earliest = candidatesEarliest.sort().at(-1);
  const latest = candidatesLatest.sort()[0];
  if (earliest !== undefined) bounds.earliest = earliest;
  if (latest !== undefined) bounds.latest = latest;
  return bounds;
}

/** The go-live as a phrase: "February 18, 2020", "in November 2021", "not known; on NextGen by ...". */
export function describeGoLive(nextGen: NextGen): string {
  const stated = describeStatedGoLive(nextGen);
  const { goLive, liveBy } = nextGen;
  if (liveBy && goLive.precision !== 'day')
    return `${stated}; on NextGen by ${formatDay(liveBy.date)}`;
  return stated;
}

function describeStatedGoLive(nextGen: NextGen): string {
  const { goLive } = nextGen;
  switch (goLive.precision) {
    case 'day':
      return goLive.stated === 'scheduled'
        ? `${formatDay(goLive.date)}, as scheduled`
        : formatDay(goLive.date);
    case 'window':
      return `between ${formatDay(goLive.from)} and ${formatDay(goLive.to)}`;
    case 'month':
      return `in ${formatMonth(goLive.month)}, exact day not known`;
    case 'expected-month':
      return `expected in ${formatMonth(goLive.month)}, exact day not known`;
    case 'unknown':
      return 'not known';
  }
}

/** The go-live as data, at its precision: what `courts --format json` and the plan both show. */
export interface GoLiveFields {
  precision: NextGen['goLive']['precision'];
  /** In words, e.g. "February 18, 2020" or "not known; on NextGen by ...". */
  goLive: string;
  date?: IsoDate;
  from?: IsoDate;
  to?: IsoDate;
  month?: string;
}

/** The go-live fields of a profile. */
export function goLiveFields(nextGen: NextGen): GoLiveFields {
  const { goLive } = nextGen;
  const fields: GoLiveFields = { precision: goLive.precision, goLive: describeGoLive(nextGen) };
  if (goLive.precision === 'day') fields.date = goLive.date;
  if (goLive.precision === 'window') Object.assign(fields, { from: goLive.from, to: goLive.to });
  if (goLive.precision === 'month' || goLive.precision === 'expected-month')
    fields.month = goLive.month;
  return fields;
}

/** The sources of every dated go-live fact of a profile: the go-live, and its bounds. */
export function goLiveSources(nextGen: NextGen): string[] {
  return [
    ...sourcesOf(nextGen.goLive.source),
    ...(nextGen.notLiveOn ? sourcesOf(nextGen.notLiveOn.source) : []),
    ...(nextGen.liveBy ? sourcesOf(nextGen.liveBy.source) : []),
  ];
}
