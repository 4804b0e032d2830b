/**
 * What a stored copy of PACER's court feed changes against the bundled data, court by court:
 * the facts a person sees (help desks, CM/ECF and web addresses, the release, counties), not
 * the citations or the maintainers' notes. For a profile curated by hand, the changes are not
 * applied: they are listed as conflicts to check.
 */
import type { FeedBase } from './base.js';
import type { FeedFacts } from './overlay.js';
import type { Contact, Link } from '../profile/schema.js';

export type DiffField = 'ecf' | 'website' | 'helpDesks' | 'feedRelease' | 'counties';

/** What one field lost and gained, each value as one line of text. */
export interface FieldChange {
  field: DiffField;
  removed: string[];
  added: string[];
}

/** One court: `changed` (the stored feed's facts are in force), `kept` (curated by hand, so the bundled facts stay: a conflict), `not-in-feed` (the bundled facts stay). */
export interface CourtDiff {
  id: string;
  name: string;
  status: 'changed' | 'kept' | 'not-in-feed';
  changes: FieldChange[];
}

export interface FeedDiff {
  courts: CourtDiff[];
  totals: { courts: number; changed: number; kept: number; notInFeed: number; unchanged: number };
}

/** The words of a field, as the diff names it. */
export const FIELD_NAMES: Record<DiffField, string> = {
  ecf: 'CM/ECF',
  website: 'website',
  helpDesks: 'help desks',
  feedRelease: 'CM/ECF release',
  counties: 'counties',
};

/** A contact in one line: "CM/ECF Help Desk (Phoenix): 602-322-7200, ecf@azd.uscourts.gov". */
export function describeContact(contact: Contact): string {
  const phone = contact.phone
    ? `${contact.phone}${contact.extension ? ` ext. ${contact.extension}` : ''}`
    : undefined;
  const reach = [phone, contact.email, contact.hours, contact.url].filter(Boolean).join(', ');
  return `${contact.label}${contact.division ? ` (${contact.division})` : ''}${reach ? `: ${reach}` : ''}`;
}

const describeLink = (link: Link | undefined) => (link ? [link.url] : []);

function linesOf(facts: FeedFacts | undefined, field: Exclude<DiffField, 'counties'>): string[] {
  if (!facts) return [];
  switch (field) {
    case 'ecf':
      return describeLink(facts.ecf);
    case 'website':
      return describeLink(facts.website);
    case 'helpDesks':
      return facts.helpDesks.map(describeContact);
    case 'feedRelease':
      return facts.feedRelease ? [facts.feedRelease.text] : [];
  }
}

function countyLines(counties: Record<string, string[]> | undefined): string[] {
  return Object.entries(counties ?? {}).flatMap(([state, names]) =>
    names.map((name) => `${name}, ${state}`),
  );
}

/** The lines only in `before` and only in `after`, each in its own order. */
function compareLines(
  field: DiffField,
  before: string[],
  after: string[],
): FieldChange | undefined {
  const removed = before.filter((line) => !after.includes(line));
  const added = after.filter((line) => !before.includes(line));
  return removed.length + added.length > 0 ? { field, removed, added } : undefined;
}

/**
 * The changes of a stored feed (`facts` of each court it has, `counties`) against the bundled
 * data (`base`, `bundledCounties`), court by court in id order; unchanged courts are left out.
 */
export function diffFeed(
  base: FeedBase,
  bundledCounties: Record<string, Record<string, string[]>>,
  facts: (id: string) => FeedFacts | undefined,
  counties: Record<string, Record<string, string[]>>,
): FeedDiff {
  const courts: CourtDiff[] = [];
  const ids = Object.keys(base.courts).sort();
  for (const id of ids) {
    const court = base.courts[id];
    if (!court) continue;
    const stored = facts(id);
    if (!stored) {
      courts.push({ id, name: court.shortName, status: 'not-in-feed', changes: [] });
      continue;
    }
    const changes = (['ecf', 'website', 'helpDesks', 'feedRelease'] as const)
      .map((field) => compareLines(field, linesOf(court.facts, field), linesOf(stored, field)))
      .filter((change): change is FieldChange => change !== undefined);
    const countyChange =
      court.identity.type === 'appellate'
        ? undefined
        : compareLines('counties', countyLines(bundledCounties[id]), countyLines(counties[id]));
    if (countyChange) changes.push(countyChange);
    if (changes.length === 0) continue;
    // Counties are not part of a profile: a curated court takes them like any other.
    const curated = new Set<string>(court.curatedFields);
    const status = changes.some((change) => curated.has(change.field)) ? 'kept' : 'changed';
    courts.push({ id, name: court.shortName, status, changes });
  }
  const count = (status: CourtDiff['status']) => courts.filter((c) => c.status === status).length;
  return {
    courts,
    totals: {
      courts: ids.length,
      changed: count('changed'),
      kept: count('kept'),
      notInFeed: count('not-in-feed'),
      unchanged: ids.length - courts.length,
    },
  };
}
