/**
 * `nextgen-ready data`: keeping the court data current from PACER's court feed.
 *   update   fetch the feed (or read --from FILE), check it, store it whole in the cache
 *   status   what is in force: bundled or downloaded, the feed's day, when fetched, how many courts
 *   diff     what the stored feed changes against the bundled data, court by court
 *   reset    remove the stored feed: the bundled data is in force again
 * Its own bundle (dist/data.cjs): other commands only read the small status file (feed/store.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { formatDay } from '../dates.js';
import { UserError, errnoOf } from '../errors.js';
import { acceptFeed, MAX_FEED_BYTES, type AcceptedFeed } from '../feed/accept.js';
import { loadFeedBase, type FeedBase } from '../feed/base.js';
import { diffFeed, FIELD_NAMES, type FeedDiff } from '../feed/diff.js';
import { downloadFeed, tooLarge } from '../feed/download.js';
import { FEED_URL } from '../feed/feed-url.js';
import {
  cacheDir,
  FEED_DIR,
  findFeedInForce,
  readStatus,
  STATUS_FILE,
  STATUS_FORMAT,
  type FactsHeader,
  type FeedInForce,
  type StoredStatus,
} from '../feed/store.js';
import { PackedJsonWriter } from '../io/packed-json.js';
import { readUserFile } from '../io/read-file.js';
import { writeFileAtomic } from '../io/write-file.js';
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
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 3600)
    throw new UserError(`--timeout: "${value}" is not a number of seconds`, {
      hint: `Give seconds from 1 to 3600, e.g. --timeout 120 (default ${DEFAULT_TIMEOUT_SECONDS}).`,
    });
  return seconds * 1000;
}

/** The feed's bytes from --from FILE, within the size limit. */
async function readFeedFile(file: string): Promise<Buffer> {
  try {
    if ((await stat(file)).size > MAX_FEED_BYTES) throw tooLarge(MAX_FEED_BYTES);
    return await readFile(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    // readUserFile says why (not found, a directory, not allowed) in the house's words.
    await readUserFile(file, 'feed file', MAX_FEED_BYTES);
    throw error;
  }
}

/** Where the stored feed lives, created if need be, or one clear line on why it cannot be. */
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

/**
 * Removes the copies in court-feed/ that the status does not name: the one it replaced, and any
 * left by an interrupted update. A copy written in the last minutes may belong to an update
 * running at the same time, whose status comes next; it is removed by a later update.
 */
async function removeOthers(feedDir: string, keep: readonly string[], now: Date): Promise<void> {
  for (const name of await readdir(feedDir).catch(() => [] as string[])) {
    if (keep.includes(name)) continue;
    const path = join(feedDir, name);
    const modified = await stat(path).then(
      (info) => info.mtimeMs,
      () => 0,
    );
    if (now.getTime() - modified < KEEP_RECENT_MS) continue;
    await rm(path, { force: true }).catch(() => undefined);
  }
}

/** The data in force, for comparing a new feed with: the stored copy, else the bundled one. */
function inForceOf(feed: FeedInForce): { instant: number; day: string } {
  return feed.stored
    ? { instant: feed.stored.status.instant, day: feed.stored.status.day }
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
    from = downloaded.url;
  }
  const accepted = acceptFeed(bytes, contentType, base, inForceOf(current));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const day = accepted.time.day;
  if (current.stored?.status.sha256 === sha256) {
    io.stdout.write(`${describeFeed(day)} is already stored and in force; nothing changed.\n`);
    return 'ok';
  }

  const dir = cacheDir(io.env);
  const feedDir = await ensureFeedDir(dir);
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
    tool: readVersion(),
  };
  // The feed and its facts first, each whole; the status last, so it never names a half copy.
  await writeFileAtomic(join(feedDir, status.feedFile), bytes.toString('utf8'));
  await writeFileAtomic(join(feedDir, status.factsFile), factsText(accepted));
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
  io.stdout.write(`${lines.join('\n')}\n`);
  return 'ok';
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
  io.stdout.write(`${lines.join('\n')}\n`);
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
  return `${lines.join('\n')}\n`;
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
