/**
 * How each row of the NextGen go-live table (sources/reference/nextgen-go-live.json) becomes a
 * profile's `nextGen.goLive`. A row that states one day, from a source whose kind says plainly
 * whether it was written before or after, is read by rule; every other row has a reading here,
 * written by hand, that says what was chosen and why. A row with neither stops the generator,
 * so new reference data cannot slip in unread.
 */
import { formatDay } from '../../src/dates.js';
import type { GoLiveRecord } from './reference-data.js';
import type { CourtNote, DatedFact, GoLive, Sources } from '../../src/profile/schema.js';

export interface GoLiveReading {
  goLive: GoLive;
  otherAnnouncedDays?: DatedFact[];
  /** A note for everyone using the court, where the go-live text says more than the date can. */
  courtNote?: CourtNote;
}

type Stated = 'scheduled' | 'reported';

/** Source kinds that say by themselves whether the page came before or after the go-live. */
const STATED_BY_KIND: Record<string, { stated: Stated; written: string }> = {
  past: { stated: 'reported', written: 'written after the go-live' },
  scheduled: { stated: 'scheduled', written: 'written before the go-live' },
  planned: { stated: 'scheduled', written: 'written before the go-live, as a plan' },
  expected: { stated: 'scheduled', written: 'written before the go-live, as an expectation' },
  announced: { stated: 'scheduled', written: 'an announcement made before the go-live' },
  'announced (news list snippet)': {
    stated: 'scheduled',
    written: "an announcement in the court's news list, made before the go-live",
  },
};

const SCHEDULED_CAVEAT =
  'A scheduled day is the plan the court announced, not proof that it happened that day.';

const isCourtPage = (url: string) => /^https?:\/\/[^/]*uscourts\.gov\//.test(url);

/** `"quote"` as the source gives it, ending the sentence once. */
const quoted = (record: GoLiveRecord) =>
  /[.!?]$/.test(record.quote) ? `"${record.quote}"` : `"${record.quote}".`;

function kindText(record: GoLiveRecord, written: string): string {
  const page = isCourtPage(record.source) ? "The court's page" : 'A third-party page';
  return `${page}, ${written} (source kind "${record.sourceKind}"), says: ${quoted(record)}`;
}

function sourcesOf(record: GoLiveRecord, ...more: string[]): Sources {
  return more.length === 0 ? record.source : [record.source, ...more];
}

/** Readings written by hand for the rows no rule can read. */
const READINGS: Record<string, (record: GoLiveRecord) => GoLiveReading> = {
  // The four courts of appeals below were read from third-party pages at first; each court's
  // own page states the same fact (checked 2026-11-23), so the court is cited instead.
  ca2: () => ({
    goLive: {
      precision: 'day',
      date: '2014-10-20',
      stated: 'reported',
      source: [
        'https://www.ca2.uscourts.gov/clerk/create_upgrade_PACER_in_CMECF_acct.html',
        'http://www.ca2.uscourts.gov/clerk/case_filing/case_filing_info.html',
      ],
      note:
        'The court\'s PACER page, written after the day, says: "On October 20, 2014, the Second Circuit went live with NextGen CM/ECF, the latest iteration of the national case-management and electronic-filing system." ' +
        'Its case-filing page had announced on September 19, 2014: "On October 20, 2014, the United States Court of Appeals for the Second Circuit will go live on Next Gen CM/ECF".',
    },
  }),
  ca9: () => ({
    goLive: {
      precision: 'day',
      date: '2014-10-27',
      stated: 'reported',
      source: ['https://www.ca9.uscourts.gov/cmecf/', 'http://www.ca9.uscourts.gov/cmecf/faqs/'],
      note:
        'The court\'s CM/ECF page says: "As of October 27, 2014, you will not be able to use your Appellate ECF credentials without a linked PACER account." ' +
        'Its CM/ECF FAQ page, last updated November 21, 2014, says "The upgrade to NextGen CM/ECF is complete".',
    },
  }),
  ca10: () => ({
    goLive: {
      precision: 'day',
      date: '2017-05-15',
      stated: 'reported',
      source: 'https://ca10.uscourts.gov/cmecf/about-cmecf',
      note: 'The court\'s About CM/ECF page says: "As of May 15, 2017, the court upgraded its operating system to NextGen ECF."',
    },
  }),
  cafc: () => ({
    goLive: {
      precision: 'day',
      date: '2018-03-19',
      stated: 'scheduled',
      source: 'https://www.cafc.uscourts.gov/announcements/archives/2018?page=6',
      note:
        'The court\'s announcements of 2018 say: "The U.S. Court of Appeals for the Federal Circuit will go live on NextGen CM/ECF this coming Monday, March 19, 2018." ' +
        'A later announcement on the same page says it "has completed its upgrade to the next generation of the national case management and electronic case filing system, NextGen CM/ECF".',
    },
  }),
  ilnd: (record) => ({
    goLive: {
      precision: 'day',
      date: '2022-05-02',
      stated: 'scheduled',
      source: record.source,
      note: `A third-party law blog quoting the clerk's e-mail (source kind "${record.sourceKind}") says: ${quoted(record)} ${SCHEDULED_CAVEAT}`,
    },
  }),
  casb: (record) => ({
    goLive: {
      precision: 'day',
      date: '2016-02-22',
      stated: 'scheduled',
      source: record.source,
      note:
        `A third-party copy of the court's notice (source kind "${record.sourceKind}") says: ${quoted(record)} ` +
        `The year is in brackets in the copy, not in the notice's sentence; February 22, 2016 was a Monday. ${SCHEDULED_CAVEAT}`,
    },
  }),
  azd: (record) =>
    outage(
      record,
      '2022-02-07',
      'CM/ECF was to be down from Friday, February 4, 2022 at 4:00 p.m. to Monday, February 7 at 7:00 a.m., and linking to be done on or after February 7',
    ),
  cod: (record) =>
    outage(
      record,
      '2021-08-02',
      'CM/ECF was to be down from Friday, July 30, 2021 at noon until Monday, August 2, and linking to be done on or after August 2',
    ),
  gamd: (record) =>
    outage(
      record,
      '2019-05-06',
      'the upgrade was to run from May 3 and be complete by Monday, May 6, 2019 at 8:30 a.m.',
    ),
  innd: (record) =>
    outage(
      record,
      '2021-11-08',
      'CM/ECF was to be down from Friday, November 5, 2021 at noon until Monday, November 8 at 9:00 a.m.',
    ),
  txwd: (record) =>
    outage(
      record,
      '2022-08-01',
      'the upgrade was to run over the weekend of July 29-31, 2022, with PACER logins required from Monday, August 1',
    ),
  flsb: (record) => laterLive(record, '2022-04-04'),
  txnd: (record) => laterLive(record, '2022-09-06'),
  mdd: (record) => ({
    goLive: {
      precision: 'day',
      date: '2022-02-14',
      stated: 'scheduled',
      source: record.source,
      note:
        `The court's notice gives the day linking opens, not an upgrade day (source kind "${record.sourceKind}"): ${quoted(record)} ` +
        `Linking opens when a court goes live, so that day is used. ${SCHEDULED_CAVEAT}`,
    },
  }),
  moed: (record) => ({
    goLive: {
      precision: 'day',
      date: '2019-06-03',
      stated: 'scheduled',
      source: record.source,
      note:
        `The page is on moept.uscourts.gov, not the court's own site; it is read as the Eastern District of Missouri's notice because it links to that court's admission page (source kind "${record.sourceKind}"). ` +
        `It says: ${quoted(record)} Treat the day with less confidence than one from the court's own page.`,
    },
  }),
  nvb: (record) => ({
    goLive: {
      precision: 'day',
      date: '2021-11-15',
      source: record.source,
      note:
        `The court's page implies the day without saying whether it was written before or after it (source kind "${record.sourceKind}"): ${quoted(record)} ` +
        'Filers with privileges before that day must link, so it is read as the go-live; whether it was scheduled or reported is left open.',
    },
  }),
  azb: (record) => ({
    goLive: {
      precision: 'day',
      date: '2021-06-28',
      stated: 'scheduled',
      source: sourcesOf(record, 'http://www.azb.uscourts.gov/nextgen-cmecf'),
      note:
        `The court's notice (source kind "${record.sourceKind}") says: ${quoted(record)} It gives no year: June 28 fell on a Monday in 2021 and in no other year from 2014, when the first courts went live on NextGen, to 2022, so 2021 is used. ` +
        `The court had announced an earlier date and postponed it. ${SCHEDULED_CAVEAT}`,
    },
  }),
  paed: (record) => ({
    goLive: {
      precision: 'window',
      from: '2021-07-23',
      to: '2021-07-25',
      stated: 'reported',
      source: record.source,
      note: `The court's page, written after the go-live (source kind "${record.sourceKind}"), says: ${quoted(record)} July 23, 2021 was a Friday: the window is that weekend, Friday to Sunday, July 25.`,
    },
  }),
  mssb: (record) => ({
    goLive: {
      precision: 'window',
      from: '2020-04-25',
      to: '2020-04-26',
      stated: 'scheduled',
      source: record.source,
      note: `The court's guide (source kind "${record.sourceKind}") says: ${quoted(record)} ${SCHEDULED_CAVEAT}`,
    },
  }),
  nmid: (record) => expectedMonth(record, '2022-01'),
  mieb: (record) => expectedMonth(record, '2021-05'),
  pawd: (record) => ({
    goLive: {
      precision: 'expected-month',
      month: '2020-05',
      stated: 'scheduled',
      source: record.source,
      note:
        `The court's page (source kind "${record.sourceKind}") says: ${quoted(record)} It also names May 21 and May 25, 2020 without saying which day the court goes live, ` +
        'so only the month is taken, as an expectation.',
    },
    otherAnnouncedDays: [
      {
        date: '2020-05-26',
        source: record.source,
        note: 'The day the page\'s steps change over: "on or BEFORE" it, then "AFTER" it.',
      },
    ],
  }),
  ndb: (record) => ({
    goLive: {
      precision: 'expected-month',
      month: '2020-06',
      stated: 'scheduled',
      source: record.source,
      note: `The court's page gives only an estimate (source kind "${record.sourceKind}"): ${quoted(record)} An estimate is not a schedule, so only the month is taken, as an expectation; the day is kept below.`,
    },
    otherAnnouncedDays: [
      { date: '2020-06-22', source: record.source, note: 'Estimated, not scheduled.' },
    ],
  }),
  prd: (record) => expectedMonth(record, '2021-11'),
  utd: (record) => ({
    goLive: {
      precision: 'day',
      date: '2020-02-03',
      stated: 'reported',
      source: record.source,
      note: `${kindText(record, 'written after the go-live')} An earlier notice gave February 1, 2020, a Saturday: the cut-over weekend.`,
    },
  }),
  wied: (record) => season(record, 'Spring 2019'),
  ilsb: (record) => season(record, 'Fall 2021'),
};

function outage(record: GoLiveRecord, date: string, what: string): GoLiveReading {
  return {
    goLive: {
      precision: 'day',
      date,
      stated: 'scheduled',
      source: record.source,
      note:
        `${kindText(record, 'written before the go-live')} As announced, ${what}; ${formatDay(date)}, the first day filers could use NextGen, is used. ` +
        SCHEDULED_CAVEAT,
    },
  };
}

function laterLive(record: GoLiveRecord, date: string): GoLiveReading {
  return {
    goLive: {
      precision: 'day',
      date,
      stated: 'scheduled',
      source: record.source,
      note: `${kindText(record, 'written before the go-live')} The same page later says the court is now live on NextGen, without restating the day.`,
    },
  };
}

function expectedMonth(record: GoLiveRecord, month: string): GoLiveReading {
  return {
    goLive: {
      precision: 'expected-month',
      month,
      stated: 'scheduled',
      source: record.source,
      note: `${kindText(record, 'written before the go-live')} Only a month the court expected is known, not the day it went live.`,
    },
  };
}

/**
 * A season ("Spring 2019") names no month, and a plan bounds nothing, so the go-live is
 * recorded as unknown with the season in the note, and a court note shows it to filers.
 */
function season(record: GoLiveRecord, when: string): GoLiveReading {
  return {
    goLive: {
      precision: 'unknown',
      stated: 'scheduled',
      source: record.source,
      note:
        `${kindText(record, 'written before the go-live, as a plan')} A season names no month and a plan is not proof, ` +
        "so the go-live is recorded as unknown; PACER's feed shows the court on NextGen by November 27, 2022 (liveBy).",
    },
    courtNote: {
      text: `The court planned to move to NextGen CM/ECF in ${when}; the day it went live is not known.`,
      audience: 'all',
      source: record.source,
    },
  };
}

/** The reading of one go-live row; throws when a row has neither a rule nor a reading. */
export function readGoLive(record: GoLiveRecord): GoLiveReading {
  const reading = READINGS[record.id];
  if (reading) return reading(record);
  const kind = STATED_BY_KIND[record.sourceKind];
  if (record.precision === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(record.goLiveAsStated) && kind) {
    const note = kindText(record, kind.written);
    return {
      goLive: {
        precision: 'day',
        date: record.goLiveAsStated,
        stated: kind.stated,
        source: record.source,
        note: kind.stated === 'scheduled' ? `${note} ${SCHEDULED_CAVEAT}` : note,
      },
    };
  }
  throw new Error(
    `nextgen-go-live.json row ${record.id} ("${record.goLiveAsStated}", ${record.precision}, ${record.sourceKind}) needs a reading in src/profile/go-live-readings.ts`,
  );
}
