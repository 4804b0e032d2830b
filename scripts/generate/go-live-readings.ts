/**
 * How a row of the NextGen go-live table (sources/reference/nextgen-go-live.json) becomes the
 * generated `nextGen.goLive`: a row that states one day, from a source whose kind says plainly
 * whether it was written before or after, is read by rule. Every other row is read by a person,
 * in the court's curated file (courts/<id>.yaml), quoting the page; a row with neither stops the
 * generator, so new reference data cannot slip in unread.
 */
import type { GoLiveRecord } from './reference-data.js';
import type { GoLive } from '../../src/profile/schema.js';

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

/**
 * The go-live of one row, where a rule can read it: one day, from a source whose kind says
 * plainly whether it was written before or after. Any other row needs a person's reading in the
 * court's curated file (undefined here).
 */
export function readGoLive(record: GoLiveRecord): GoLive | undefined {
  const kind = STATED_BY_KIND[record.sourceKind];
  if (record.precision === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(record.goLiveAsStated) && kind) {
    const note = kindText(record, kind.written);
    return {
      precision: 'day',
      date: record.goLiveAsStated,
      stated: kind.stated,
      source: record.source,
      note: kind.stated === 'scheduled' ? `${note} ${SCHEDULED_CAVEAT}` : note,
    };
  }
  return undefined;
}
