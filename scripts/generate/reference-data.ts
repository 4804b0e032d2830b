/**
 * The reference data the court profiles are generated from (sources/reference/, see its
 * README): the court list, PACER's court feed and the NextGen go-live table. The shapes are
 * checked when read, so a changed file fails loudly instead of generating wrong facts.
 */
import { z } from 'zod';
import { COURTS_DB } from '../../src/feed/court-facts.js';
import { Feed, feedDay, feedSourceId } from '../../src/feed/feed.js';
import type { SourceRegistry } from '../../src/profile/schema.js';

/**
 * Where each reference fact is cited from: entries of the source registry
 * (sources/registry.yaml), which give each copy's public address and day. The copy of PACER's
 * feed the facts are read from is cited as `ReferenceData.feedId`.
 */
export const CITE = {
  /** The first copy of the feed: every court was on NextGen by then. */
  feedLiveBy: 'pacer-feed-2022-11-27',
  courtsDb: COURTS_DB,
} as const;

export const FederalCourt = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+$/),
  name: z.string().min(1),
  type: z.enum(['district', 'bankruptcy', 'appellate']),
  jurisdiction: z.string().min(1).nullable(),
  ecfUrl: z.string().regex(/^https:\/\/ecf\.[a-z0-9]+\.uscourts\.gov$/),
  website: z.string().min(1).nullable(),
});
export type FederalCourt = z.infer<typeof FederalCourt>;

export const GoLiveRecord = z.strictObject({
  id: z.string(),
  court: z.string(),
  type: z.string(),
  goLiveAsStated: z.string(),
  precision: z.string(),
  sourceKind: z.string(),
  source: z.string().regex(/^https?:\/\/\S+$/),
  quote: z.string().min(1),
  note: z.string().optional(),
});
export type GoLiveRecord = z.infer<typeof GoLiveRecord>;

const GoLiveTable = z.strictObject({
  meta: z.looseObject({}),
  courts: z.array(GoLiveRecord),
});

export interface ReferenceData {
  courts: FederalCourt[];
  feed: Feed;
  /** The feed copy's file name in sources/reference/, e.g. pacer-feed-2023-01-10.json. */
  feedFile: string;
  /** The registry id the feed's facts cite: pacer-feed-<its last_updated day>. */
  feedId: string;
  goLive: GoLiveRecord[];
  /** The source registry's ids by page address, to cite the pages the go-live table names. */
  registry: ReadonlyMap<string, string>;
  /** The courts whose curated file reads the go-live itself (courts/<id>.yaml, nextGen.goLive). */
  curatedGoLive: ReadonlySet<string>;
}

/** A page address as the registry is looked up by: https, no "www.", no trailing slash. */
export function registryKey(url: string): string {
  return url
    .replace(/^http:/, 'https:')
    .replace(/^https:\/\/www\./, 'https://')
    .replace(/\/$/, '')
    .toLowerCase();
}

/** The registry's ids by page address (data feeds are cited by id, never looked up). */
export function registryByUrl(registry: SourceRegistry): Map<string, string> {
  const byUrl = new Map<string, string>();
  for (const entry of registry.sources)
    if (entry.url !== undefined && entry.kind !== 'data-feed')
      byUrl.set(registryKey(entry.url), entry.id);
  return byUrl;
}

/**
 * The file names in sources/reference/, as the generator reads them. Of PACER's feed it reads
 * the newest normalised copy, `pacer-feed-<day>.json` (see newestFeedFile).
 */
export const REFERENCE_FILES = {
  courts: 'federal-courts.json',
  goLive: 'nextgen-go-live.json',
} as const;

/** A normalised copy of the feed in sources/reference/: pacer-feed-2023-01-10.json. */
export const FEED_FILE = /^pacer-feed-(\d{4}-\d{2}-\d{2})\.json$/;

/** The newest normalised feed copy among these file names. */
export function newestFeedFile(names: readonly string[]): string {
  const copies = names.filter((name) => FEED_FILE.test(name)).sort();
  const newest = copies.at(-1);
  if (newest === undefined) throw new Error('sources/reference/ holds no pacer-feed-<day>.json');
  return newest;
}

/** Parses the reference files' texts; throws naming the file when one has changed shape. */
export function parseReferenceData(
  texts: Record<keyof typeof REFERENCE_FILES | 'feed', string>,
  feedFile: string,
  registry: SourceRegistry,
  curatedGoLive: ReadonlySet<string> = new Set(),
): ReferenceData {
  const names = { ...REFERENCE_FILES, feed: feedFile };
  const parse = <T>(schema: z.ZodType<T>, key: keyof typeof names): T => {
    const result = schema.safeParse(JSON.parse(texts[key]));
    if (!result.success) throw new Error(`${names[key]}: ${z.prettifyError(result.error)}`);
    return result.data;
  };
  const feed = parse(Feed, 'feed');
  const feedId = feedSourceId(feedDay(feed));
  if (!registry.sources.some((entry) => entry.id === feedId))
    throw new Error(
      `${feedFile}: its facts would cite ${feedId}, which sources/registry.yaml lacks; add an entry for that copy of the feed (see the README, "Refreshing the bundled data")`,
    );
  return {
    courts: parse(z.array(FederalCourt), 'courts'),
    feed,
    feedFile,
    feedId,
    goLive: parse(GoLiveTable, 'goLive').courts,
    registry: registryByUrl(registry),
    curatedGoLive,
  };
}
