/**
 * A procedure as a plan action uses it: the national text with the courts' overrides applied
 * and the placeholders filled in.
 */
import type {
  Contact,
  CourtProfile,
  Link,
  NationalProcedures,
  ProcedureId,
} from '../profile/schema.js';
import { sourcesOf } from '../profile/sources.js';
import type { PlanContact, PlanLink } from './types.js';

export interface ResolvedProcedure {
  title: string;
  steps: string[];
  links: PlanLink[];
  contacts: PlanContact[];
  sources: string[];
}

/** How sentences name a court: its short name where the profile has one. */
export function courtDisplayName(court: Pick<CourtProfile, 'name' | 'shortName'>): string {
  return court.shortName ?? court.name;
}

/** What a placeholder needs to know of a court. */
export type PlaceholderCourt = Pick<
  CourtProfile,
  'name' | 'shortName' | 'jurisdiction' | 'cja' | 'type'
> & {
  ecfUrl: string;
};

/** The placeholder view of a profile. */
export function placeholderCourt(court: CourtProfile): PlaceholderCourt {
  return {
    name: court.name,
    shortName: court.shortName,
    jurisdiction: court.jurisdiction,
    cja: court.cja,
    type: court.type,
    ecfUrl: court.ecf.url,
  };
}

// PACER names the linking menu item differently in courts of appeals: https://pacer.uscourts.gov/help/faqs/how-do-i-link-my-cmecf-electronic-filing-credentials-my-upgraded-pacer-account
const LINK_MENU = {
  appellate: 'Link my filer account to my PACER account',
  other: 'Link a CM/ECF account to my PACER account',
};

/** Fills {court.*} placeholders; a placeholder with no court to fill it is a bug. */
export function fillPlaceholders(text: string, court: PlaceholderCourt | undefined): string {
  if (!text.includes('{')) return text;
  return text.replace(/\{(court\.[a-zA-Z]+)\}/g, (whole, name: string) => {
    if (!court) throw new Error(`placeholder ${whole} used where no court applies: "${text}"`);
    switch (name) {
      case 'court.name':
        return courtDisplayName(court);
      case 'court.ecfUrl':
        return court.ecfUrl;
      case 'court.jurisdiction':
        return court.jurisdiction ?? courtDisplayName(court);
      case 'court.cjaPanelName':
        return court.cja?.panelName ?? courtDisplayName(court);
      case 'court.linkMenu':
        return court.type === 'appellate' ? LINK_MENU.appellate : LINK_MENU.other;
      default:
        throw new Error(`unknown placeholder ${whole}`);
    }
  });
}

/** A profile contact as the plan shows it (sources go to the action's list). */
export function toPlanContact(contact: Contact): PlanContact {
  const { source: _source, ...rest } = contact;
  return rest;
}

function toPlanLink(link: Link): PlanLink {
  return { label: link.label, url: link.url };
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Unique, in first-seen order. */
export function uniqueStrings(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/**
 * The national procedure with the courts' overrides: the first court whose override replaces
 * the steps wins; steps added before or after, links and contacts come from every court.
 */
export function resolveProcedure(
  id: ProcedureId,
  national: NationalProcedures,
  overrideCourts: readonly CourtProfile[],
  placeholders: PlaceholderCourt | undefined,
): ResolvedProcedure {
  const base = national.procedures[id];
  let title = base.title;
  let steps = [...base.steps];
  const before: string[] = [];
  const after: string[] = [];
  const links: Link[] = [];
  const contacts: Contact[] = [];
  const sources = sourcesOf(base.source);
  let replaced = false;
  // A link meant for some kinds of court only (a district-court guide) is left out elsewhere.
  const fits = (link: Link) =>
    link.courtTypes === undefined ||
    placeholders === undefined ||
    link.courtTypes.includes(placeholders.type);
  for (const court of overrideCourts) {
    const override = court.procedures[id];
    if (!override) continue;
    sources.push(...sourcesOf(override.source));
    if (override.title && !replaced) title = override.title;
    if (override.mode === 'replace' && override.steps && !replaced) {
      steps = [...override.steps];
      replaced = true;
    }
    if (override.mode === 'before' && override.steps) before.push(...override.steps);
    if (override.mode === 'after' && override.steps) after.push(...override.steps);
    const ownLinks = (override.links ?? []).filter(fits);
    links.push(...ownLinks);
    contacts.push(...(override.contacts ?? []));
    for (const item of [...ownLinks, ...(override.contacts ?? [])])
      sources.push(...sourcesOf(item.source));
  }
  const baseLinks = (base.links ?? []).filter(fits);
  links.push(...baseLinks);
  contacts.push(...(base.contacts ?? []));
  for (const item of [...baseLinks, ...(base.contacts ?? [])])
    sources.push(...sourcesOf(item.source));
  const fill = (text: string) => fillPlaceholders(text, placeholders);
  return {
    title: fill(title),
    steps: [...before, ...steps, ...after].map(fill),
    links: uniqueBy(links.map(toPlanLink), (link) => link.url),
    contacts: contacts.map(toPlanContact),
    sources: uniqueStrings(sources),
  };
}
