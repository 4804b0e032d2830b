/**
 * Renewing admission: where the court (or, for most bankruptcy courts, the district court whose
 * bar it uses) asks its members to renew, how often, for what fee, how it is paid and what a
 * lapse costs, each from its profile; where its pages do not say, one line says so.
 */
import { knownFact } from '../../profile/facts.js';
import { sourcesOf } from '../../profile/sources.js';
import type { CourtProfile } from '../../profile/schema.js';
import { answerText, caveatOf, type CourtRule, type PlanBuilder } from '../builder.js';
import {
  TheCourt,
  asSentence,
  courtPageOf,
  factSources,
  renewalText,
  theCourt,
  unknownRule,
} from '../court-rules.js';
import { placeholderCourt, type PlanStep } from '../procedures.js';

/** The court whose bar the attorney renews: the district court a bankruptcy court's profile names. */
function renewingCourt(plan: PlanBuilder, court: CourtProfile): CourtProfile {
  const bar = knownFact(court.joining.bar);
  if (bar && bar.court !== court.id) return plan.lookup(bar.court) ?? court;
  return court;
}

/** Renewing bar membership or e-filing registration in a court. */
export const renewAdmission: CourtRule = (plan, court) => {
  const bar = renewingCourt(plan, court.profile);
  const other = bar.id !== court.profile.id;
  const recorded = bar.joining.admission;
  const admission = knownFact(recorded);
  const renewal = admission?.renewal;
  const answered = `You answered ${answerText('purpose', 'renew')} for the ${court.name}`;
  const via = other
    ? ` Its attorneys practise as members of the bar of ${theCourt(bar)}, so that is where membership is renewed.`
    : '';
  const steps: PlanStep[] = [];
  if (renewal) {
    const sources = [
      ...sourcesOf(renewal.source),
      ...(renewal.fee ? sourcesOf(renewal.fee.source) : []),
    ];
    if (renewal.how) steps.push({ text: `How: ${asSentence(renewal.how)}`, sources });
    if (renewal.lapse) steps.push({ text: `If it lapses: ${asSentence(renewal.lapse)}`, sources });
  }
  plan.add('renew-admission', {
    court,
    placeholders: placeholderCourt(bar),
    overrideCourts: [bar],
    why: renewal
      ? `${answered}.${via} ${TheCourt(bar)} asks its members to renew ${renewalText(renewal)}.`
      : `${answered}.${via}`,
    contacts: 'court',
    contactCourt: bar,
    stepsBefore: steps,
    sources: renewal
      ? [
          ...sourcesOf(renewal.source),
          ...(renewal.fee ? sourcesOf(renewal.fee.source) : []),
          ...factSources(court.profile.joining.bar),
        ]
      : courtPageOf(bar).sources,
    ...caveatOf(
      renewal
        ? undefined
        : unknownRule(
            bar,
            admission ?? recorded,
            admission?.requirements?.includes('renewal')
              ? 'how its members renew, though its rule asks for renewal'
              : 'whether its members renew their admission or e-filing registration',
            'no renewal unless its rules ask for one',
          ),
    ),
  });
};
