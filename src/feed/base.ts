/**
 * What the build records of the bundled copy of PACER's court feed (dist/data/feed-base.json),
 * for the `data` commands only: each court's identity from the court list (to read a newer copy
 * the way the generator read this one) and the facts it took from this copy (to tell what a
 * newer copy changes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import type { CourtIdentity } from './court-names.js';
import type { FeedFacts, FeedField } from './overlay.js';
import type { BundledFeed } from './store.js';

export const FEED_BASE = join(
  packageRoot(() => import.meta.url),
  'dist',
  'data',
  'feed-base.json',
);

/** One court in the base. */
export interface BaseCourt {
  identity: CourtIdentity;
  /** How sentences name the court, from its profile. */
  shortName: string;
  /** The facts the generator takes from the bundled copy. */
  facts: FeedFacts;
  /** The feed fields a person set in the court's curated file: a feed never changes those. */
  curatedFields: FeedField[];
}

export interface FeedBase {
  format: 1;
  feed: BundledFeed;
  courts: Record<string, BaseCourt>;
}

/** Reads the base; its absence means the package was not built, which is a bug. */
export function loadFeedBase(file = FEED_BASE): FeedBase {
  const base = JSON.parse(readFileSync(file, 'utf8')) as FeedBase;
  if (base.format !== 1) throw new Error(`${file}: unknown format; rebuild`);
  return base;
}
