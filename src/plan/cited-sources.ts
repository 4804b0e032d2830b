/**
 * The sources a plan cites, as a reader can follow them: each id from the registry becomes its
 * title, publisher, date and address, and the plan says how old its facts are, per kind.
 */
import type { IsoDate } from '../dates.js';
import type { SourceEntry } from '../profile/schema.js';
import type { DataAsOf, PlanSource } from './types.js';

/** Where the seed documents' texts ship in the package. */
export const SEEDS_PATH = 'sources/seeds';

/** A registry entry as the plan shows it (the maintainers' note stays behind). */
export function toPlanSource(entry: SourceEntry): PlanSource {
  const source: PlanSource = {
    id: entry.id,
    title: entry.title,
    publisher: entry.publisher,
    kind: entry.kind,
    checked: entry.checked,
  };
  if (entry.date !== undefined) source.date = entry.date;
  if (entry.url !== undefined) source.url = entry.url;
  if (entry.foundAt !== undefined) source.foundAt = entry.foundAt;
  if (entry.seedFile !== undefined) source.copy = `${SEEDS_PATH}/${entry.seedFile}`;
  return source;
}

/**
 * A source a firm's own profile cites by URL: nothing is known of it but its address.
 */
function webPage(url: string): PlanSource {
  let publisher = url;
  try {
    publisher = new URL(url).host;
  } catch {
    // Kept as given: the profile's schema already checked it is an https URL.
  }
  return { id: url, title: url, publisher, kind: 'web-page', url };
}

/** The cited ids, once each in first-cited order, with what the registry says of each. */
export function citedSources(
  ids: readonly string[],
  registry: ReadonlyMap<string, SourceEntry>,
): PlanSource[] {
  return [...new Set(ids)].map((id) => {
    const entry = registry.get(id);
    if (entry) return toPlanSource(entry);
    if (id.startsWith('https://')) return webPage(id);
    // Profiles are checked against the registry when loaded: an unknown id here is a bug.
    throw new Error(`source "${id}" is not in the source registry`);
  });
}

/** The day a source's facts are as of: a feed's copy, else the day it was last checked. */
export function sourceAge(source: PlanSource): IsoDate | undefined {
  if (source.kind === 'data-feed' && source.date !== undefined && source.date.length === 10)
    return source.date;
  return source.checked;
}

/**
 * For each kind of source, how old the facts are: for pages and documents the oldest day one
 * was last checked (the claim must hold for all of them); for the data feed the newest copy,
 * the one its current facts come from (an older copy is cited only for a past day's state).
 */
export function dataAsOf(sources: readonly PlanSource[]): DataAsOf {
  const ages: DataAsOf = {};
  for (const source of sources) {
    const age = sourceAge(source);
    if (age !== undefined) keepAge(ages, source.kind, age);
  }
  return ages;
}

/** The ages of several sets of sources taken together: what `dataAsOf` gives for their union. */
export function mergeDataAsOf(parts: readonly DataAsOf[]): DataAsOf {
  const ages: DataAsOf = {};
  for (const part of parts)
    for (const [kind, age] of Object.entries(part) as [PlanSource['kind'], IsoDate][])
      keepAge(ages, kind, age);
  return ages;
}

/** Keeps the age that counts for a kind: the oldest check, or the newest copy of the feed. */
function keepAge(ages: DataAsOf, kind: PlanSource['kind'], age: IsoDate): void {
  const known = ages[kind];
  const newest = kind === 'data-feed';
  if (known === undefined || (newest ? age > known : age < known)) ages[kind] = age;
}
