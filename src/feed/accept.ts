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

/** The facts of one court, as the profiles hold them: checked before they can be used. */
const FeedFactsShape = z.strictObject({
  ecf: Link,
  website: Link.optional(),
  helpDesks: z.array(Contact),
  feedRelease: ReportedRelease.optional(),
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
  try {
    return JSON.parse(start);
  } catch (error) {
    const cut = /end of (JSON )?input|Unterminated/i.test((error as Error).message);
    throw reject(
      cut
        ? 'the feed is cut short (not complete JSON): not taken'
        : 'the feed is not JSON: not taken',
    );
  }
}

/**
 * Checks a feed against the bundled data and the data in force (`inForce`: the last_updated
 * instant and day of the feed in force), and reads every court's facts from it; throws a
 * `feed-rejected` UserError naming what is wrong.
 */
export function acceptFeed(
  bytes: Buffer,
  contentType: string,
  base: FeedBase,
  inForce: { instant: number; day: string },
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
  if (time.instant < inForce.instant)
    throw new UserError(
      `this feed (of ${formatDay(time.day)}) is older than the data in force (PACER's court feed of ${formatDay(inForce.day)}): not taken`,
      {
        hint: 'The data in force was not changed; `nextgen-ready data status` shows it.',
        outcome: 'feed-rejected',
      },
    );
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
