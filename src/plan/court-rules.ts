/**
 * A court's own rules in words: the steps and caveats its facts make (its fee as of a day, its
 * form, its training, its local counsel rule), and, where its pages do not say, the one line
 * that says so and gives the usual way as the usual one, never as the court's. Pure.
 */
import { formatDay, formatMonth } from '../dates.js';
import { knownFact, notPublishedOf } from '../profile/facts.js';
import type {
  Admission,
  CourtProfile,
  EfileRegistration,
  Fee,
  FilingAlternative,
  LimitedFilers,
  Link,
  ProHacVice,
  ProSe,
  Renewal,
  Sources,
} from '../profile/schema.js';
import { sourcesOf } from '../profile/sources.js';
import { courtDisplayName, type PlanStep } from './procedures.js';
import type { PlanLink } from './types.js';

const step = (text: string, ...sources: (string | string[] | undefined)[]): PlanStep => ({
  text,
  sources: [...new Set(sources.flatMap((source) => (source === undefined ? [] : [source].flat())))],
});

/** "the District of Connecticut" (sentences name a court with its article). */
export function theCourt(court: Pick<CourtProfile, 'name' | 'shortName'>): string {
  const name = courtDisplayName(court);
  return /^(the|united states)\b/i.test(name) ? name : `the ${name}`;
}

/** A day or month a fact was stated, in words: "December 6, 2026", "December 2022". */
function asOfText(asOf: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? formatDay(asOf) : formatMonth(asOf);
}

/** "$188 per case (as of December 6, 2026)": a fee is always dated. */
export function feeText(fee: Fee): string {
  const amount = Number.isInteger(fee.amount) ? String(fee.amount) : fee.amount.toFixed(2);
  const per = fee.per && fee.per !== 'application' ? ` per ${fee.per}` : '';
  return `$${amount}${per} (as of ${asOfText(fee.asOf)})`;
}

/** Each admission requirement in words. */
export const REQUIREMENT_WORDS: Record<NonNullable<Admission['requirements']>[number], string> = {
  'state-bar': 'membership in good standing of a state bar',
  'named-state-bar': 'membership of the bar of the state its rule names',
  'court-exam': "the court's own bar examination",
  sponsor: 'a sponsoring member of its bar, who moves your admission',
  'good-standing-certificate': 'a recent certificate of good standing',
  notarized: 'your application or oath signed before a notary',
  'oath-in-person': 'the oath, taken in person',
  'oath-written': 'a signed oath',
  cle: 'continuing legal education hours',
  training: "the court's CM/ECF training",
  'judge-approval': "a judge's approval",
  renewal: 'periodic renewal',
};

/** A link a court's fact gives, as the plan shows links. */
function toLink(link: Link): PlanLink {
  return { label: link.label, url: link.url, sources: sourcesOf(link.source) };
}

/** What the court's admission fact adds: what you need, the fee, the rule, its own form. */
export function admissionSteps(court: CourtProfile, fact: Admission | undefined): PlanStep[] {
  if (!fact) return [];
  const steps: PlanStep[] = [];
  const name = theCourt(court);
  const needs = (fact.requirements ?? []).filter((need) => need !== 'renewal');
  if (needs.length > 0)
    steps.push(
      step(
        `${capitalise(name)} asks for: ${needs.map((need) => REQUIREMENT_WORDS[need]).join('; ')}${fact.localRule ? ` (${fact.localRule})` : ''}.`,
        fact.source,
      ),
    );
  else if (fact.localRule)
    steps.push(step(`Its rule on admission is ${fact.localRule}.`, fact.source));
  if (fact.route === 'court' && fact.form)
    steps.push(
      step(
        `Apply on its own form or system: ${fact.form.label}, ${fact.form.url}.`,
        fact.form.source,
      ),
    );
  if (fact.fee)
    steps.push(step(`The admission fee is ${feeText(fact.fee)}.`, fact.fee.source, fact.source));
  if (fact.renewal) {
    const renewal = fact.renewal;
    steps.push(
      step(
        `Membership is renewed every ${renewal.every}${renewal.fee ? `, for ${feeText(renewal.fee)}` : ''}${renewal.how ? `: ${sentence(renewal.how)}` : ''}.`,
        renewal.source,
        renewal.fee?.source,
      ),
    );
  }
  return steps;
}

/** What the court's pro hac vice fact adds: a statement instead of a motion, fee, local counsel. */
export function proHacViceSteps(court: CourtProfile, fact: ProHacVice | undefined): PlanStep[] {
  if (!fact) return [];
  const steps: PlanStep[] = [];
  const name = theCourt(court);
  if (fact.kind === 'statement')
    steps.push(
      step(
        `${capitalise(name)} takes a statement of a visiting attorney, filed with a sponsoring member of its bar, not a motion${fact.localRule ? ` (${fact.localRule})` : ''}.`,
        fact.source,
      ),
    );
  else if (fact.localRule)
    steps.push(step(`Its rule on pro hac vice appearances is ${fact.localRule}.`, fact.source));
  if (fact.localCounsel === 'required')
    steps.push(
      step(
        `You need local counsel: a member of the bar of ${name} who appears with you.`,
        fact.source,
      ),
    );
  if (fact.fee) steps.push(step(`The fee is ${feeText(fact.fee)}.`, fact.fee.source, fact.source));
  if (fact.form)
    steps.push(step(`The court's form: ${fact.form.label}, ${fact.form.url}.`, fact.form.source));
  return steps;
}

/** What the court adds to PACER's e-file registration: its own form, training, or system. */
export function registrationExtraSteps(
  court: CourtProfile,
  fact: EfileRegistration | undefined,
): PlanStep[] {
  if (!fact) return [];
  const name = theCourt(court);
  const form = fact.form ? `: ${fact.form.label}, ${fact.form.url}` : '';
  return fact.extras.flatMap((extra) => {
    switch (extra) {
      case 'local-form':
        return [
          step(
            `${capitalise(name)} also asks for its own registration form${form}.`,
            fact.source,
            fact.form?.source,
          ),
        ];
      case 'training':
        return [
          step(
            `${capitalise(name)} asks you to complete its CM/ECF training before it grants e-filing${form}.`,
            fact.source,
            fact.form?.source,
          ),
        ];
      case 'own-system':
        return [];
    }
  });
}

/** True where the court registers e-filers on a system of its own, not through PACER. */
export function registersOnOwnSystem(fact: EfileRegistration | undefined): boolean {
  return fact?.extras.includes('own-system') ?? false;
}

/**
 * How a court's limited filers (creditors, claims agents) register, by its recorded route: one
 * wording for the plan's steps and the court's card.
 */
export const LIMITED_FILER_ROUTES: Record<LimitedFilers['route'], string> = {
  pacer: "through PACER's Non-Attorney E-File Registration",
  'court-form': "on the court's own limited-filer form",
  'court-form-and-pacer':
    "on the court's own limited-filer form and through PACER's Non-Attorney E-File Registration",
  'court-system': "on the court's own registration system",
};

/**
 * The ways to file without e-filing a court offers: those of its pro se rule, then its own
 * list, each once (one named in both, by its address or else its name, counts once).
 */
export function filingAlternativesOf(
  court: CourtProfile,
  proSe: ProSe | undefined,
): FilingAlternative[] {
  const seen = new Set<string>();
  return [...(proSe?.alternatives ?? []), ...(court.joining.filingAlternatives ?? [])].filter(
    (alternative) => {
      const key = alternative.url ?? alternative.label;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
  );
}

/** The ways to file without e-filing a court offers, as steps and links. */
export function alternativeSteps(
  court: CourtProfile,
  proSe: ProSe | undefined,
): { steps: PlanStep[]; links: PlanLink[] } {
  const steps: PlanStep[] = [];
  const links: PlanLink[] = [];
  for (const alternative of filingAlternativesOf(court, proSe)) {
    const accepts = alternative.accepts ? ` (${alternative.accepts})` : '';
    steps.push(
      step(
        `${ALTERNATIVE_WORDS[alternative.kind]}: ${alternative.label}${alternative.url ? `, ${alternative.url}` : ''}${accepts}.`,
        alternative.source,
      ),
    );
    if (alternative.url)
      links.push({
        label: alternative.label,
        url: alternative.url,
        sources: sourcesOf(alternative.source),
      });
  }
  return { steps, links };
}

const ALTERNATIVE_WORDS: Record<FilingAlternative['kind'], string> = {
  'upload-tool': 'Upload your documents with the court’s upload tool',
  'self-help-filing': 'Prepare and file a petition with the court’s online program',
  email: 'E-mail your documents to the clerk as the court says',
  paper: 'File on paper',
  'drop-box': 'Leave your documents in the court’s drop box',
};

/** The link of a court fact's own form, for the action's links. */
export function formLinks(...forms: (Link | undefined)[]): PlanLink[] {
  return forms.filter((form): form is Link => form !== undefined).map(toLink);
}

/**
 * One line for a rule the court's pages do not state: that they were not found to say it (and
 * when they were searched, where the profile records it), and the usual way, as the usual one.
 */
export function unknownRule(
  court: CourtProfile,
  fact: object | undefined,
  what: string,
  usual: string,
): string {
  const searched = notPublishedOf(fact);
  const when = searched ? ` (searched ${formatDay(searched.notPublished)})` : '';
  return `${capitalise(theCourt(court))}'s pages were not found to say ${what}${when}; the usual way is ${usual}: confirm with the clerk.`;
}

/** One line for a court's rule known only from a third party's copy, not the court's pages. */
export function thirdPartyRule(court: CourtProfile, what: string): string {
  return `${capitalise(theCourt(court))}'s own pages were not found to say ${what}: this rests on a third party's copy of its rule or page; confirm with the clerk.`;
}

/** The sources of a court's joining fact, where it is one. */
export function factSources(fact: object | undefined): string[] {
  const known = knownFact(fact as { source: string | string[] } | undefined);
  return known ? sourcesOf(known.source) : [];
}

/** A text ending without its own full stop, for a sentence that adds one. */
function sentence(text: string): string {
  return text.trim().replace(/[.\s]+$/, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "The District of Connecticut", to open a sentence. */
export function TheCourt(court: Pick<CourtProfile, 'name' | 'shortName'>): string {
  return capitalise(theCourt(court));
}

/** The court's page on joining it (its admissions page, else its website), and its sources. */
export function courtPageOf(court: CourtProfile): { url?: string; sources: string[] } {
  const page = knownFact(court.joining.admissionsPage) ?? court.website;
  return page ? { url: page.url, sources: sourcesOf(page.source) } : { sources: [] };
}

/** A link a court's fact gives, as one step naming it and its address. */
export function linkStep(words: string, link: Link | undefined): PlanStep[] {
  return link ? [step(`${words}: ${link.label}, ${link.url}.`, link.source)] : [];
}

/** A court's words quoted as a step ("The District of X's rule: ..."). */
export function ruleStep(court: CourtProfile, text: string, source: Sources): PlanStep {
  return step(`${TheCourt(court)}'s rule: ${sentence(text)}.`, sourcesOf(source));
}

/** "every year", "every 3 years", with the fee where known. */
export function renewalText(renewal: Renewal): string {
  return `every ${renewal.every}${renewal.fee ? `, for ${feeText(renewal.fee)}` : ''}`;
}

/** A court's words as a sentence: its own full stop kept (also inside a closing quote), else one added. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]["\u201d\u2019]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
