/**
 * How old the court data in force is, as `--version` and the commands say it. Light on purpose:
 * `--version` loads it, so it reads at most the small status file of a stored feed.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, formatDay, localIsoDate } from '../dates.js';
import {
  cacheDir,
  FEED_DIR,
  readStatus,
  storedStatusInForce,
  type BundledFeed,
  type FeedInForce,
  type StoredStatus,
} from '../feed/store.js';
import type { Io } from './io.js';

/** The command that refreshes the data, as the messages name it. */
export const REFRESH_COMMAND = 'nextgen-ready data update';

/** "PACER's court feed of November 20, 2026 (downloaded November 23, 2026)". */
export function describeFeed(day: string, stored?: Pick<StoredStatus, 'fetched'>): string {
  const fetched = stored ? ` (downloaded ${formatDay(stored.fetched.slice(0, 10))})` : '';
  return `PACER's court feed of ${formatDay(day)}${fetched}`;
}

/** The feed part of `--version`: the stored copy when one is in force, else the bundled one. */
export function describeFeedForVersion(env: Io['env'], bundled: BundledFeed): string {
  const read = readStatus(cacheDir(env));
  const status = storedStatusInForce(read, bundled, {});
  if (status && existsSync(join(read.dir, FEED_DIR, status.factsFile)))
    return describeFeed(status.day, status);
  return describeFeed(bundled.day);
}

/**
 * Says once, on stderr, when the data in force is more than a year old, with the command that
 * refreshes it; and when a stored feed cannot be used. Only in a terminal: a cron job or a
 * script reading stderr is not nagged (`data status` tells them), and stdout is never touched.
 */
export function warnAboutData(feed: FeedInForce, io: Io): void {
  if (!io.stderr.isTTY) return;
  if (feed.unused) io.stderr.write(`Note: ${feed.unused}; the bundled court data is used.\n`);
  const today = localIsoDate(io.now());
  if (addDays(feed.day, 365) < today)
    io.stderr.write(
      `Note: the court data in force is ${describeFeed(feed.day, feed.stored?.status)}, more than a year old. Run \`${REFRESH_COMMAND}\` to refresh it.\n`,
    );
}
