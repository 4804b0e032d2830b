/**
 * One court's facts as `courts <id>` shows them: where to go (CM/ECF, website, help desks), its
 * NextGen dates, and its own rules for joining, each with its sources, or in one line that its
 * pages do not say (with the day they were searched) or that nothing is recorded. Pure: the
 * profile and the day in, the lines out; text and JSON render the same lines.
 */
import { formatDay } from '../dates.js';
import { knownFact, notPublishedOf } from '../profile/facts.js';
import type { CourtProfile, Joining, Link, NotPublished } from '../profile/schema.js';
import { sourcesOf } from '../profile/sources.js';
import {
  feeText,
  filingAlternativesOf,
  LIMITED_FILER_ROUTES,
  REQUIREMENT_WORDS,
} from './court-rules.js';
import { toPlanContact } from './procedures.js';
import type { PlanContact } from './types.js';

/** One fact of the card: what it is about, in words, and where it comes from. */
export interface CourtCardLine {
  topic: string;
  text: string;
  /** Source ids (the registry's); none where the line says the fact is not known. */
  sources: string[];
  /** known: from its sources; not-published: searched for and not found; unknown: not recorded. */
  state: 'known' | 'not-published' | 'unknown';
  /** A help desk's line: its contact, which the renderers put in words (text is empty). */
  contact?: PlanContact;
}

const known = (topic: string, text: string, ...sources: (string | string[])[]): CourtCardLine => ({
  topic,
  text,
  sources: [...new Set(sources.flat())],
  state: 'known',
});

/** A joining fact's line: its words where known, else when it was searched, else unknown. */
function joiningLine<T extends { source: string | string[] }>(
  topic: string,
  fact: T | NotPublished | undefined,
  describe: (fact: T) => string,
): CourtCardLine {
  const searched = notPublishedOf(fact);
  if (searched)
    return {
      topic,
      text: `not published on the court's pages (searched ${formatDay(searched.notPublished)})`,
      sources: [],
      state: 'not-published',
    };
  const value = knownFact(fact);
  if (!value) return { topic, text: 'not recorded yet', sources: [], state: 'unknown' };
  return known(topic, describe(value), sourcesOf(value.source));
}

const linkText = (link: Link) => `${link.label}, ${link.url}`;

const ROUTE_WORDS = {
  pacer: "through PACER's Attorney Admissions / E-File request",
  'pacer-then-cmecf': 'e-file registration through PACER, then the application inside CM/ECF',
  court: "on the court's own form or system, not PACER",
} as const;

const PRO_SE_WORDS = {
  'permission-first': 'may e-file with the court’s permission, asked for first',
  'by-request': 'may ask to e-file through PACER’s e-file request, which the court grants',
  'no-permission-needed': 'may register to e-file without asking first',
  'not-allowed': 'may not e-file',
} as const;

const GOVERNMENT_WORDS = {
  'no-admission-needed': 'need not be admitted to its bar',
  'admission-required': 'must be admitted to its bar',
  'fee-waived': 'are admitted without the fee',
} as const;

const EXTRA_WORDS = {
  'local-form': 'a form of its own',
  training: 'its CM/ECF training',
  'own-system': 'registration on its own system, not PACER',
} as const;

/** The court's joining rules, one line each, in the order a filer meets them. */
function joiningLines(
  court: CourtProfile,
  nameOf: (id: string) => string | undefined,
): CourtCardLine[] {
  const j: Joining = court.joining;
  const lines: CourtCardLine[] = [];
  lines.push(joiningLine('Admissions page', j.admissionsPage, linkText));
  if (court.type !== 'appellate' || j.bar !== undefined)
    lines.push(
      joiningLine('Whose bar', j.bar, (bar) =>
        bar.court === court.id
          ? 'its own'
          : `the bar of ${nameOf(bar.court) ?? bar.court} (${bar.court})`,
      ),
    );
  lines.push(
    joiningLine('Admission', j.admission, (admission) => {
      const parts: string[] = [ROUTE_WORDS[admission.route]];
      if (admission.form) parts.push(linkText(admission.form));
      const needs = (admission.requirements ?? []).filter((need) => need !== 'renewal');
      if (needs.length > 0)
        parts.push(`asks for ${needs.map((need) => REQUIREMENT_WORDS[need]).join('; ')}`);
      if (admission.fee) parts.push(`fee ${feeText(admission.fee)}`);
      if (admission.renewal)
        parts.push(
          `renewed every ${admission.renewal.every}${admission.renewal.fee ? ` for ${feeText(admission.renewal.fee)}` : ''}`,
        );
      if (admission.localRule) parts.push(admission.localRule);
      return parts.join('; ');
    }),
  );
  lines.push(
    joiningLine('Pro hac vice', j.proHacVice, (phv) => {
      if (phv.available === false || phv.kind === 'association')
        return phv.kind === 'association'
          ? 'no pro hac vice: associate with a member of its bar'
          : 'not available';
      const parts: string[] = [
        phv.kind === 'statement'
          ? 'a statement filed with a sponsoring member of its bar'
          : phv.kind === 'motion'
            ? 'by motion'
            : 'available',
      ];
      if (phv.localCounsel === 'required') parts.push('local counsel required');
      if (phv.localCounsel === 'not-required') parts.push('no local counsel needed');
      if (phv.fee) parts.push(`fee ${feeText(phv.fee)}`);
      if (phv.form) parts.push(linkText(phv.form));
      if (phv.localRule) parts.push(phv.localRule);
      return parts.join('; ');
    }),
  );
  lines.push(
    joiningLine('E-file registration', j.efileRegistration, (registration) =>
      registration.extras.length === 0
        ? "PACER's e-file request is the whole process"
        : `PACER's e-file request, and ${registration.extras.map((extra) => EXTRA_WORDS[extra]).join(' and ')}${registration.form ? `: ${linkText(registration.form)}` : ''}`,
    ),
  );
  lines.push(
    joiningLine(
      'Government attorneys',
      j.government,
      (government) =>
        `${GOVERNMENT_WORDS[government.rule]}${government.localRule ? ` (${government.localRule})` : ''}`,
    ),
  );
  lines.push(
    joiningLine('Self-represented parties', j.proSe, (proSe) => {
      const parts: string[] = [PRO_SE_WORDS[proSe.efiling]];
      if (proSe.conditions?.length) parts.push(proSe.conditions.join('; '));
      if (proSe.form) parts.push(linkText(proSe.form));
      if (proSe.localRule) parts.push(proSe.localRule);
      return parts.join('; ');
    }),
  );
  for (const alternative of filingAlternativesOf(court, knownFact(j.proSe)))
    lines.push(
      known(
        'Filing without e-filing',
        `${alternative.label}${alternative.url ? `, ${alternative.url}` : ''}${alternative.accepts ? ` (${alternative.accepts})` : ''}`,
        sourcesOf(alternative.source),
      ),
    );
  if (court.type === 'bankruptcy') {
    lines.push(
      joiningLine('Filing agents', j.filingAgents, (agents) =>
        agents.accepted ? 'accepted' : 'not accepted: the attorney files',
      ),
    );
    lines.push(
      joiningLine('Limited filers', j.limitedFilers, (limited) =>
        [
          `register ${LIMITED_FILER_ROUTES[limited.route]}`,
          ...(limited.form ? [linkText(limited.form)] : []),
        ].join('; '),
      ),
    );
    lines.push(
      joiningLine('Proofs of claim', j.proofOfClaim, (claim) =>
        [
          claim.epoc ? `online (ePOC): ${linkText(claim.epoc)}` : 'online (ePOC)',
          ...(claim.loginNeeded === false ? ['no login needed'] : []),
          ...(claim.loginNeeded === true ? ['a login needed'] : []),
        ].join('; '),
      ),
    );
  }
  if (j.noticing !== undefined)
    lines.push(
      joiningLine(
        'Notices without filing',
        j.noticing,
        (noticing) =>
          [
            ...(noticing.debn ? [`for debtors (DeBN): ${linkText(noticing.debn)}`] : []),
            ...(noticing.request ? [`on request: ${linkText(noticing.request)}`] : []),
          ].join('; ') || 'see its sources',
      ),
    );
  if (j.leaving !== undefined)
    lines.push(
      joiningLine(
        'Leaving e-filing',
        j.leaving,
        (leaving) =>
          [
            ...(leaving.text ? [leaving.text] : []),
            ...(leaving.form ? [linkText(leaving.form)] : []),
          ].join('; ') || 'see its sources',
      ),
    );
  if (j.feeExemption !== undefined)
    lines.push(
      joiningLine(
        'PACER fee exemptions',
        j.feeExemption,
        (exemption) =>
          [
            ...(exemption.form ? [linkText(exemption.form)] : []),
            ...(exemption.page ? [linkText(exemption.page)] : []),
            ...(exemption.who ? [`for ${exemption.who.join(', ')}`] : []),
          ].join('; ') || 'see its sources',
      ),
    );
  return lines;
}

/**
 * The card of one court: where to go, then its own rules. `nameOf` names another court (its
 * bar's, its related courts); `isThirdParty` tells a source that is neither the court's nor
 * PACER's page.
 */
export function courtCard(
  court: CourtProfile,
  nameOf: (id: string) => string | undefined,
  isThirdParty: (sourceId: string) => boolean = () => false,
): CourtCardLine[] {
  const lines: CourtCardLine[] = [known('CM/ECF', court.ecf.url, sourcesOf(court.ecf.source))];
  if (court.website)
    lines.push(known('Website', court.website.url, sourcesOf(court.website.source)));
  if (court.nextGen.page)
    lines.push(known('NextGen page', court.nextGen.page.url, sourcesOf(court.nextGen.page.source)));
  for (const desk of court.helpDesks)
    lines.push({ ...known('Help desk', '', sourcesOf(desk.source)), contact: toPlanContact(desk) });
  if (court.helpDesks.length === 0)
    lines.push({ topic: 'Help desk', text: 'not recorded yet', sources: [], state: 'unknown' });
  if (court.related.length > 0)
    lines.push(
      known(
        'Related courts',
        court.related
          .map((related) => `${related.id} (${nameOf(related.id) ?? related.relation})`)
          .join('; '),
        ...court.related.map((related) => sourcesOf(related.source)),
      ),
    );
  // A rule known only from a third party's page says so: the court's own word may differ.
  return [...lines, ...joiningLines(court, nameOf)].map((line) =>
    line.state === 'known' && line.sources.length > 0 && line.sources.every(isThirdParty)
      ? {
          ...line,
          text: `${line.text} (a third party's page, not the court's: confirm with the clerk)`,
        }
      : line,
  );
}
