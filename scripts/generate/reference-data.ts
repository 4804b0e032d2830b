/**
 * The reference data the court profiles are generated from (sources/reference/, see its
 * README): the court list, PACER's court feed and the NextGen go-live table. The shapes are
 * checked when read, so a changed file fails loudly instead of generating wrong facts.
 */
import { z } from 'zod';
import { Joining, type SourceRegistry } from '../../src/profile/schema.js';

/**
 * Where each reference fact is cited from: entries of the source registry
 * (sources/registry.yaml), which give each copy's public address and day.
 */
export const CITE = {
  /** The copy of PACER's feed the facts are read from. */
  feed: 'pacer-feed-2023-01-10',
  /** The first copy of the feed: every court was on NextGen by then. */
  feedLiveBy: 'pacer-feed-2022-11-27',
  courtsDb: 'courts-db',
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

const FeedHelpDesk = z.strictObject({
  courtId: z.string(),
  phone: z.string().optional(),
  phoneExt: z.string().optional(),
  division: z.string().optional(),
});
export type FeedHelpDesk = z.infer<typeof FeedHelpDesk>;

const FeedLocation = z.strictObject({
  name: z.string(),
  address: z.string().optional(),
  email: z.string().optional(),
  hours: z.string().optional(),
  phone: z.string().optional(),
});
export type FeedLocation = z.infer<typeof FeedLocation>;

const FeedCourt = z.strictObject({
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
  goLive: GoLiveRecord[];
  /** The source registry's ids by page address, to cite the pages the go-live table names. */
  registry: ReadonlyMap<string, string>;
  /** What joining each court takes, where its pages say (sources/joining.yaml), by court id. */
  joining: ReadonlyMap<string, Joining>;
}

/** sources/joining.yaml: a list of courts, each with the joining facts its pages state. */
export const JoiningFile = z.array(z.strictObject({ court: z.string(), ...Joining.shape }));

/** The joining facts by court id; a court given twice is a mistake in the file. */
export function joiningByCourt(entries: z.infer<typeof JoiningFile>): Map<string, Joining> {
  const byCourt = new Map<string, Joining>();
  for (const { court, ...joining } of entries) {
    if (byCourt.has(court)) throw new Error(`sources/joining.yaml: ${court} is given twice`);
    byCourt.set(court, joining);
  }
  return byCourt;
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

/** The file names in sources/reference/, as the generator reads them. */
export const REFERENCE_FILES = {
  courts: 'federal-courts.json',
  feed: 'pacer-feed-2023-01-10.json',
  goLive: 'nextgen-go-live.json',
} as const;

/** Parses the reference files' texts; throws naming the file when one has changed shape. */
export function parseReferenceData(
  texts: Record<keyof typeof REFERENCE_FILES, string>,
  registry: SourceRegistry,
  joining: Map<string, Joining> = new Map(),
): ReferenceData {
  const parse = <T>(schema: z.ZodType<T>, key: keyof typeof REFERENCE_FILES): T => {
    const result = schema.safeParse(JSON.parse(texts[key]));
    if (!result.success)
      throw new Error(`${REFERENCE_FILES[key]}: ${z.prettifyError(result.error)}`);
    return result.data;
  };
  return {
    courts: parse(z.array(FederalCourt), 'courts'),
    feed: parse(Feed, 'feed'),
    goLive: parse(GoLiveTable, 'goLive').courts,
    registry: registryByUrl(registry),
    joining,
  };
}

/** The feed's `last_updated` as a day, e.g. "Tue, 10 Jan 2023 06:10:05 -0500" → 2023-01-10. */
export function feedDay(feed: Feed): string {
  const match = /(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})/.exec(
    feed.meta.feedLastUpdated,
  );
  if (!match)
    throw new Error(`feed last-updated date not understood: ${feed.meta.feedLastUpdated}`);
  const months = 'JanFebMarAprMayJunJulAugSepOctNovDec';
  const month = months.indexOf(match[2] ?? '') / 3 + 1;
  return `${match[3]}-${String(month).padStart(2, '0')}-${(match[1] ?? '').padStart(2, '0')}`;
}
