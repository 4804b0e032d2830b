/**
 * Where a downloaded copy of PACER's court feed is kept, and which feed is in force. Every
 * command that uses court data runs this, so it stays small: no zod, no feed reading, one read
 * of a small status file (none at all when nothing was ever stored).
 *
 * The layout, in the user's cache directory (cacheDir):
 *   court-feed.json                   the status: which copy is stored, when and where from
 *   court-feed/<day>-<hash>.json      the feed exactly as it came, written whole
 *   court-feed/<day>-<hash>.facts     each court's facts read from it, as the profiles hold them
 * The status is written last, so it never names files that are not whole; a copy it does not
 * name is left over from an interrupted update and is removed by the next one.
 */
import { errnoOf } from '../errors.js';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { formatDay } from '../dates.js';
import type { SourceEntry } from '../profile/schema.js';
import { hasUnsafeText } from '../safe-text.js';
import { FEED_URL } from './feed-url.js';
import type { FeedFacts } from './overlay.js';
import { openPackedJson, type Span } from '../io/packed-json.js';

/** Set to a directory to keep the downloaded feed there instead (tests, firm set-ups). */
export const CACHE_DIR_ENV = 'NEXTGEN_READY_CACHE_DIR';

/**
 * The directory nextgen-ready keeps its cache in, by the platform's convention: the override,
 * else $XDG_CACHE_HOME/nextgen-ready or ~/.cache/nextgen-ready (Linux and others),
 * ~/Library/Caches/nextgen-ready (macOS), %LOCALAPPDATA%\nextgen-ready\Cache (Windows).
 */
export function cacheDir(
  env: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform = process.platform,
  home: () => string = homedir,
): string {
  const own = env[CACHE_DIR_ENV];
  if (own) return own;
  if (platform === 'darwin') return join(home(), 'Library', 'Caches', 'nextgen-ready');
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA;
    return join(local || join(home(), 'AppData', 'Local'), 'nextgen-ready', 'Cache');
  }
  // XDG: a relative $XDG_CACHE_HOME is invalid and must be ignored.
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(home(), '.cache'), 'nextgen-ready');
}

export const STATUS_FILE = 'court-feed.json';
export const FEED_DIR = 'court-feed';
/** The status file's format; a status in another one was written by another version. */
export const STATUS_FORMAT = 1;

/** What the status file says of the stored copy. */
export interface StoredStatus {
  format: typeof STATUS_FORMAT;
  /** The feed's own `last_updated`, as it writes it. */
  lastUpdated: string;
  /** Its day, and the instant in milliseconds (to order copies). */
  day: string;
  instant: number;
  /** When it was stored (ISO 8601), and from where: the URL, or the file given to --from. */
  fetched: string;
  from: string;
  sha256: string;
  bytes: number;
  /** Entries in the feed, and how many of the bundled courts it covers. */
  entries: number;
  courts: number;
  /** Bundled courts the feed lacks: their bundled facts stay in force. */
  missing: string[];
  /** File names in court-feed/: the feed as it came, and the facts read from it. */
  feedFile: string;
  factsFile: string;
  /** The facts file's SHA-256, checked when it is opened (a status of an older version has none). */
  factsSha256?: string;
  /** The nextgen-ready version that stored it. */
  tool: string;
}

/** The bundled copy of the feed, as the build records it. */
export interface BundledFeed {
  id: string;
  lastUpdated: string;
  day: string;
  instant: number;
}

/** The stored copy in force: its status, its registry entry, and its facts, read when asked. */
export interface StoredFeed {
  dir: string;
  status: StoredStatus;
  entry: SourceEntry;
  factsOf(courtId: string): FeedFacts | undefined;
  /** Court id → state or territory → county names. */
  counties(): Record<string, Record<string, string[]>>;
}

/** Which feed's facts are in force, and any stored copy that is not used and why. */
export interface FeedInForce {
  bundled: BundledFeed;
  stored?: StoredFeed;
  /** The day of the feed in force. */
  day: string;
  /** A stored copy left unused, and why (older than the bundled data, or damaged). */
  unused?: string;
}

/** The registry id of a stored copy: pacer-feed-<day>-downloaded. */
export function storedSourceId(day: string): string {
  return `pacer-feed-${day}-downloaded`;
}

/** The registry entry of a stored copy: what every fact taken from it cites. */
export function storedSourceEntry(status: StoredStatus): SourceEntry {
  const fetchedDay = status.fetched.slice(0, 10);
  return {
    id: storedSourceId(status.day),
    title: `Court CM/ECF Lookup (data.json), the copy of ${formatDay(status.day)}, fetched ${formatDay(fetchedDay)}`,
    publisher: 'PACER Service Center',
    date: status.day,
    url: FEED_URL,
    kind: 'data-feed',
    checked: fetchedDay,
  };
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A status read back: checked by hand (no zod here), since a person or a crash may have touched it. */
function asStatus(value: unknown): StoredStatus | undefined {
  if (!isRecord(value) || value.format !== STATUS_FORMAT) return undefined;
  const strings = [
    'lastUpdated',
    'day',
    'fetched',
    'from',
    'sha256',
    'feedFile',
    'factsFile',
    'tool',
  ];
  const numbers = ['instant', 'bytes', 'entries', 'courts'];
  if (!strings.every((key) => typeof value[key] === 'string')) return undefined;
  if (!numbers.every((key) => typeof value[key] === 'number')) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value.day as string)) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value.fetched as string)) return undefined;
  // File names only: a status must not point outside the cache.
  const plainName = /^[\w.-]+$/;
  if (!plainName.test(value.feedFile as string) || !plainName.test(value.factsFile as string))
    return undefined;
  if (!Array.isArray(value.missing) || !value.missing.every((id) => typeof id === 'string'))
    return undefined;
  if (value.factsSha256 !== undefined && typeof value.factsSha256 !== 'string') return undefined;
  // A status edited by hand must not reach a terminal with controls in it (`data status`).
  if (strings.some((key) => hasUnsafeText(value[key] as string))) return undefined;
  if (value.missing.some(hasUnsafeText)) return undefined;
  return value as unknown as StoredStatus;
}

/** The largest status file a version writes is well under a kilobyte. */
const MAX_STATUS_BYTES = 64 * 1024;
/** The facts of PACER's feed are about 300 KB; the feed itself is at most 10 MB. */
const MAX_FACTS_BYTES = 16 * 1024 * 1024;

/**
 * Reads a file of the store whole, if it is a regular file of at most `maxBytes`: a status or
 * facts file that is a FIFO (opened without waiting for a writer, then refused), a link to
 * /dev/zero or a file grown huge must not hang or fill the memory of every command, which all
 * read the store. Throws an errno error (ENOENT, ...) or a plain one saying what is wrong.
 */
function readStoreFile(file: string, maxBytes: number): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new Error('it is not a regular file');
    if (info.size > maxBytes) throw new Error('it is far larger than this version writes');
    const bytes = Buffer.alloc(info.size);
    let total = 0;
    while (total < bytes.length) {
      const read = readSync(fd, bytes, total, bytes.length - total, null);
      if (read === 0) break;
      total += read;
    }
    return bytes.subarray(0, total);
  } finally {
    closeSync(fd);
  }
}

/** What is in the cache directory: nothing, a readable status, or a status that is damaged. */
export type StatusRead =
  | { kind: 'none'; dir: string }
  | { kind: 'stored'; dir: string; status: StoredStatus }
  | { kind: 'damaged'; dir: string; problem: string };

/** Reads the status file of the cache directory; never throws for what the disk holds. */
export function readStatus(dir: string): StatusRead {
  let text: string;
  try {
    text = readStoreFile(join(dir, STATUS_FILE), MAX_STATUS_BYTES).toString('utf8');
  } catch (error) {
    const code = errnoOf(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'none', dir };
    const why = code ?? (error as Error).message;
    return { kind: 'damaged', dir, problem: `its status file cannot be read (${why})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'damaged', dir, problem: 'its status file is not complete JSON' };
  }
  const status = asStatus(json);
  if (!status)
    return {
      kind: 'damaged',
      dir,
      problem: 'its status file is not one this version of nextgen-ready wrote',
    };
  return { kind: 'stored', dir, status };
}

/** The facts file: a one-line header of where each court's JSON text lies, then the texts. */
export interface FactsHeader {
  format: 1;
  courts: Record<string, Span>;
  counties: Span;
}

/** The SHA-256 of a facts file's text, as the status records it. */
export function factsDigest(text: string | Buffer): string {
  // Loaded when a stored feed is read, not by every command that looks for one: node:crypto
  // costs about 5 ms of start-up (--cpu-prof of `courts`).
  const { createHash } = process.getBuiltinModule('node:crypto');
  return createHash('sha256').update(text).digest('hex');
}

/** True when a court's facts read back have the shape the overlay takes (a light check). */
const isFacts = (value: unknown): value is FeedFacts =>
  isRecord(value) &&
  isRecord(value.ecf) &&
  typeof value.ecf.url === 'string' &&
  Array.isArray(value.helpDesks) &&
  value.helpDesks.every(isRecord) &&
  (value.website === undefined ||
    (isRecord(value.website) && typeof value.website.url === 'string'));

/**
 * Opens a facts file; throws when it is missing, not a regular file, not one this version
 * wrote, or not the one the status names (its digest differs). A court whose facts still do
 * not read back (a status without a digest) takes its bundled facts.
 */
function openFacts(
  file: string,
  digest: string | undefined,
): Pick<StoredFeed, 'factsOf' | 'counties'> {
  const bytes = readStoreFile(file, MAX_FACTS_BYTES);
  if (digest !== undefined && factsDigest(bytes) !== digest) throw new Error(`${file}: changed`);
  const { header, parse } = openPackedJson<FactsHeader>(bytes);
  if (header.format !== 1 || !isRecord(header.courts)) throw new Error(`${file}: unknown format`);
  const read = <T>(
    span: Span | undefined,
    check: (value: unknown) => value is T,
  ): T | undefined => {
    if (span === undefined) return undefined;
    try {
      const value = parse<unknown>(span);
      return check(value) ? value : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    factsOf: (courtId) =>
      read(Object.hasOwn(header.courts, courtId) ? header.courts[courtId] : undefined, isFacts),
    counties: () => read(header.counties, isRecordOfRecords) ?? {},
  };
}

const isRecordOfRecords = (value: unknown): value is Record<string, Record<string, string[]>> =>
  isRecord(value) && Object.values(value).every(isRecord);

/**
 * Which feed is in force: a stored copy when there is one, whole, and not older than the
 * bundled copy (after an upgrade that bundles a newer feed, the bundled one wins); else the
 * bundled copy. Never throws for what the disk holds: a damaged store is reported in `unused`.
 */
export function findFeedInForce(
  env: Readonly<Record<string, string | undefined>>,
  bundled: BundledFeed,
): FeedInForce {
  const read = readStatus(cacheDir(env));
  const inForce: FeedInForce = { bundled, day: bundled.day };
  const status = storedStatusInForce(read, bundled, inForce);
  if (!status) return inForce;
  try {
    const facts = openFacts(join(read.dir, FEED_DIR, status.factsFile), status.factsSha256);
    inForce.stored = { dir: read.dir, status, entry: storedSourceEntry(status), ...facts };
    inForce.day = status.day;
  } catch {
    inForce.unused = `the downloaded court feed in ${read.dir} is damaged: its facts file cannot be read`;
  }
  return inForce;
}

/**
 * The stored copy's status when it may be in force (whole, and not older than the bundled
 * copy); otherwise undefined, with the reason in `unused.unused`.
 */
export function storedStatusInForce(
  read: StatusRead,
  bundled: BundledFeed,
  unused: { unused?: string },
): StoredStatus | undefined {
  if (read.kind === 'none') return undefined;
  if (read.kind === 'damaged') {
    unused.unused = `the downloaded court feed in ${read.dir} is damaged: ${read.problem}`;
    return undefined;
  }
  if (read.status.instant < bundled.instant) {
    unused.unused = `the downloaded court feed of ${formatDay(read.status.day)} is older than the bundled one (${formatDay(bundled.day)})`;
    return undefined;
  }
  return read.status;
}
