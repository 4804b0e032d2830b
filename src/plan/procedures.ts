/**
 * A procedure as a plan action uses it: the national text with the courts' overrides applied
 * and the placeholders filled in.
 */
import type { IsoDate } from '../dates.js';
import type {
  Contact,
  CourtProfile,
  Link,
  NationalProcedures,
  ProcedureId,
  Sources,
  Step,
} from '../profile/schema.js';
import { sourcesOf } from '../profile/sources.js';
import type { PlanContact, PlanLink } from './types.js';

/** A step of an action and the sources that support it. */
export interface PlanStep {
  text: string;
  sources: string[];
}

export interface ResolvedProcedure {
  title: string;
  steps: PlanStep[];
  links: PlanLink[];
  contacts: PlanContact[];
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

/** Each contact as a plan shows it, made once: a plan lists the same help desks many times. */
const PLAN_CONTACTS = new WeakMap<Contact, PlanContact>();

/**
 * A profile contact as the plan shows it, with its sources. The curation `note` (why a value
 * was chosen) is for maintainers and never reaches the output. The same object for the same
 * contact: plans are never changed once made (a roster shares one among its rows).
 */
/** A contact for CM/ECF questions: a help desk or an e-filing line, not a general line. */
export function isHelpDesk(contact: Pick<Contact, 'label'>): boolean {
  return /ecf|help ?desk|helpdesk|e-?fil|electronic filing/i.test(contact.label);
}

/**
 * The contacts an action about CM/ECF shows of a court: its help desks, first, and its general
 * lines (the clerk's office, a court office) only where no help desk is known.
 */
export function courtContacts(contacts: readonly Contact[]): Contact[] {
  const desks = contacts.filter(isHelpDesk);
  return desks.length > 0 ? desks : [...contacts];
}

export function toPlanContact(contact: Contact): PlanContact {
  let shown = PLAN_CONTACTS.get(contact);
  if (shown === undefined) {
    const { source, note: _note, ...rest } = contact;
    shown = { ...rest, sources: sourcesOf(source) };
    PLAN_CONTACTS.set(contact, shown);
  }
  return shown;
}

function toPlanLink(link: Link): PlanLink {
  return { label: link.label, url: link.url, sources: sourcesOf(link.source) };
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

/** What decides whether a step bound to a period is shown: the day, and which courts are live. */
export interface StepPeriod {
  asOf: IsoDate;
  /** True when the court (by id) is known to be on NextGen on the as-of day. */
  isLive(courtId: string): boolean;
  /** Who will e-file (the filer question's answer): steps and links for others are left out. */
  filerKind?: string | undefined;
}

/** True when a step or link is for this filer: it names none, or names theirs (or none is known). */
function forFiler(item: { filers?: readonly string[] | undefined }, period: StepPeriod): boolean {
  return (
    item.filers === undefined ||
    period.filerKind === undefined ||
    item.filers.includes(period.filerKind)
  );
}

/** True when a step's period includes the as-of day (a plain step has no period). */
function inPeriod(step: Step, period: StepPeriod): boolean {
  if (typeof step === 'string') return true;
  if (step.from !== undefined && period.asOf < step.from) return false;
  if (step.until !== undefined && period.asOf >= step.until) return false;
  if (step.untilGoLiveOf !== undefined && period.isLive(step.untilGoLiveOf)) return false;
  return forFiler(step, period);
}

/** The steps true on the as-of day, each with the sources that support it: its own, else its procedure's. */
function citedSteps(
  steps: readonly Step[] | undefined,
  fallback: Sources,
  period: StepPeriod,
): PlanStep[] {
  return (steps ?? [])
    .filter((step) => inPeriod(step, period))
    .map((step) =>
      typeof step === 'string'
        ? { text: step, sources: sourcesOf(fallback) }
        : { text: step.text, sources: sourcesOf(step.source) },
    );
}

/**
 * The national procedure with the courts' overrides: the first court whose override replaces
 * the steps wins; steps added before or after, links and contacts come from every court. Each
 * step, link and contact keeps the sources that support it, and nothing else: national
 * sources are not cited for steps a court replaced.
 */
export function resolveProcedure(
  id: ProcedureId,
  national: NationalProcedures,
  overrideCourts: readonly CourtProfile[],
  placeholders: PlaceholderCourt | undefined,
  period: StepPeriod,
): ResolvedProcedure {
  const base = national.procedures[id];
  let title = base.title;
  let steps = citedSteps(base.steps, base.source, period);
  const before: PlanStep[] = [];
  const after: PlanStep[] = [];
  const links: Link[] = [];
  const contacts: Contact[] = [];
  let replaced = false;
  // A link meant for some kinds of court only (a district-court guide) is left out elsewhere.
  const fits = (link: Link) =>
    forFiler(link, period) &&
    (link.courtTypes === undefined ||
      placeholders === undefined ||
      link.courtTypes.includes(placeholders.type));
  for (const court of overrideCourts) {
    const override = court.procedures[id];
    if (!override) continue;
    if (override.title && !replaced) title = override.title;
    const own = citedSteps(override.steps, override.source, period);
    if (override.mode === 'replace' && override.steps && !replaced) {
      steps = own;
      replaced = true;
    }
    if (override.mode === 'before') before.push(...own);
    if (override.mode === 'after') after.push(...own);
    links.push(...(override.links ?? []).filter(fits));
    contacts.push(...(override.contacts ?? []));
  }
  links.push(...(base.links ?? []).filter(fits));
  contacts.push(...(base.contacts ?? []));
  const fill = (text: string) => fillPlaceholders(text, placeholders);
  return {
    title: fill(title),
    steps: [...before, ...steps, ...after].map((step) => ({ ...step, text: fill(step.text) })),
    links: uniqueBy(links.map(toPlanLink), (link) => link.url),
    contacts: contacts.map(toPlanContact),
  };
}
