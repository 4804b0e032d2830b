/**
 * PACER's court feed as PACER serves it, and its normalising into the shape the generator reads
 * (feed.ts), exactly as sources/reference/pacer-feed-2023-01-10.json was made from the copy of
 * that day: HTML tags removed, entities decoded and runs of spaces made one in text fields
 * (the file sizes keep their spacing),
 * offices given as an object keyed by index turned into a list,
 * counties grouped by state, and the fields the facts never use (flags, rss_url, vcis,
 * go_live_date) dropped. A test holds the two equal.
 *
 * The feed comes from outside: its shape is checked strictly where it is read (a field of the
 * wrong type or a missing one stops it), fields it adds are reported and left aside, and every
 * text has control and bidirectional-override characters removed before it can reach a
 * terminal or a file.
 */
import { z } from 'zod';
import { Feed, readFeedTime, type FeedCourt, type FeedLocation } from './feed.js';

const Text = z.string();

const RawHelpDesk = z.looseObject({
  courtId: Text,
  phone: Text.optional(),
  phoneExt: Text.optional(),
  division: Text.optional(),
});
const RawLocation = z.looseObject({
  name: Text,
  address: Text.optional(),
  email: Text.optional(),
  hours: Text.optional(),
  phone: Text.optional(),
});
const RawCounty = z.looseObject({ name: Text, state: Text.optional() });

const RawCourt = z.looseObject({
  court_id: Text.min(1),
  title: Text,
  type: Text,
  court_name: Text.optional(),
  circuit: Text.optional(),
  software_version: Text.optional(),
  login_url: Text.optional(),
  web_url: Text.optional(),
  pdf_size: Text.optional(),
  merge_doc_size: Text.optional(),
  help_desk: z.array(RawHelpDesk).optional(),
  // The feed gives a few courts' offices as an object keyed by index ("0", "1", "4").
  locations: z
    .union([z.array(RawLocation), z.record(z.string().regex(/^\d+$/), RawLocation)])
    .optional(),
  counties: z.array(RawCounty).optional(),
});
type RawCourt = z.infer<typeof RawCourt>;

export const RawFeed = z.looseObject({
  meta: z.looseObject({ url: Text.optional(), last_updated: Text }),
  data: z.array(RawCourt).min(1),
});
export type RawFeed = z.infer<typeof RawFeed>;

/** Fields of a feed entry the reader knows: those it reads and those it drops on purpose. */
const KNOWN_COURT_FIELDS = new Set([
  'court_id',
  'title',
  'type',
  'court_name',
  'circuit',
  'software_version',
  'login_url',
  'web_url',
  'pdf_size',
  'merge_doc_size',
  'help_desk',
  'locations',
  'counties',
  // Dropped: go_live_date is the court's ORIGINAL CM/ECF start, not its NextGen date.
  'flags',
  'rss_url',
  'vcis',
  'go_live_date',
]);
const KNOWN_DESK_FIELDS = new Set(['courtId', 'phone', 'phoneExt', 'division']);
const KNOWN_LOCATION_FIELDS = new Set(['name', 'address', 'email', 'hours', 'phone']);

// Controls (C0 but tab, line feed and carriage return; DEL; C1) and the bidirectional
// overrides and isolates, which can make a terminal show text other than what it holds.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the HTML entities the feed uses: named ones and numeric ones. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/**
 * A text field as the generator reads it: tags removed, entities decoded, unsafe characters
 * dropped, runs of spaces (line breaks included) made one, the ends trimmed.
 */
function plainText(text: string): string {
  return decodeEntities(text.replace(/<[^>]*>/g, ''))
    .replace(UNSAFE, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const optionalText = (text: string | undefined) => (text === undefined ? null : plainText(text));

/**
 * The file-size texts, which the normalised copy keeps with their spacing ("25.0 MB Per PDF
 * Document.  There is NO Maximum"): tags, entities and unsafe characters only.
 */
const sizeText = (text: string | undefined) =>
  text === undefined ? null : decodeEntities(text.replace(/<[^>]*>/g, '')).replace(UNSAFE, '');

/** A normalised copy with unsafe characters dropped from every text, and nothing else changed. */
function withoutUnsafe<T>(value: T): T {
  if (typeof value === 'string') return value.replace(UNSAFE, '') as T;
  if (Array.isArray(value)) return value.map(withoutUnsafe) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key.replace(UNSAFE, ''), withoutUnsafe(item)]),
    ) as T;
  return value;
}

/** The court id of a CM/ECF login address, "https://ecf.ctd.uscourts.gov" → ctd. */
export function hostIdOf(loginUrl: string | null): string | null {
  const match = /^https?:\/\/ecf\.([a-z0-9]+)\.uscourts\.gov(?:[/?#]|$)/i.exec(loginUrl ?? '');
  return match?.[1]?.toLowerCase() ?? null;
}

function normaliseLocation(location: z.infer<typeof RawLocation>): FeedLocation {
  const normal: FeedLocation = { name: plainText(location.name) };
  for (const key of ['address', 'email', 'hours', 'phone'] as const) {
    const value = location[key];
    if (value !== undefined) normal[key] = plainText(value);
  }
  return normal;
}

function normaliseCourt(raw: RawCourt): FeedCourt {
  const locations = Array.isArray(raw.locations)
    ? raw.locations
    : Object.entries(raw.locations ?? {})
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([, location]) => location);
  const counties: Record<string, string[]> = {};
  for (const county of raw.counties ?? []) {
    const state = county.state === undefined ? '(state not given)' : plainText(county.state);
    (counties[state] ??= []).push(plainText(county.name));
  }
  const loginUrl = optionalText(raw.login_url);
  return {
    pacerCode: plainText(raw.court_id),
    hostId: hostIdOf(loginUrl),
    title: plainText(raw.title),
    courtName: optionalText(raw.court_name),
    type: plainText(raw.type),
    circuit: optionalText(raw.circuit),
    softwareVersion: optionalText(raw.software_version),
    loginUrl,
    webUrl: optionalText(raw.web_url),
    helpDesk: (raw.help_desk ?? []).map((desk) => {
      const normal: FeedCourt['helpDesk'][number] = { courtId: plainText(desk.courtId) };
      for (const key of ['phone', 'phoneExt', 'division'] as const) {
        const value = desk[key];
        if (value !== undefined) normal[key] = plainText(value);
      }
      return normal;
    }),
    locations: locations.map(normaliseLocation),
    pdfSizeMB: sizeText(raw.pdf_size),
    mergeDocSizeMB: sizeText(raw.merge_doc_size),
    counties,
  };
}

/** The fields of the feed this reader does not know, as paths: `data[].new_field`. */
function newFieldsOf(raw: RawFeed): string[] {
  const found = new Set<string>();
  const note = (record: object, known: ReadonlySet<string>, path: string) => {
    for (const key of Object.keys(record)) if (!known.has(key)) found.add(`${path}.${key}`);
  };
  note(raw, new Set(['meta', 'data']), '');
  note(raw.meta, new Set(['credit', 'url', 'last_updated']), 'meta');
  for (const court of raw.data) {
    note(court, KNOWN_COURT_FIELDS, 'data[]');
    for (const desk of court.help_desk ?? []) note(desk, KNOWN_DESK_FIELDS, 'data[].help_desk[]');
    const locations = Array.isArray(court.locations)
      ? court.locations
      : Object.values(court.locations ?? {});
    for (const location of locations) note(location, KNOWN_LOCATION_FIELDS, 'data[].locations[]');
  }
  return [...found].map((path) => path.replace(/^\./, '')).sort();
}

/** What reading a feed text gave. */
export interface ReadFeed {
  feed: Feed;
  /** As PACER serves it, or already normalised (a copy from sources/reference/). */
  form: 'raw' | 'normalised';
  /** Fields this version does not know, left aside. */
  newFields: string[];
}

/** Why a feed text cannot be read: one line, then the details. */
export class FeedShapeError extends Error {
  override name = 'FeedShapeError';
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** Where a zod issue is, as `data[12].help_desk`. */
function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) =>
      typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
    )
    .join('');
}

function shapeError(error: z.ZodError, what: string): FeedShapeError {
  const issues = error.issues.slice(0, 5).map((issue) => `${pathOf(issue.path)}: ${issue.message}`);
  const more = error.issues.length > 5 ? [`and ${error.issues.length - 5} more`] : [];
  return new FeedShapeError(`${what}: ${issues[0] ?? 'not the expected shape'}`, [
    ...issues.slice(1),
    ...more,
  ]);
}

/**
 * Reads a feed already parsed from JSON: PACER's own shape (normalised here) or a normalised
 * copy. Throws FeedShapeError when it is neither, naming where.
 */
export function readFeedJson(json: unknown): ReadFeed {
  const looksNormalised =
    typeof json === 'object' && json !== null && 'courts' in json && !('data' in json);
  if (looksNormalised) {
    const result = Feed.safeParse(json);
    if (!result.success) throw shapeError(result.error, 'the feed copy has changed shape');
    return { feed: withoutUnsafe(result.data), form: 'normalised', newFields: [] };
  }
  const result = RawFeed.safeParse(json);
  if (!result.success) throw shapeError(result.error, "the feed's shape has changed");
  const raw = result.data;
  if (!readFeedTime(raw.meta.last_updated))
    throw new FeedShapeError(
      `the feed's last_updated is not a date it understands: "${plainText(raw.meta.last_updated).slice(0, 60)}"`,
    );
  const feed: Feed = {
    meta: {
      source: 'PACER Court CM/ECF Lookup feed',
      url: plainText(raw.meta.url ?? ''),
      feedLastUpdated: plainText(raw.meta.last_updated),
    },
    courts: raw.data.map(normaliseCourt),
  };
  // What normalising makes must be the generator's shape: a failure here is a bug.
  Feed.parse(feed);
  return { feed, form: 'raw', newFields: newFieldsOf(raw) };
}
