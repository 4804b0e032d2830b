/**
 * The set of court profiles a command works with: the bundled ones, plus any a firm keeps in
 * its own directories (`--courts-dir`), which add courts or replace bundled ones by id.
 *
 * The bundled profiles are validated at build time and compiled into dist/data/catalog.json,
 * which is read here without YAML or zod; only a firm's own directories are parsed and
 * validated at run time. Without a build (running from source), the YAML is read instead.
 *
 * Where a downloaded copy of PACER's court feed is in force (`nextgen-ready data update`), its
 * facts are laid over the bundled profiles' feed facts, court by court as each is read; only
 * the fields the build found to be the bundled feed's facts as they are, in generated files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errnoOf } from '../errors.js';
import { openPackedJson, type Span } from '../io/packed-json.js';
import { packageRoot } from '../package-root.js';
import { ProfileError } from '../profile/profile-error.js';
import { applyFeedFacts, type FeedField } from '../feed/overlay.js';
import { findFeedInForce, type BundledFeed, type FeedInForce } from '../feed/store.js';
import type { CourtProfile, NationalProcedures, SourceEntry } from '../profile/schema.js';

/** Where the build writes the compiled bundled profiles. */
export const COMPILED_CATALOG = join(packageRoot(import.meta.url), 'dist', 'data', 'catalog.json');

/**
 * The compiled file: a one-line JSON header, then the national procedures and each court as
 * its own JSON text. The header gives where each text lies (byte offsets after the header
 * line), so a command decodes and parses only the courts it uses. `format` changes if the
 * layout does.
 */
export interface CompiledHeader {
  format: 4;
  national: Span;
  /** The source registry: every entry, as one JSON array. */
  sources: Span;
  courts: Record<string, Span>;
  /** The bundled copy of PACER's court feed. */
  feed: BundledFeed;
  /**
   * Per court, the profile fields that are the bundled feed's facts as the generator took them
   * (a downloaded copy may replace these); a court not named has none.
   */
  feedFields: Record<string, FeedField[]>;
}

export interface Catalog {
  /** Every court by id, in id order; a profile is parsed when first asked for. */
  courts: ReadonlyMap<string, CourtProfile>;
  national: NationalProcedures;
  /** The source registry: what each cited source id is. */
  sources: ReadonlyMap<string, SourceEntry>;
  /** Which copy of PACER's court feed the feed's facts come from. */
  feed: FeedInForce;
}

/** A read-only map whose values are made on first use. */
class LazyMap<V> implements ReadonlyMap<string, V> {
  private readonly made = new Map<string, V>();
  constructor(private readonly makers: ReadonlyMap<string, () => V>) {}
  get size(): number {
    return this.makers.size;
  }
  has(key: string): boolean {
    return this.makers.has(key);
  }
  get(key: string): V | undefined {
    const done = this.made.get(key);
    if (done !== undefined) return done;
    const make = this.makers.get(key);
    if (!make) return undefined;
    const value = make();
    this.made.set(key, value);
    return value;
  }
  keys(): MapIterator<string> {
    return this.makers.keys();
  }
  *values(): MapIterator<V> {
    for (const key of this.makers.keys()) yield this.get(key) as V;
  }
  *entries(): MapIterator<[string, V]> {
    for (const key of this.makers.keys()) yield [key, this.get(key) as V];
  }
  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}

function readCompiled():
  | {
      courts: Map<string, () => CourtProfile>;
      national: NationalProcedures;
      sources: Map<string, SourceEntry>;
      header: CompiledHeader;
    }
  | undefined {
  let bytes: Buffer;
  try {
    // Read synchronously: at start-up nothing else is waiting, and it skips a thread-pool trip.
    bytes = readFileSync(COMPILED_CATALOG);
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined;
    throw error;
  }
  const { header, parse } = openPackedJson<CompiledHeader>(bytes);
  if (header.format !== 4)
    throw new Error(`${COMPILED_CATALOG}: unknown format ${String(header.format)}; rebuild`);
  const courts = new Map(
    Object.entries(header.courts).map(([id, span]) => [id, () => parse<CourtProfile>(span)]),
  );
  const sources = new Map(
    parse<SourceEntry[]>(header.sources).map((entry): [string, SourceEntry] => [entry.id, entry]),
  );
  return { courts, national: parse<NationalProcedures>(header.national), sources, header };
}

/** The newest copy of the feed the registry holds: the bundled one, when running from source. */
function bundledFeedOf(sources: ReadonlyMap<string, SourceEntry>): BundledFeed {
  const copies = [...sources.values()]
    .filter((entry) => entry.kind === 'data-feed' && entry.date?.length === 10)
    .sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : 1));
  const newest = copies.at(-1);
  const day = newest?.date ?? '';
  return { id: newest?.id ?? '', lastUpdated: day, day, instant: Date.parse(day) };
}

/**
 * Loads the bundled profiles, the national procedures and any extra directories; throws on any
 * problem. With `env`, a downloaded copy of PACER's court feed kept in the cache directory it
 * names is used where it is in force (without, the bundled data alone: the build and tests).
 */
export async function loadCatalog(
  options: {
    courtsDirs?: readonly string[];
    env?: Readonly<Record<string, string | undefined>>;
  } = {},
): Promise<Catalog> {
  const compiled = readCompiled();
  let makers: Map<string, () => CourtProfile>;
  let national: NationalProcedures;
  let sources: Map<string, SourceEntry>;
  let feed: FeedInForce;
  if (compiled) {
    ({ national, sources } = compiled);
    makers = compiled.courts;
    const { header } = compiled;
    feed = options.env
      ? findFeedInForce(options.env, header.feed)
      : { bundled: header.feed, day: header.feed.day };
    const stored = feed.stored;
    if (stored) {
      sources.set(stored.entry.id, stored.entry);
      for (const [id, fields] of Object.entries(header.feedFields)) {
        const make = makers.get(id);
        if (!make) continue;
        makers.set(id, () => {
          const facts = stored.factsOf(id);
          return facts ? applyFeedFacts(make(), facts, fields) : make();
        });
      }
    }
  } else {
    const { loadBundledYaml } = await import('../profile/profile-files.js');
    const bundled = await loadBundledYaml();
    if (bundled.problems.length > 0 || !bundled.national) throw new ProfileError(bundled.problems);
    makers = new Map([...bundled.courts].map(([id, court]) => [id, () => court]));
    national = bundled.national;
    sources = bundled.sources;
    // From source, the build's record of which fields are the feed's is not there: bundled only.
    const bundledFeed = bundledFeedOf(sources);
    feed = { bundled: bundledFeed, day: bundledFeed.day };
  }
  const dirs = options.courtsDirs ?? [];
  if (dirs.length > 0) {
    const { collectCourts, loadCourtDirs } = await import('../profile/profile-files.js');
    const own = collectCourts(await loadCourtDirs(dirs, new Set(sources.keys())));
    if (own.problems.length > 0) throw new ProfileError(own.problems);
    for (const [id, court] of own.courts) makers.set(id, () => court);
  }
  // Court ids are plain ASCII: compare code units (localeCompare would load ICU's collator).
  const sorted = new Map([...makers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { courts: new LazyMap(sorted), national, sources, feed };
}
