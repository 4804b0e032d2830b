/**
 * A court's summary: the few facts `courts` lists and filters by, and the age of everything the
 * court's profile cites. The build compiles one per bundled court into the catalog, so a
 * listing reads 201 small records instead of parsing 201 whole profiles and the source
 * registry; a court whose facts a downloaded feed or a firm's directory changes is summarized
 * from its profile at run time, by the same function.
 */
import type { FeedFacts, FeedField } from '../feed/overlay.js';
import { citedSources, dataAsOf, mergeDataAsOf } from '../plan/cited-sources.js';
import type { DataAsOf } from '../plan/types.js';
import type { CourtProfile, SourceEntry } from '../profile/schema.js';
import { addCitedIds } from '../profile/sources.js';

export interface CourtSummary extends Pick<
  CourtProfile,
  'id' | 'name' | 'shortName' | 'type' | 'jurisdiction' | 'nextGen' | 'acms'
> {
  ecf: Pick<CourtProfile['ecf'], 'url'>;
  /** Its court of appeals, the only relation a listing uses. */
  related: CourtProfile['related'];
  /** The divisions its help desks name: a search finds a court by a city it sits in. */
  helpDesks: { division?: string }[];
  /** How old the facts the whole profile cites are (the listing's `dataAsOf`). */
  dataAsOf: DataAsOf;
}

/** A profile's summary; `registry` says what each source it cites is. */
export function summarizeCourt(
  profile: CourtProfile,
  registry: ReadonlyMap<string, SourceEntry>,
): CourtSummary {
  const summary: CourtSummary = {
    id: profile.id,
    name: profile.name,
    type: profile.type,
    jurisdiction: profile.jurisdiction,
    nextGen: withoutNotes(profile.nextGen),
    ecf: { url: profile.ecf.url },
    related: profile.related.filter((related) => related.relation === 'circuit'),
    helpDesks: divisionsOf(profile.helpDesks),
    dataAsOf: ageOf(profile, registry),
  };
  if (profile.shortName !== undefined) summary.shortName = profile.shortName;
  if (profile.acms !== undefined) summary.acms = withoutNotes(profile.acms);
  return summary;
}

/**
 * A fact without its maintainers' notes, which never reach the output: most of a summary's
 * bytes otherwise, and every listing would parse them.
 */
function withoutNotes<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNotes) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'note')
      .map(([key, item]) => [key, withoutNotes(item)]),
  ) as T;
}

/** The help desks as a summary keeps them: their divisions. */
function divisionsOf(desks: CourtProfile['helpDesks']): CourtSummary['helpDesks'] {
  return desks.flatMap((desk) =>
    desk.division === undefined ? [] : [{ division: desk.division }],
  );
}

/** How old the facts are that a value (a profile, or part of one) cites. */
function ageOf(value: unknown, registry: ReadonlyMap<string, SourceEntry>): DataAsOf {
  return dataAsOf(citedSources([...addCitedIds(value, new Set())], registry));
}

/**
 * How old the facts are that a profile cites outside `fields`, the ones a downloaded feed may
 * replace: with the new facts' own age, the age of the profile the feed's facts are laid over.
 */
export function feedFreeAge(
  profile: CourtProfile,
  fields: readonly FeedField[],
  registry: ReadonlyMap<string, SourceEntry>,
): DataAsOf {
  const { nextGen, ...rest } = profile;
  const kept: Record<string, unknown> = { ...rest, nextGen: { ...nextGen } };
  for (const field of fields)
    if (field === 'feedRelease') delete (kept.nextGen as Record<string, unknown>).feedRelease;
    else delete kept[field];
  return ageOf(kept, registry);
}

/**
 * A compiled summary with a downloaded feed's facts laid over it: what summarizing the profile
 * with those facts laid over (feed/overlay.ts, applyFeedFacts) gives, without parsing the
 * profile. `freeAge` is the profile's feedFreeAge for the same fields.
 */
export function overlaySummary(
  summary: CourtSummary,
  facts: FeedFacts,
  fields: readonly FeedField[],
  freeAge: DataAsOf,
  registry: ReadonlyMap<string, SourceEntry>,
): CourtSummary {
  const next: CourtSummary = { ...summary, nextGen: { ...summary.nextGen } };
  for (const field of fields) {
    switch (field) {
      case 'ecf':
        next.ecf = { url: facts.ecf.url };
        break;
      case 'helpDesks':
        next.helpDesks = divisionsOf(facts.helpDesks);
        break;
      case 'feedRelease':
        if (facts.feedRelease) next.nextGen.feedRelease = withoutNotes(facts.feedRelease);
        else delete next.nextGen.feedRelease;
        break;
      case 'website':
        // Not summarized; its sources count all the same, below.
        break;
    }
  }
  // The facts laid over are FeedFacts' own fields, named as the feed fields are.
  const laid = fields.map((field) => facts[field]);
  next.dataAsOf = mergeDataAsOf([freeAge, ageOf(laid, registry)]);
  return next;
}
