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
  Sources,
} from '../profile/schema.js';
import type { PlanContact, PlanLink } from './types.js';

export interface ResolvedProcedure {
  title: string;
  steps: string[];
  links: PlanLink[];
  contacts: PlanContact[];
  sources: string[];
}

/** A source field as a list. */
export function sourcesOf(source: Sources): string[] {
  return Array.isArray(source) ? [...source] : [source];
}

/** How sentences name a court: its short name where the profile has one. */
export function courtDisplayName(court: Pick<CourtProfile, 'name' | 'shortName'>): string {
  return court.shortName ?? court.name;
}

/** What a placeholder needs to know of a court. */
export type PlaceholderCourt = Pick<CourtProfile, 'name' | 'shortName' | 'jurisdiction' | 'cja'> & {
  ecfUrl: string;
};

/** The placeholder view of a profile. */
export function placeholderCourt(court: CourtProfile): PlaceholderCourt {
  return {
    name: court.name,
    shortName: court.shortName,
    jurisdiction: court.jurisdiction,
    cja: court.cja,
    ecfUrl: court.ecf.url,
  };
}

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
    links.push(...(override.links ?? []));
    contacts.push(...(override.contacts ?? []));
    for (const item of [...(override.links ?? []), ...(override.contacts ?? [])])
      sources.push(...sourcesOf(item.source));
  }
  links.push(...(base.links ?? []));
  contacts.push(...(base.contacts ?? []));
  for (const item of [...(base.links ?? []), ...(base.contacts ?? [])])
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
