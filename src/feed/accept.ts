/**
 * Whether a feed that came (downloaded, or from a file) may replace the data in force, and what
 * each court's facts are in it. A feed is refused, with one line saying why, when it is a web
 * page, not complete JSON, of another shape, over the size limit, missing many courts, or
 * older than the data in force. Nothing here writes: the caller stores only what passed.
 */
import { z } from 'zod';
import { UserError } from '../errors.js';
import { formatDay } from '../dates.js';
import { Contact, Link, ReportedRelease } from '../profile/schema.js';
import type { FeedBase } from './base.js';
import { countiesOf, courtFactsFromFeed, feedRecordsOf } from './court-facts.js';
import { readFeedTime, type FeedTime } from './feed-time.js';
import type { FeedFacts } from './overlay.js';
import { FeedShapeError, readFeedJson, type ReadFeed } from './raw-feed.js';
import { storedSourceId } from './store.js';

/** PACER's feed is about 1.6 MB; anything past this is not the feed. */
export const MAX_FEED_BYTES = 10 * 1024 * 1024;
/** PACER's feed nests five levels deep; anything far past this is not the feed. */
const MAX_FEED_DEPTH = 64;
/** How far a feed's last_updated may be ahead of this machine's clock (clocks drift). */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
/**
 * How many of the bundled courts a feed may lack and still be taken (their bundled facts stay
 * in force): a court can leave PACER's list, but a feed without many is a broken one.
 */
export const MAX_MISSING_COURTS = 10;

/** A feed that passed, with each court's facts read from it. */
export interface AcceptedFeed {
  read: ReadFeed;
  time: FeedTime;
  /** Facts of every bundled court the feed has, by court id. */
  facts: Map<string, FeedFacts>;
  /** Court id → state or territory → county names, for the district and bankruptcy courts. */
  counties: Record<string, Record<string, string[]>>;
  /** Bundled courts the feed lacks, or whose facts in it could not be read. */
  missing: string[];
  entries: number;
}

const reject = (message: string, details: readonly string[] = []) =>
  new UserError(message, {
    details,
    hint: 'The data in force was not changed.',
    outcome: 'feed-rejected',
  });

/**
 * Why a URL from the feed may not be shown to a filer, or undefined when it may: held to the
 * profiles' rules and more, since no person checked it. https only (a plain http page is
 * not taken from a feed), no user name or password part (`https://ecf.azd.uscourts.gov@evil.example`
 * reads as the court's and goes to evil.example), and a host in plain ASCII letters, digits,
 * dots and dashes, none of its labels punycode (a Cyrillic "а" looks like a Latin "a").
 */
export function feedUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'https:') return 'not https';
  if (url.username !== '' || url.password !== '') return 'a user name or password part';
  const host = url.hostname;
  if (!/^[a-z0-9.-]+$/.test(host) || host.split('.').some((label) => label.startsWith('xn--')))
    return 'a host that is not plain ASCII';
  if (!/^https:\/\/[a-z0-9.-]+(?::\d+)?(?:[/?#]|$)/i.test(text)) return 'a host written oddly';
  return undefined;
}

/** Every string in a value (the URLs among them are checked). */
function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* stringsIn(item);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) yield* stringsIn(item);
}

/**
 * The facts of one court, as the profiles hold them: checked before they can be used. A court
 * whose facts hold a URL the feed may not give keeps its bundled facts.
 */
const FeedFactsShape = z
  .strictObject({
    ecf: Link,
    website: Link.optional(),
    helpDesks: z.array(Contact),
    feedRelease: ReportedRelease.optional(),
  })
  .superRefine((facts, ctx) => {
    for (const text of stringsIn(facts))
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && feedUrlProblem(text) !== undefined)
        ctx.addIssue({ code: 'custom', message: 'a URL the feed may not give' });
  });

/** The feed text from its bytes: UTF-8, JSON, not a web page. */
function parseBytes(bytes: Buffer, contentType: string): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw reject('the feed is not UTF-8 text: not taken');
  }
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (/^text\/html\b/i.test(contentType) || start.startsWith('<'))
    throw reject('what came is a web page (HTML), not the feed: not taken', [
      'A server or proxy answered with a page (an error, a log-in, a block) instead of the data.',
    ]);
  if (start === '') throw reject('the feed is empty: not taken');
  let json: unknown;
  try {
    json = JSON.parse(start);
  } catch (error) {
    const cut = /end of (JSON )?input|Unterminated/i.test((error as Error).message);
    throw reject(
      cut
        ? 'the feed is cut short (not complete JSON): not taken'
        : 'the feed is not JSON: not taken',
    );
  }
  if (depthOf(json) > MAX_FEED_DEPTH)
    throw reject(
      `the feed nests more than ${MAX_FEED_DEPTH} levels deep, unlike PACER's feed: not taken`,
    );
  return json;
}

/**
 * How deep a parsed JSON value nests, walked without recursion (the checks and readers after
 * this recurse, and a feed nested 10,000 deep would overflow their stack), stopping past the
 * limit.
 */
function depthOf(json: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[json, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_FEED_DEPTH) break;
    for (const item of Object.values(value)) stack.push([item, depth + 1]);
  }
  return deepest;
}

/**
 * Refuses a feed older than the data in force (`last_updated` compared, time zone included):
 * it would put older facts in force.
 */
export function refuseOlderFeed(time: FeedTime, inForce: { instant: number; day: string }): void {
  if (time.instant < inForce.instant)
    throw new UserError(
      `this feed (of ${formatDay(time.day)}) is older than the data in force (PACER's court feed of ${formatDay(inForce.day)}): not taken`,
      {
        hint: 'The data in force was not changed; `nextgen-ready data status` shows it.',
        outcome: 'feed-rejected',
      },
    );
}

/**
 * Checks a feed against the bundled data and the data in force (`inForce`: the last_updated
 * instant and day of the feed in force) and this machine's clock (`now`: a feed dated in the
 * future is refused, or every real one after it would be "older"), and reads every court's
 * facts from it; throws a `feed-rejected` UserError naming what is wrong.
 */
export function acceptFeed(
  bytes: Buffer,
  contentType: string,
  base: FeedBase,
  inForce: { instant: number; day: string },
  now: Date,
): AcceptedFeed {
  if (bytes.length > MAX_FEED_BYTES)
    throw reject(`the feed is over ${MAX_FEED_BYTES / 1024 / 1024} MB: not taken`);
  let read: ReadFeed;
  try {
    read = readFeedJson(parseBytes(bytes, contentType));
  } catch (error) {
    if (error instanceof FeedShapeError) throw reject(`${error.message}: not taken`, error.details);
    throw error;
  }
  const time = readFeedTime(read.feed.meta.feedLastUpdated);
  if (!time) throw reject("the feed's last_updated is not a date it understands: not taken");
  if (time.instant > now.getTime() + CLOCK_SKEW_MS)
    throw reject(
      `the feed is dated ${formatDay(time.day)}, in the future (this machine's clock says ${formatDay(now.toISOString().slice(0, 10))}): not taken`,
      ['A feed from the future would make every real feed after it look older.'],
    );
  refuseOlderFeed(time, inForce);
  const cite = storedSourceId(time.day);
  const facts = new Map<string, FeedFacts>();
  const counties: AcceptedFeed['counties'] = {};
  const missing: string[] = [];
  for (const [id, court] of Object.entries(base.courts)) {
    const records = feedRecordsOf(id, read.feed);
    if (records.length === 0) {
      missing.push(id);
      continue;
    }
    const derived = FeedFactsShape.safeParse(
      courtFactsFromFeed(court.identity, records, time.day, cite).facts,
    );
    if (!derived.success) {
      missing.push(id);
      continue;
    }
    facts.set(id, derived.data);
    if (court.identity.type !== 'appellate') {
      const { counties: byState } = countiesOf(records[0]);
      if (Object.keys(byState).length > 0) counties[id] = byState;
    }
  }
  const total = Object.keys(base.courts).length;
  missing.sort();
  if (missing.length > MAX_MISSING_COURTS)
    throw reject(
      `the feed lacks ${missing.length} of the ${total} courts (${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ', ...' : ''}): not taken`,
      ['A feed missing this many courts is cut short or broken.'],
    );
  return {
    read,
    time,
    facts,
    counties,
    missing,
    entries: read.feed.courts.length,
  };
}
