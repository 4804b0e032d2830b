/**
 * The facts a court's profile takes from PACER's court feed: its CM/ECF link, its website, its
 * help desks, the CM/ECF release the feed reports and its counties. One function makes them for
 * the generator (from the bundled copy) and for a downloaded copy, so both read the feed alike;
 * only the copy they cite differs.
 */
import { contactsFromFeed } from './contacts.js';
import { districtOf, shortNameOf, TERRITORIAL, type CourtIdentity } from './court-names.js';
import type { Feed, FeedCourt } from './feed.js';
import type { FeedFacts } from './overlay.js';
import { jurisdictionNamed } from '../profile/jurisdictions.js';
import type { Contact, Link } from '../profile/schema.js';

/** The registry id of courts-db, the court list websites are checked against. */
export const COURTS_DB = 'courts-db';

/** A court's feed records: an appellate court's own record first, then its BAP's; none if absent. */
export function feedRecordsOf(courtId: string, feed: Feed): FeedCourt[] {
  return feed.courts
    .filter((record) => record.hostId === courtId)
    .sort((a, b) => Number(/BAP/.test(a.pacerCode)) - Number(/BAP/.test(b.pacerCode)));
}

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/** An http(s) address with no spaces that parses: a feed's text may be anything. */
function webAddress(text: string | null): string | undefined {
  if (!text || !/^https?:\/\/\S+$/.test(text) || !URL.canParse(text)) return undefined;
  return text;
}

/**
 * The court's website. courts-db's address is used where PACER's feed agrees on the host (or
 * gives only a CM/ECF host); where they disagree, or courts-db has none, the feed's page is
 * used; http becomes https on uscourts.gov hosts, with a note saying so.
 */
function websiteOf(
  court: CourtIdentity,
  feedUrl: string | null,
  label: string,
  cite: string,
): Link | undefined {
  const courtsDb = court.website;
  const feedAddress = webAddress(feedUrl);
  const feedPage = feedAddress && !hostOf(feedAddress).startsWith('ecf.') ? feedAddress : undefined;
  const territorial = TERRITORIAL[districtOf(court.id)];
  let url: string;
  let source: string | string[];
  const notes: string[] = [];
  if (courtsDb && (!feedPage || hostOf(courtsDb) === hostOf(feedPage))) {
    url = courtsDb;
    source = feedPage ? [COURTS_DB, cite] : COURTS_DB;
    if (
      court.type === 'bankruptcy' &&
      territorial &&
      hostOf(courtsDb) !== `${court.id}.uscourts.gov`
    )
      notes.push(
        `This is the ${territorial.court}'s site: that court also hears bankruptcy cases.`,
      );
  } else if (feedPage) {
    url = feedPage;
    source = cite;
    notes.push(
      courtsDb
        ? `courts-db gives ${courtsDb}, which is not this court's own site; PACER's feed gives this page, which is used.`
        : "courts-db gives no site of the court's own; PACER's feed gives this page, which is used.",
    );
  } else {
    return undefined;
  }
  if (url.startsWith('http://') && /\.uscourts\.gov$/.test(new URL(url).hostname)) {
    notes.push(
      `The source gives ${url}; the https form is used, as for every uscourts.gov site here (the reference data notes that these http addresses now redirect to https).`,
    );
    url = `https://${url.slice('http://'.length)}`;
  }
  url = url.replace(/^(https?:\/\/[^/]+)\/$/, '$1');
  const link: Link = { label, url, source };
  if (!url.startsWith('https://'))
    link.httpReason = 'The sources give only this http address, and it is not a uscourts.gov host.';
  if (notes.length > 0) link.note = notes.join(' ');
  return link;
}

/** A contact's keys in the order the profiles write them. */
function orderContact(contact: Contact): Contact {
  const keys: (keyof Contact)[] = [
    'label',
    'name',
    'division',
    'phone',
    'extension',
    'email',
    'hours',
    'url',
    'source',
    'note',
  ];
  const ordered: Record<string, unknown> = {};
  for (const key of keys) if (contact[key] !== undefined) ordered[key] = contact[key];
  return ordered as Contact;
}

/**
 * The feed's facts of one court from its records (feedRecordsOf, not empty), citing `cite`, the
 * registry id of the copy; `day` is the copy's day. `leftOut` says what was not clean enough
 * to take.
 */
export function courtFactsFromFeed(
  court: CourtIdentity,
  records: readonly FeedCourt[],
  day: string,
  cite: string,
): { facts: FeedFacts; leftOut: string[] } {
  const [record] = records;
  if (!record) throw new Error(`${court.id}: not in PACER's feed`);
  const shortName = shortNameOf(court);
  const { helpDesks, leftOut } = contactsFromFeed(records, cite);
  const website = websiteOf(court, record.webUrl, shortName, cite);
  const facts: FeedFacts = {
    ecf: { label: `${shortName} CM/ECF`, url: court.ecfUrl, source: cite },
    helpDesks: helpDesks.map(orderContact),
  };
  if (website) facts.website = website;
  if (record.softwareVersion)
    facts.feedRelease = { text: record.softwareVersion, asOf: day, source: cite };
  return { facts, leftOut };
}

/**
 * A court's counties as the feed groups them, by state or territory, each list sorted and
 * without repeats. The feed groups American Samoa (served by the District of Hawaii) under no
 * state: it is filed under American Samoa. A group that names no state or territory is
 * returned in `unknown` rather than guessed at.
 */
export function countiesOf(record: FeedCourt | undefined): {
  counties: Record<string, string[]>;
  unknown: string[];
} {
  const counties: Record<string, string[]> = {};
  const unknown: string[] = [];
  for (const [state, names] of Object.entries(record?.counties ?? {}).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const key =
      state === '(state not given)' && names.length === 1 && jurisdictionNamed(names[0] ?? '')
        ? (names[0] as string)
        : state;
    if (!jurisdictionNamed(key)) {
      unknown.push(state);
      continue;
    }
    counties[key] = [...new Set(names)].sort((a, b) => a.localeCompare(b));
  }
  return { counties, unknown };
}
