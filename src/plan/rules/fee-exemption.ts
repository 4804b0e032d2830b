/**
 * A fee exemption other than CJA's (pro bono counsel, researchers, not-for-profits, indigents):
 * how to ask the court for one, in its way (its form or page, whom it names, how) where the
 * profile has it, else one line and the usual way; once granted, used as CJA's exemption is.
 */
import { knownFact } from '../../profile/facts.js';
import { sourcesOf } from '../../profile/sources.js';
import { answerText, caveatOf, type CourtRule } from '../builder.js';
import {
  TheCourt,
  asSentence,
  courtPageOf,
  factSources,
  formLinks,
  linkStep,
  unknownRule,
} from '../court-rules.js';
import type { PlanStep } from '../procedures.js';

/** The fee schedule that lets a court grant exemptions (as a court posts it). */
const FEE_SCHEDULE_SOURCE = 'innb-epa-fee-schedule';

/** Asking one court for an exemption from its PACER fees. */
export const askFeeExemption: CourtRule = (plan, court) => {
  const recorded = court.profile.joining.feeExemption;
  const fact = knownFact(recorded);
  const sources = fact ? sourcesOf(fact.source) : [];
  const steps: PlanStep[] = [
    ...linkStep("The court's form", fact?.form),
    ...linkStep("The court's page on PACER fee exemptions", fact?.page),
    ...(fact?.who
      ? [{ text: `${TheCourt(court.profile)} names as eligible: ${fact.who.join('; ')}.`, sources }]
      : []),
    ...(fact?.how ? [{ text: `How: ${asSentence(fact.how)}`, sources }] : []),
  ];
  // The court's way is known where its profile says how to ask: a form, a page, or its words.
  const known = fact !== undefined && (fact.form ?? fact.page ?? fact.how) !== undefined;
  plan.add('ask-fee-exemption', {
    court,
    why: `You answered ${answerText('purpose', 'fee-exemption')} for the ${court.name}: a court may exempt some users from PACER fees for its own records (pro bono attorneys and researchers at educational institutions among them) where the exemption is necessary to avoid unreasonable burdens and to promote public access to information.`,
    contacts: 'court',
    stepsBefore: steps,
    extraLinks: formLinks(fact?.form, fact?.page),
    sources: [
      FEE_SCHEDULE_SOURCE,
      ...(known ? factSources(recorded) : courtPageOf(court.profile).sources),
    ],
    ...caveatOf(
      known
        ? undefined
        : unknownRule(
            court.profile,
            fact ?? recorded,
            'how to ask it for an exemption from PACER fees',
            'a written application to the court, showing that the exemption is necessary to avoid unreasonable burdens and to promote public access to information',
          ),
    ),
  });
};
