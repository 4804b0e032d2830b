/**
 * PACER's Court CM/ECF Lookup feed, normalised: the shape of
 * sources/reference/pacer-feed-<day>.json, which the bundled profiles are generated from, and of
 * what raw-feed.ts makes of the feed as PACER serves it. One shape for both, so a downloaded
 * feed is read exactly as the generator reads the bundled copy.
 */
import { z } from 'zod';
import { readFeedTime } from './feed-time.js';

export { FEED_URL } from './feed-url.js';

export const FeedHelpDesk = z.strictObject({
  courtId: z.string(),
  phone: z.string().optional(),
  phoneExt: z.string().optional(),
  division: z.string().optional(),
});
export type FeedHelpDesk = z.infer<typeof FeedHelpDesk>;

export const FeedLocation = z.strictObject({
  name: z.string(),
  address: z.string().optional(),
  email: z.string().optional(),
  hours: z.string().optional(),
  phone: z.string().optional(),
});
export type FeedLocation = z.infer<typeof FeedLocation>;

export const FeedCourt = z.strictObject({
  pacerCode: z.string(),
  hostId: z.string().nullable(),
  title: z.string(),
  courtName: z.string().nullable(),
  type: z.string(),
  circuit: z.string().nullable(),
  softwareVersion: z.string().nullable(),
  loginUrl: z.string().nullable(),
  webUrl: z.string().nullable(),
  helpDesk: z.array(FeedHelpDesk),
  locations: z.array(FeedLocation),
  pdfSizeMB: z.string().nullable(),
  mergeDocSizeMB: z.string().nullable(),
  counties: z.record(z.string(), z.array(z.string())),
});
export type FeedCourt = z.infer<typeof FeedCourt>;

export const Feed = z.strictObject({
  meta: z.looseObject({ url: z.string(), feedLastUpdated: z.string() }),
  courts: z.array(FeedCourt),
});
export type Feed = z.infer<typeof Feed>;

/** The feed's `last_updated` as a day, e.g. "Tue, 10 Jan 2023 06:10:05 -0500" → 2023-01-10. */
export function feedDay(feed: Feed): string {
  const time = readFeedTime(feed.meta.feedLastUpdated);
  if (!time) throw new Error(`feed last-updated date not understood: ${feed.meta.feedLastUpdated}`);
  return time.day;
}

export { readFeedTime, feedSourceId, type FeedTime } from './feed-time.js';
