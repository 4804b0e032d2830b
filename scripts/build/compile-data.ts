/**
 * The build step that validates the bundled YAML and compiles it into one JSON file, so the
 * CLI reads its data without parsing YAML or running zod (scripts/build/build.ts calls this).
 * It also records the bundled copy of PACER's court feed: which profile fields are that copy's
 * facts as they are (the ones a downloaded copy may replace) and, for the `data` commands, each
 * court's identity and feed facts (dist/data/feed-base.json).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { dirname, join } from 'node:path';
import { courtFactsFromFeed, feedRecordsOf } from '../../src/feed/court-facts.js';
import { shortNameOf } from '../../src/feed/court-names.js';
import { feedDay, readFeedTime } from '../../src/feed/feed.js';
import { FEED_BASE, type BaseCourt, type FeedBase } from '../../src/feed/base.js';
import { canonicalJson, FEED_FIELDS, feedFieldOf, type FeedField } from '../../src/feed/overlay.js';
import { COMPILED_CATALOG, type CompiledHeader } from '../../src/catalog/catalog.js';
import { feedFreeAge, summarizeCourt } from '../../src/catalog/court-summary.js';
import { indexText } from '../../src/catalog/packed-registry.js';
import { ProfileError } from '../../src/profile/profile-error.js';
import { errnoOf } from '../../src/errors.js';
import { BUNDLED_COURTS_DIR, loadBundledYaml } from '../../src/profile/profile-files.js';
import type { CourtProfile } from '../../src/profile/schema.js';
import type { ReferenceData } from '../generate/reference-data.js';
import { readReferenceData } from '../generate/write-generated.js';
import type { BundledFeed } from '../../src/feed/store.js';
import { PackedJsonWriter } from '../../src/io/packed-json.js';

const root = join(BUNDLED_COURTS_DIR, '..');

/** The compiled catalog and the feed base as JSON texts; throws ProfileError if the YAML is invalid. */
export async function compileCatalog(): Promise<{ catalog: string; feedBase: string }> {
  const { courts, national, sources, problems } = await loadBundledYaml();
  if (problems.length > 0 || !national) throw new ProfileError(problems);
  const base = await compileFeedBase(courts);
  const packed = new PackedJsonWriter();
  const place = (value: unknown) => packed.place(value);
  const header: CompiledHeader = {
    format: 7,
    national: place(national),
    sources: [0, 0],
    sourceIndex: [0, 0],
    courts: {},
    summaries: [0, 0],
    feedFreeAges: [0, 0],
    feed: base.feed,
    feedFields: [0, 0],
  };
  // The registry's entries back to back, and where each lies: a plan parses only those it cites.
  const sourceSpans = Object.fromEntries(
    [...sources.values()].map((entry) => [entry.id, place(entry)]),
  );
  const spans = Object.values(sourceSpans);
  header.sources = [spans[0]?.[0] ?? 0, spans.at(-1)?.[1] ?? 0];
  header.sourceIndex = place(indexText(sourceSpans));
  const feedFields: Record<string, FeedField[]> = {};
  for (const id of [...courts.keys()].sort()) {
    const court = courts.get(id) as CourtProfile;
    header.courts[id] = place(court);
    const fields = feedFieldsOf(court, base.courts[id]);
    if (fields.length > 0) feedFields[id] = fields;
  }
  header.feedFields = place(feedFields);
  header.summaries = place(
    Object.keys(header.courts).map((id) => summarizeCourt(courts.get(id) as CourtProfile, sources)),
  );
  header.feedFreeAges = place(
    Object.fromEntries(
      Object.entries(feedFields).map(([id, fields]) => [
        id,
        feedFreeAge(courts.get(id) as CourtProfile, fields, sources),
      ]),
    ),
  );
  return {
    catalog: packed.textWith(header),
    feedBase: `${JSON.stringify(base)}\n`,
  };
}

/**
 * The fields of a profile that hold the bundled feed's facts exactly as the generator takes
 * them: a downloaded copy may replace those. A field a person set in the court's curated file
 * is never replaced.
 */
function feedFieldsOf(profile: CourtProfile, base: BaseCourt | undefined): FeedField[] {
  if (!base) return [];
  return FEED_FIELDS.filter(
    (field) =>
      !base.curatedFields.includes(field) &&
      canonicalJson(feedFieldOf(profile, field)) === canonicalJson(base.facts[field]),
  );
}

/** The feed fields a court's curated file (courts/<id>.yaml) sets, if it has one. */
async function curatedFeedFields(id: string): Promise<FeedField[]> {
  let text: string;
  try {
    text = await readFile(join(BUNDLED_COURTS_DIR, `${id}.yaml`), 'utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return [];
    throw error;
  }
  const layer = (parse(text) ?? {}) as Partial<CourtProfile>;
  const set = {
    ecf: layer.ecf,
    website: layer.website,
    helpDesks: layer.helpDesks,
    feedRelease: layer.nextGen?.feedRelease,
  };
  return FEED_FIELDS.filter((field) => set[field] !== undefined);
}

/** The bundled copy of the feed, as the catalog and `--version` record it. */
export function bundledFeedOf(data: ReferenceData): BundledFeed {
  const time = readFeedTime(data.feed.meta.feedLastUpdated);
  if (!time) throw new Error(`${data.feedFile}: last-updated date not understood`);
  return {
    id: data.feedId,
    lastUpdated: data.feed.meta.feedLastUpdated,
    day: time.day,
    instant: time.instant,
  };
}

/** Reads sources/reference/, as the generator does. */
export function readReference(): Promise<ReferenceData> {
  return readReferenceData(root);
}

/** Each court's identity and bundled feed facts, from sources/reference/. */
async function compileFeedBase(courts: ReadonlyMap<string, CourtProfile>): Promise<FeedBase> {
  const data = await readReference();
  const day = feedDay(data.feed);
  const base: FeedBase = { format: 1, feed: bundledFeedOf(data), courts: {} };
  for (const court of data.courts) {
    if (!courts.has(court.id)) continue;
    const records = feedRecordsOf(court.id, data.feed);
    if (records.length === 0) continue;
    const { facts } = courtFactsFromFeed(court, records, day, data.feedId);
    base.courts[court.id] = {
      identity: {
        id: court.id,
        type: court.type,
        jurisdiction: court.jurisdiction,
        ecfUrl: court.ecfUrl,
        website: court.website,
      },
      shortName: shortNameOf(court),
      facts,
      curatedFields: await curatedFeedFields(court.id),
    };
  }
  return base;
}

/** Writes dist/data/catalog.json and dist/data/feed-base.json; returns the catalog's path. */
export async function writeCompiledCatalog(): Promise<string> {
  const { catalog, feedBase } = await compileCatalog();
  await mkdir(dirname(COMPILED_CATALOG), { recursive: true });
  await writeFile(COMPILED_CATALOG, catalog);
  await writeFile(FEED_BASE, feedBase);
  return COMPILED_CATALOG;
}
