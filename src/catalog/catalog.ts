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
import { join } from 'node:path';
import { readPackedFile, type Span } from '../io/packed-json.js';
import { packageRoot } from '../package-root.js';
import { ProfileError } from '../profile/profile-error.js';
import { applyFeedFacts, type FeedField } from '../feed/overlay.js';
import { findFeedInForce, type BundledFeed, type FeedInForce } from '../feed/store.js';
import type { CourtProfile, NationalProcedures, SourceEntry } from '../profile/schema.js';
import { overlaySummary, summarizeCourt, type CourtSummary } from './court-summary.js';
import type { DataAsOf } from '../plan/types.js';
import { LazyMap } from './lazy-maps.js';
import { PackedRegistry } from './packed-registry.js';

/** Where the build writes the compiled bundled profiles. */
export const COMPILED_CATALOG = join(
  packageRoot(() => import.meta.url),
  'dist',
  'data',
  'catalog.json',
);

/**
 * The compiled file: a one-line JSON header, then the national procedures and each court as
 * its own JSON text. The header gives where each text lies (byte offsets after the header
 * line), so a command decodes and parses only the courts it uses. `format` changes if the
 * layout does.
 */
export interface CompiledHeader {
  format: 7;
  national: Span;
  /** The source registry: every entry's JSON text, back to back (packed-registry.ts). */
  sources: Span;
  /** Where each registry entry lies, by id: a JSON string (packed-registry.ts, indexText). */
  sourceIndex: Span;
  courts: Record<string, Span>;
  /** Every court's summary (court-summary.ts), as one JSON array in id order: what `courts` lists. */
  summaries: Span;
  /**
   * Per court with feed fields, how old the facts are that it cites outside them (a JSON
   * object): with a downloaded feed, its summary is the compiled one with the feed laid over.
   */
  feedFreeAges: Span;
  /** The bundled copy of PACER's court feed. */
  feed: BundledFeed;
  /**
   * Per court, the profile fields that are the bundled feed's facts as the generator took them
   * (a downloaded copy may replace these), a JSON object; a court not named has none. A span:
   * only a run with a downloaded feed in force reads it.
   */
  feedFields: Span;
}

export interface Catalog {
  /** Every court by id, in id order; a profile is parsed when first asked for. */
  courts: ReadonlyMap<string, CourtProfile>;
  /**
   * Every court's summary by id, in id order: the compiled one where the court's facts are the
   * bundled ones, else made from its profile. Read without parsing a profile or the registry.
   */
  summaries: ReadonlyMap<string, CourtSummary>;
  national: NationalProcedures;
  /** The source registry: what each cited source id is. */
  sources: ReadonlyMap<string, SourceEntry>;
  /** Which copy of PACER's court feed the feed's facts come from. */
  feed: FeedInForce;
}

function readCompiled():
  | {
      courts: Map<string, () => CourtProfile>;
      national: () => NationalProcedures;
      sources: (extra?: ReadonlyMap<string, SourceEntry>) => ReadonlyMap<string, SourceEntry>;
      summaries: () => CourtSummary[];
      feedFreeAges: () => Record<string, DataAsOf>;
      feedFields: () => Record<string, FeedField[]>;
      header: CompiledHeader;
    }
  | undefined {
  // Only the header is read here; each part when a command first asks for it.
  const file = readPackedFile<CompiledHeader>(COMPILED_CATALOG);
  if (!file) return undefined;
  const { header, parse } = file;
  if (header.format !== 7)
    throw new Error(`${COMPILED_CATALOG}: unknown format ${String(header.format)}; rebuild`);
  const courts = new Map(
    Object.entries(header.courts).map(([id, span]) => [id, () => parse<CourtProfile>(span)]),
  );
  return {
    courts,
    national: () => parse<NationalProcedures>(header.national),
    sources: (extra) =>
      new PackedRegistry(
        header.sources,
        () => file.bytes(header.sources),
        () => parse<string>(header.sourceIndex),
        extra,
      ),
    summaries: () => parse<CourtSummary[]>(header.summaries),
    feedFreeAges: () => parse<Record<string, DataAsOf>>(header.feedFreeAges),
    feedFields: () => parse<Record<string, FeedField[]>>(header.feedFields),
    header,
  };
}

/** A value made on first use: what a command never reads it never parses. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
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
  let national: () => NationalProcedures;
  let sources: () => ReadonlyMap<string, SourceEntry>;
  let feed: FeedInForce;
  /**
   * How each court's summary is made where the compiled one does not hold: laid over by a
   * downloaded feed's facts, or from a firm's own profile. Other courts' are the compiled ones.
   */
  const summaryMakers = new Map<string, () => CourtSummary>();
  let compiledSummaries: () => ReadonlyMap<string, CourtSummary> = () => new Map();
  if (compiled) {
    const { header } = compiled;
    makers = compiled.courts;
    national = once(compiled.national);
    feed = options.env
      ? findFeedInForce(options.env, header.feed)
      : { bundled: header.feed, day: header.feed.day };
    const stored = feed.stored;
    if (stored) {
      sources = once(() => compiled.sources(new Map([[stored.entry.id, stored.entry]])));
      const freeAges = once(compiled.feedFreeAges);
      for (const [id, fields] of Object.entries(compiled.feedFields())) {
        const make = makers.get(id);
        if (!make) continue;
        // Read once for the profile and the summary alike.
        const factsOf = once(() => stored.factsOf(id));
        makers.set(id, () => {
          const facts = factsOf();
          return facts ? applyFeedFacts(make(), facts, fields) : make();
        });
        summaryMakers.set(id, () => {
          const summary = compiledSummaries().get(id);
          if (!summary) throw new Error(`court ${id} has feed fields but no compiled summary`);
          const [facts, age] = [factsOf(), freeAges()[id]];
          return facts && age ? overlaySummary(summary, facts, fields, age, sources()) : summary;
        });
      }
    } else sources = once(() => compiled.sources());
    compiledSummaries = once(
      () => new Map(compiled.summaries().map((summary) => [summary.id, summary])),
    );
  } else {
    const { loadBundledYaml } = await import('../profile/profile-files.js');
    const bundled = await loadBundledYaml();
    if (bundled.problems.length > 0 || !bundled.national) throw new ProfileError(bundled.problems);
    makers = new Map([...bundled.courts].map(([id, court]) => [id, () => court]));
    const bundledNational = bundled.national;
    national = () => bundledNational;
    sources = () => bundled.sources;
    // From source, the build's record of which fields are the feed's is not there: bundled only.
    const bundledFeed = bundledFeedOf(bundled.sources);
    feed = { bundled: bundledFeed, day: bundledFeed.day };
  }
  const dirs = options.courtsDirs ?? [];
  if (dirs.length > 0) {
    const { collectCourts, loadCourtDirs } = await import('../profile/profile-files.js');
    const own = collectCourts(await loadCourtDirs(dirs, new Set(sources().keys())));
    if (own.problems.length > 0) throw new ProfileError(own.problems);
    for (const [id, court] of own.courts) {
      makers.set(id, () => court);
      summaryMakers.set(id, () => summarizeCourt(court, sources()));
    }
  }
  // Court ids are plain ASCII: compare code units (localeCompare would load ICU's collator).
  const sorted = new Map([...makers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const courts = new LazyMap(sorted);
  const summaries = new LazyMap(
    new Map(
      [...sorted.keys()].map((id): [string, () => CourtSummary] => [
        id,
        () =>
          summaryMakers.get(id)?.() ??
          compiledSummaries().get(id) ??
          // Running from source: no compiled summaries, each made from its profile.
          summarizeCourt(courts.get(id) as CourtProfile, sources()),
      ]),
    ),
  );
  return {
    courts,
    summaries,
    get national() {
      return national();
    },
    get sources() {
      return sources();
    },
    feed,
  };
}
