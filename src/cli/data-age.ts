/**
 * How old the court data in force is, as `--version` and the commands say it. Light on purpose:
 * `--version` loads it, so it reads at most the small status file of a stored feed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { addDays, ageInWords, formatDay, localIsoDate } from '../dates.js';
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
import { forStderr } from './terminal-text.js';

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

/** The file in the cache directory that holds the day the data's age was last told. */
export const AGE_NOTE_STAMP = 'data-age-noted';

/**
 * Says on stderr, at most once a day for the user (a stamp in the cache directory), when the
 * data in force is more than a year old, how old, with the command that refreshes it; and,
 * each time, when a stored feed cannot be used. Only in a terminal: a cron job or a script
 * reading stderr is not nagged (`data status` tells them), and stdout is never touched.
 */
export function warnAboutData(feed: FeedInForce, io: Io): void {
  if (!io.stderr.isTTY) return;
  if (feed.unused)
    io.stderr.write(forStderr(io, `Note: ${feed.unused}; the bundled court data is used.`));
  const today = localIsoDate(io.now());
  if (addDays(feed.day, 365) >= today) return;
  const stamp = join(cacheDir(io.env), AGE_NOTE_STAMP);
  if (readStamp(stamp) === today) return;
  io.stderr.write(
    forStderr(
      io,
      `Note: the court data in force is ${describeFeed(feed.day, feed.stored?.status)}, ${ageInWords(feed.day, today)} old. Run \`${REFRESH_COMMAND}\` to refresh it (this note comes at most once a day).`,
    ),
  );
  writeStamp(stamp, today);
}

function readStamp(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** Best effort: where the cache cannot be written, the note comes again next time. */
function writeStamp(file: string, day: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${day}\n`);
  } catch {
    // A read-only home, a full disk: not worth a word.
  }
}
