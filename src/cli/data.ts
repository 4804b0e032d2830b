/**
 * `nextgen-ready data`: keeping the court data current from PACER's court feed.
 *   update   fetch the feed (or read --from FILE), check it, store it whole in the cache
 *   status   what is in force: bundled or downloaded, the feed's day, when fetched, how many courts
 *   diff     what the stored feed changes against the bundled data, court by court
 *   reset    remove the stored feed: the bundled data is in force again
 * Its own bundle (dist/data.cjs): other commands only read the small status file (feed/store.ts).
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatDay } from '../dates.js';
import { UserError, errnoOf } from '../errors.js';
import {
  acceptFeed,
  CLOCK_SKEW_MS,
  MAX_FEED_BYTES,
  refuseOlderFeed,
  type AcceptedFeed,
} from '../feed/accept.js';
import { loadFeedBase, type FeedBase } from '../feed/base.js';
import { diffFeed, FIELD_NAMES, type FeedDiff } from '../feed/diff.js';
import { downloadFeed, tooLarge } from '../feed/download.js';
import { FEED_URL } from '../feed/feed-url.js';
import {
  cacheDir,
  factsDigest,
  FEED_DIR,
  findFeedInForce,
  readStatus,
  STATUS_FILE,
  STATUS_FORMAT,
  type FactsHeader,
  type FeedInForce,
  type StoredStatus,
} from '../feed/store.js';
import { fileError } from '../io/file-errors.js';
import { removeOnInterrupt } from '../io/interrupts.js';
import { PackedJsonWriter } from '../io/packed-json.js';
import { readUserBytes } from '../io/read-file.js';
import { writeFileAtomic } from '../io/write-file.js';
import { toSafeLine } from '../safe-text.js';
import { loadCounties } from '../profile/counties.js';
import { describeFeed, REFRESH_COMMAND } from './data-age.js';
import type { Outcome } from './exit-codes.js';
import type { Io } from './io.js';
import { readVersion } from './version.js';

export interface DataUpdateOptions {
  from?: string;
  url?: string;
  /** Seconds, as typed. */
  timeout?: string;
}

/** How long `data update` waits for the whole feed by default. */
const DEFAULT_TIMEOUT_SECONDS = 60;

function readTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_SECONDS * 1000;
  const seconds = Number(value);
  // Not quoted back: a value typed in the wrong place may be anything, a password too.
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600)
    throw new UserError('--timeout: this value is not a number of seconds from 1 to 3600', {
      hint: `Give seconds from 1 to 3600, e.g. --timeout 120 (default ${DEFAULT_TIMEOUT_SECONDS}).`,
    });
  return seconds * 1000;
}

/**
 * The feed's bytes from --from FILE (or a pipe, /dev/stdin), within the size limit, checked
 * while reading: /dev/zero or an endless pipe is refused at 10 MB, not read.
 */
function readFeedFile(file: string): Promise<Buffer> {
  return readUserBytes(file, 'feed file', MAX_FEED_BYTES, {
    tooLarge: () => tooLarge(MAX_FEED_BYTES),
  });
}

/**
 * Where the stored feed lives, created if need be, or one clear line on why it cannot be. A
 * court-feed/ that is a symbolic link (or not a directory) is refused: an update removes old
 * copies there, and must never remove files somewhere else.
 */
async function ensureFeedDir(dir: string): Promise<string> {
  const feedDir = join(dir, FEED_DIR);
  try {
    await mkdir(feedDir, { recursive: true });
  } catch (error) {
    const code = errnoOf(error) ?? 'error';
    throw new UserError(`cannot create the cache directory ${feedDir} (${code})`, {
      hint: 'Set NEXTGEN_READY_CACHE_DIR to a directory you may write to; nothing was changed.',
    });
  }
  const info = await lstat(feedDir);
  if (!info.isDirectory())
    throw new UserError(
      `${feedDir} is ${info.isSymbolicLink() ? 'a symbolic link' : 'not a directory'}, not the cache's own directory: nothing was stored`,
      {
        hint: 'Remove it (`nextgen-ready data reset`), or set NEXTGEN_READY_CACHE_DIR to another directory.',
      },
    );
  return feedDir;
}

/** The facts file's text: a header line of where each court lies, then each court's JSON. */
function factsText(accepted: AcceptedFeed): string {
  const packed = new PackedJsonWriter();
  const place = (value: unknown) => packed.place(value);
  const courts: FactsHeader['courts'] = {};
  for (const id of [...accepted.facts.keys()].sort()) courts[id] = place(accepted.facts.get(id));
  const header: FactsHeader = { format: 1, courts, counties: place(accepted.counties) };
  return packed.textWith(header);
}

/** Copies younger than this are left alone: another update (a cron job) may be writing them. */
const KEEP_RECENT_MS = 10 * 60 * 1000;

/** The names an update gives the files it writes in court-feed/ (and their temporary files). */
const OWN_NAME = /^(?:\d{4}-\d{2}-\d{2}-[0-9a-f]{12}\.(?:json|facts)|\..+\.[0-9a-f]{12}\.tmp)$/;

/**
 * Removes the copies in court-feed/ that the status does not name: the one it replaced, and any
 * left by an interrupted update. A copy written in the last minutes may belong to an update
 * running at the same time, whose status comes next; it is removed by a later update. Only
 * files of the names an update writes are removed: anything else there is left alone.
 */
async function removeOthers(feedDir: string, keep: readonly string[], now: Date): Promise<void> {
  for (const name of await readdir(feedDir).catch(() => [] as string[])) {
    if (keep.includes(name) || !OWN_NAME.test(name)) continue;
    const path = join(feedDir, name);
    const info = await lstat(path).catch(() => undefined);
    if (!info?.isFile() || now.getTime() - info.mtimeMs < KEEP_RECENT_MS) continue;
    await rm(path, { force: true }).catch(() => undefined);
  }
}

/** The lock an update holds while it stores a feed, in the cache directory. */
const LOCK_FILE = 'court-feed.lock';
/** An update holds it for a moment; one older than this was left by a run that was killed. */
const STALE_LOCK_MS = 60_000;
/** How long an update waits for another to finish storing. */
const LOCK_WAIT_MS = 30_000;

/**
 * Takes the cache's lock, waiting while another update stores its feed, so that two updates at
 * once are one after the other: the second then compares its feed with the first's, and the
 * older never ends in force. Returns the function that releases it.
 */
async function lockStore(dir: string): Promise<() => Promise<void>> {
  const file = join(dir, LOCK_FILE);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      await writeFile(file, `${process.pid}\n`, { flag: 'wx' });
      const forget = removeOnInterrupt(file);
      return async () => {
        forget();
        await rm(file, { force: true });
      };
    } catch (error) {
      if (errnoOf(error) !== 'EEXIST') throw fileError(error, file, 'lock file', 'write');
    }
    const info = await lstat(file).catch(() => undefined);
    if (info?.isFile() && Date.now() - info.mtimeMs > STALE_LOCK_MS) {
      await rm(file, { force: true }).catch((error: unknown) => {
        throw fileError(error, file, 'lock file', 'write');
      });
      continue;
    }
    if (Date.now() > deadline)
      throw new UserError(`another \`data update\` is storing a feed in ${dir} (${LOCK_FILE})`, {
        outcome: 'busy',
        hint: 'Try again in a moment; a lock left by a run that was killed clears itself after a minute.',
      });
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * Where a feed came from, as stored and shown: a file's path, or the address without a user
 * name, password, query or fragment (a mirror's `?token=...` must not be kept or printed).
 */
function sourceOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}${parsed.search || parsed.hash ? '?…' : ''}`;
}

/**
 * The data in force, for comparing a new feed with: the stored copy, else the bundled one. A
 * stored copy dated in the future (stored by a version that took one) is no measure: every
 * real feed would be "older" than it.
 */
function inForceOf(feed: FeedInForce, now: Date): { instant: number; day: string } {
  const stored = feed.stored?.status;
  return stored && stored.instant <= now.getTime() + CLOCK_SKEW_MS
    ? { instant: stored.instant, day: stored.day }
    : { instant: feed.bundled.instant, day: feed.bundled.day };
}

/** `data update`: fetches (or reads) the feed, checks it, and stores it whole. */
export async function dataUpdate(options: DataUpdateOptions, io: Io): Promise<Outcome> {
  if (options.from !== undefined && options.url !== undefined)
    throw new UserError('--from and --url cannot be used together', {
      hint: 'Give --from FILE for a copy on disk, or --url URL for another address.',
    });
  const timeoutMs = readTimeout(options.timeout);
  const base = loadFeedBase();
  const current = findFeedInForce(io.env, base.feed);
  let bytes: Buffer;
  let contentType = '';
  let from: string;
  if (options.from !== undefined) {
    from = resolve(io.cwd, options.from);
    bytes = await readFeedFile(from);
  } else {
    const downloaded = await downloadFeed(options.url ?? FEED_URL, {
      env: io.env,
      timeoutMs,
      maxBytes: MAX_FEED_BYTES,
      userAgent: `nextgen-ready/${readVersion()}`,
    });
    ({ bytes, contentType } = downloaded);
    from = sourceOf(downloaded.url);
  }
  const accepted = acceptFeed(bytes, contentType, base, inForceOf(current, io.now()), io.now());
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const dir = cacheDir(io.env);
  const feedDir = await ensureFeedDir(dir);
  const unlock = await lockStore(dir);
  try {
    // Another update may have stored a feed since this one began: compared again, under the lock.
    const now = findFeedInForce(io.env, base.feed);
    if (now.stored?.status.sha256 === sha256) {
      io.stdout.write(
        `${describeFeed(accepted.time.day)} is already stored and in force; nothing changed.\n`,
      );
      return 'ok';
    }
    refuseOlderFeed(accepted.time, inForceOf(now, io.now()));
    await storeFeed(accepted, { bytes, sha256, from, dir, feedDir, base }, io);
  } finally {
    await unlock();
  }
  return 'ok';
}

/** Stores an accepted feed whole (the status last) and says what it changes. */
async function storeFeed(
  accepted: AcceptedFeed,
  feed: {
    bytes: Buffer;
    sha256: string;
    from: string;
    dir: string;
    feedDir: string;
    base: FeedBase;
  },
  io: Io,
): Promise<void> {
  const { bytes, sha256, from, dir, feedDir, base } = feed;
  const day = accepted.time.day;
  const stem = `${day}-${sha256.slice(0, 12)}`;
  const status: StoredStatus = {
    format: STATUS_FORMAT,
    lastUpdated: accepted.read.feed.meta.feedLastUpdated,
    day,
    instant: accepted.time.instant,
    fetched: io.now().toISOString(),
    from,
    sha256,
    bytes: bytes.length,
    entries: accepted.entries,
    courts: accepted.facts.size,
    missing: accepted.missing,
    feedFile: `${stem}.json`,
    factsFile: `${stem}.facts`,
    factsSha256: '',
    tool: readVersion(),
  };
  const facts = factsText(accepted);
  status.factsSha256 = factsDigest(facts);
  // The feed and its facts first, each whole; the status last, so it never names a half copy.
  await writeFileAtomic(join(feedDir, status.feedFile), bytes.toString('utf8'));
  await writeFileAtomic(join(feedDir, status.factsFile), facts);
  await writeFileAtomic(join(dir, STATUS_FILE), `${JSON.stringify(status, null, 2)}\n`);
  await removeOthers(feedDir, [status.feedFile, status.factsFile], io.now());

  const total = Object.keys(base.courts).length;
  const lines = [
    `Stored ${describeFeed(day)} (last updated ${status.lastUpdated}): ${status.courts} of ${total} courts, from ${from}.`,
    `It is in force from now on; \`nextgen-ready data diff\` shows what it changes against the bundled data.`,
  ];
  if (accepted.time.instant === base.feed.instant)
    lines.push('It is the same day as the bundled copy.');
  if (status.missing.length > 0)
    lines.push(
      `${status.missing.length} court${status.missing.length === 1 ? ' is' : 's are'} not in it (${status.missing.join(', ')}): the bundled facts stay in force there.`,
    );
  if (accepted.read.newFields.length > 0)
    lines.push(
      `The feed has fields this version does not read, left aside: ${accepted.read.newFields.join(', ')}.`,
    );
  io.stdout.write(`${lines.map((line) => toSafeLine(line)).join('\n')}\n`);
}

/** What `data status --format json` prints. */
export interface DataStatus {
  schemaVersion: 1;
  inForce: 'bundled' | 'downloaded';
  /** The feed in force. */
  feed: { day: string; lastUpdated: string };
  /** How many of the bundled courts take their feed facts from it. */
  courts: number;
  bundled: { day: string; lastUpdated: string; courts: number };
  downloaded?: {
    day: string;
    lastUpdated: string;
    fetched: string;
    from: string;
    courts: number;
    entries: number;
    missing: string[];
    storedBy: string;
  };
  /** A stored copy that is not used, and why. */
  unused?: string;
  cacheDir: string;
  /** Days between the feed in force and today. */
  ageDays: number;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `data status`: which court data is in force. */
export function dataStatus(options: { format?: 'text' | 'json' }, io: Io): Outcome {
  const base = loadFeedBase();
  const feed = findFeedInForce(io.env, base.feed);
  const total = Object.keys(base.courts).length;
  const stored = feed.stored?.status;
  const today = io.now().toISOString().slice(0, 10);
  const result: DataStatus = {
    schemaVersion: 1,
    inForce: stored ? 'downloaded' : 'bundled',
    feed: stored
      ? { day: stored.day, lastUpdated: stored.lastUpdated }
      : { day: base.feed.day, lastUpdated: base.feed.lastUpdated },
    courts: stored ? stored.courts : total,
    bundled: { day: base.feed.day, lastUpdated: base.feed.lastUpdated, courts: total },
    cacheDir: cacheDir(io.env),
    ageDays: daysBetween(feed.day, today),
  };
  if (stored)
    result.downloaded = {
      day: stored.day,
      lastUpdated: stored.lastUpdated,
      fetched: stored.fetched,
      from: stored.from,
      courts: stored.courts,
      entries: stored.entries,
      missing: stored.missing,
      storedBy: stored.tool,
    };
  if (feed.unused) result.unused = feed.unused;
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 'ok';
  }
  const lines: string[] = [];
  if (stored) {
    lines.push(
      `In force: a downloaded copy of PACER's court feed, of ${formatDay(stored.day)}.`,
      `  last updated   ${stored.lastUpdated}`,
      `  fetched        ${stored.fetched.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}`,
      `  from           ${stored.from}`,
      `  courts         ${stored.courts} of ${total} (${stored.entries} entries in the feed)`,
    );
    if (stored.missing.length > 0)
      lines.push(`  not in it      ${stored.missing.join(', ')} (bundled facts used)`);
    lines.push(
      `  stored in      ${result.cacheDir}`,
      `Bundled: ${describeFeed(base.feed.day)}. \`nextgen-ready data diff\` lists the differences; \`nextgen-ready data reset\` returns to the bundled data.`,
    );
  } else {
    lines.push(
      `In force: the bundled data, ${describeFeed(base.feed.day)} (last updated ${base.feed.lastUpdated}), ${total} courts.`,
    );
    if (feed.unused) lines.push(`Not used: ${feed.unused}.`);
    else lines.push(`No downloaded feed is stored (cache: ${result.cacheDir}).`);
  }
  lines.push(
    result.ageDays > 365
      ? `The data is ${result.ageDays} days old: run \`${REFRESH_COMMAND}\` to refresh it.`
      : `The data is ${result.ageDays} day${result.ageDays === 1 ? '' : 's'} old.`,
  );
  io.stdout.write(`${lines.map((line) => toSafeLine(line)).join('\n')}\n`);
  return 'ok';
}

/** What `data diff --format json` prints. */
export interface DataDiff extends FeedDiff {
  schemaVersion: 1;
  bundled: { day: string; lastUpdated: string };
  downloaded: { day: string; lastUpdated: string; fetched: string; from: string } | null;
}

/** `data diff`: what the stored feed changes against the bundled data, court by court. */
export async function dataDiff(options: { format?: 'text' | 'json' }, io: Io): Promise<Outcome> {
  const base = loadFeedBase();
  const feed = findFeedInForce(io.env, base.feed);
  const stored = feed.stored;
  const bundled = { day: base.feed.day, lastUpdated: base.feed.lastUpdated };
  if (!stored) {
    const empty: DataDiff = {
      schemaVersion: 1,
      bundled,
      downloaded: null,
      courts: [],
      totals: {
        courts: Object.keys(base.courts).length,
        changed: 0,
        kept: 0,
        notInFeed: 0,
        unchanged: Object.keys(base.courts).length,
      },
    };
    if (options.format === 'json') io.stdout.write(`${JSON.stringify(empty, null, 2)}\n`);
    else
      io.stdout.write(
        `No downloaded feed is ${feed.unused ? 'in force' : 'stored'}: the bundled data (${describeFeed(base.feed.day)}) is in force, so nothing differs.${feed.unused ? `\nNot used: ${feed.unused}.` : ''}\nRun \`${REFRESH_COMMAND}\` to fetch the current feed.\n`,
      );
    return 'ok';
  }
  const diff = diffFeed(
    base,
    (await loadCounties()).courts,
    (id) => stored.factsOf(id),
    stored.counties(),
  );
  const { status } = stored;
  const result: DataDiff = {
    schemaVersion: 1,
    bundled,
    downloaded: {
      day: status.day,
      lastUpdated: status.lastUpdated,
      fetched: status.fetched,
      from: status.from,
    },
    ...diff,
  };
  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 'ok';
  }
  io.stdout.write(renderDiff(result, base));
  return 'ok';
}

/** The diff as text, court by court. */
function renderDiff(diff: DataDiff, base: FeedBase): string {
  const lines = [
    `What ${diff.downloaded ? describeFeed(diff.downloaded.day, diff.downloaded) : 'the downloaded feed'} changes against the bundled data (${describeFeed(base.feed.day)}):`,
    '',
  ];
  for (const court of diff.courts) {
    const heading = `${court.id}  ${court.name}`;
    if (court.status === 'not-in-feed') {
      lines.push(`${heading}: not in the downloaded feed; its bundled facts stay in force`);
      continue;
    }
    lines.push(
      court.status === 'kept'
        ? `${heading}: curated by hand, so kept as it is; check courts/${court.id}.yaml against these changes`
        : heading,
    );
    for (const change of court.changes) {
      lines.push(`  ${FIELD_NAMES[change.field]}`);
      for (const line of change.removed) lines.push(`    - ${line}`);
      for (const line of change.added) lines.push(`    + ${line}`);
    }
  }
  const { totals } = diff;
  if (diff.courts.length === 0) lines.push('No court differs.');
  else lines.push('');
  lines.push(
    `${totals.changed} court${totals.changed === 1 ? '' : 's'} changed, ${totals.kept} kept as curated by hand, ${totals.notInFeed} not in the feed, ${totals.unchanged} unchanged (of ${totals.courts}).`,
  );
  return `${lines.map((line) => toSafeLine(line)).join('\n')}\n`;
}

/** `data reset`: removes the stored feed, so the bundled data is in force again. */
export async function dataReset(io: Io): Promise<Outcome> {
  const dir = cacheDir(io.env);
  const read = readStatus(dir);
  const base = loadFeedBase();
  // The status goes first: from then on no command uses the copy, even if removing the rest fails.
  try {
    await rm(join(dir, STATUS_FILE), { force: true });
    await rm(join(dir, FEED_DIR), { recursive: true, force: true });
  } catch (error) {
    const code = errnoOf(error) ?? 'error';
    throw new UserError(`cannot remove the downloaded feed in ${dir} (${code})`, {
      hint: 'Check that you may write there.',
    });
  }
  const what =
    read.kind === 'stored'
      ? `Removed the downloaded ${describeFeed(read.status.day)}.`
      : read.kind === 'damaged'
        ? `Removed a damaged downloaded feed (${read.problem}).`
        : 'No downloaded feed was stored.';
  io.stdout.write(`${what} The bundled data (${describeFeed(base.feed.day)}) is in force.\n`);
  return 'ok';
}
