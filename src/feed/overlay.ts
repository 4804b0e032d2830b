/**
 * A court's facts from PACER's court feed, laid over its bundled profile. Light on purpose (no
 * zod, no feed reading): every command that loads profiles may run it.
 */
import type { Contact, CourtProfile, Link, ReportedRelease } from '../profile/schema.js';

/** The profile fields that hold the feed's facts. */
export const FEED_FIELDS = ['ecf', 'website', 'helpDesks', 'feedRelease'] as const;
export type FeedField = (typeof FEED_FIELDS)[number];

/** What the feed says of one court, in the profile's own shapes, each fact citing its copy. */
export interface FeedFacts {
  ecf: Link;
  website?: Link;
  helpDesks: Contact[];
  feedRelease?: ReportedRelease;
}

/**
 * The profile with `fields` taken from `facts`; the rest is the profile's own. Only the fields
 * the build found the bundled profile took from the feed as it is are named (see
 * scripts/build/compile-data.ts): a fact curated by hand is never replaced.
 */
export function applyFeedFacts(
  profile: CourtProfile,
  facts: FeedFacts,
  fields: readonly FeedField[],
): CourtProfile {
  if (fields.length === 0) return profile;
  const next: CourtProfile = { ...profile, nextGen: { ...profile.nextGen } };
  for (const field of fields) {
    switch (field) {
      case 'ecf':
        next.ecf = facts.ecf;
        break;
      case 'website':
        if (facts.website) next.website = facts.website;
        else delete next.website;
        break;
      case 'helpDesks':
        next.helpDesks = facts.helpDesks;
        break;
      case 'feedRelease':
        if (facts.feedRelease) next.nextGen.feedRelease = facts.feedRelease;
        else delete next.nextGen.feedRelease;
        break;
    }
  }
  return next;
}

/** A field's value in a profile, as FeedFacts holds it (for comparing the two). */
export function feedFieldOf(profile: CourtProfile, field: FeedField): unknown {
  return field === 'feedRelease' ? profile.nextGen.feedRelease : profile[field];
}

/** JSON with every object's keys sorted: two values are the same facts when these are equal. */
export function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, item: unknown) =>
      item !== null && typeof item === 'object' && !Array.isArray(item)
        ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : item,
    ) ?? 'undefined'
  );
}
