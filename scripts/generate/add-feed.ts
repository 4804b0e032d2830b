/**
 * `npm run generate:courts -- --feed FILE`: a newer copy of PACER's court feed (as PACER serves
 * it, or already normalised) becomes sources/reference/pacer-feed-<day>.json, the copy the
 * generator reads from then on. It is normalised by the same code that reads a downloaded feed
 * (src/feed/raw-feed.ts), so the bundled data and `data update` read a copy alike.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { feedDay, feedSourceId, type Feed } from '../../src/feed/feed.js';
import { readFeedJson } from '../../src/feed/raw-feed.js';
import { loadRegistryFile } from '../../src/profile/load.js';
import { newestFeedFile } from './reference-data.js';

/** What adding a copy did. */
export interface AddedFeed {
  /** The copy's path under the root. */
  path: string;
  day: string;
  /** False when the same courts were already there (the file's provenance note is kept). */
  written: boolean;
}

const NOTES = {
  source: 'PACER Court CM/ECF Lookup feed',
  dropped:
    'flags, rss_url, vcis, and go_live_date (the feed go_live_date is the court ORIGINAL CM/ECF start, not its NextGen date: do not use it as a NextGen date)',
  normalised:
    'HTML entities decoded and HTML tags removed in text fields; locations given as an object keyed by index turned into a list, in index order; counties grouped by state. Nothing else changed: phone and hours text is as the feed gives it.',
};

/** The registry entry a maintainer adds for a new copy, as YAML. */
function registrySnippet(feed: Feed, day: string): string {
  return [
    `  - id: ${feedSourceId(day)}`,
    `    title: Court CM/ECF Lookup (data.json), the copy of <Month D, YYYY>`,
    '    publisher: PACER Service Center',
    `    date: ${day}`,
    '    url: https://pacer.uscourts.gov/file-case/court-cmecf-lookup/data.json',
    '    kind: data-feed',
    '    checked: <the day you took it>',
    `    note: The feed as last_updated "${feed.meta.feedLastUpdated}"; sources/reference/pacer-feed-${day}.json is this copy, normalised.`,
  ].join('\n');
}

/**
 * Adds the feed in `file` to sources/reference/ under `root`; throws, writing nothing, when it
 * is not a feed, is older than the newest copy there, or the registry has no entry to cite.
 */
export async function addFeedCopy(root: string, file: string): Promise<AddedFeed> {
  const bytes = await readFile(file);
  const { feed } = readFeedJson(JSON.parse(bytes.toString('utf8')));
  const day = feedDay(feed);
  const dir = join(root, 'sources', 'reference');
  const name = `pacer-feed-${day}.json`;
  const newest = newestFeedFile(await readdir(dir));
  if (name < newest)
    throw new Error(
      `${file} is the feed of ${day}, older than sources/reference/${newest}: the generator reads the newest copy, so it would change nothing`,
    );
  const registry = await loadRegistryFile(join(root, 'sources', 'registry.yaml'));
  const id = feedSourceId(day);
  if (!registry.ok || !registry.data.sources.some((entry) => entry.id === id))
    throw new Error(
      `sources/registry.yaml has no entry ${id} for this copy of the feed; add one (then run this again):\n${registrySnippet(feed, day)}`,
    );
  const path = `sources/reference/${name}`;
  const existing = await readFile(join(root, path), 'utf8').catch(() => undefined);
  if (existing !== undefined) {
    const courts = (JSON.parse(existing) as Feed).courts;
    if (JSON.stringify(courts) === JSON.stringify(feed.courts))
      return { path, day, written: false };
  }
  const copy: Feed = {
    meta: {
      source: NOTES.source,
      url: feed.meta.url,
      feedLastUpdated: feed.meta.feedLastUpdated,
      copiedFrom: `a copy given to npm run generate:courts -- --feed (sha256 ${createHash('sha256').update(bytes).digest('hex')})`,
      dropped: NOTES.dropped,
      normalised: NOTES.normalised,
    },
    courts: feed.courts,
  };
  await writeFile(join(root, path), `${JSON.stringify(copy, null, 1)}\n`);
  return { path, day, written: true };
}
