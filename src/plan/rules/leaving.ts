/**
 * Leaving e-filing (retiring, leaving practice, a firm's cases or government): withdraw in each
 * case first, then end e-filing where the court asks, in its way (its form, its rule) where the
 * profile has it; a government attorney's exemption from admission ends with the government job.
 */
import { knownFact } from '../../profile/facts.js';
import { answerText, caveatOf, type CourtRule } from '../builder.js';
import {
  courtPageOf,
  factSources,
  formLinks,
  linkStep,
  ruleStep,
  theCourt,
  unknownRule,
} from '../court-rules.js';
import type { PlanStep } from '../procedures.js';

/** Ending e-filing in a court, once out of its cases. */
export const endEfiling: CourtRule = (plan, court) => {
  const recorded = court.profile.joining.leaving;
  const fact = knownFact(recorded);
  const government = knownFact(court.profile.joining.government);
  const stepsAfter: PlanStep[] = [
    ...linkStep("The court's form", fact?.form),
    ...(fact?.text ? [ruleStep(court.profile, fact.text, fact.source)] : []),
    ...(plan.filer.filer === 'attorney' && government?.rule === 'no-admission-needed'
      ? [
          {
            text: `Leaving government: ${theCourt(court.profile)} lets attorneys for the United States appear without admission to its bar; to go on practising there after government, apply for admission.`,
            sources: factSources(court.profile.joining.government),
          },
        ]
      : []),
  ];
  plan.add('end-efiling', {
    court,
    why: `You answered ${answerText('purpose', 'leaving')} for the ${court.name}: withdraw from each case where you appear first, then end e-filing there.`,
    contacts: 'court',
    stepsAfter,
    extraLinks: formLinks(fact?.form),
    sources: fact ? factSources(recorded) : courtPageOf(court.profile).sources,
    ...caveatOf(
      fact
        ? undefined
        : unknownRule(
            court.profile,
            recorded,
            'how a filer ends e-filing there',
            "a written notice to the clerk's office, once you are out of your cases",
          ),
    ),
  });
};
