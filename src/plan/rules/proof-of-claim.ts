/**
 * A creditor who only files proofs of claim: the court's electronic proof of claim program
 * (ePOC), which many bankruptcy courts open without any login. Where the court's profile says
 * so, the plan has no PACER account or registration at all; where it does not say, one line says
 * so and gives the usual way. A claims agent who files many may register as a limited filer.
 */
import { knownFact } from '../../profile/facts.js';
import type { CourtProfile } from '../../profile/schema.js';
import { answerText, caveatOf, type CourtRule } from '../builder.js';
import {
  TheCourt,
  courtPageOf,
  factSources,
  formLinks,
  linkStep,
  theCourt,
  unknownRule,
  LIMITED_FILER_ROUTES,
} from '../court-rules.js';
import type { PlanStep } from '../procedures.js';

/** Where the court says how limited filers register: the way for a claims agent who files many. */
function claimsAgentSteps(court: CourtProfile): PlanStep[] {
  const fact = knownFact(court.joining.limitedFilers);
  if (!fact) return [];
  const form = fact.form ? ` (${fact.form.label}, ${fact.form.url})` : '';
  return [
    {
      text: `A claims agent or creditor who files many claims may register instead as a limited filer of ${theCourt(court)}, ${LIMITED_FILER_ROUTES[fact.route]}${form}.`,
      sources: factSources(court.joining.limitedFilers),
    },
  ];
}

/** A proof of claim in a bankruptcy court, by its ePOC rule. */
export const fileProofOfClaim: CourtRule = (plan, court) => {
  if (court.profile.type !== 'bankruptcy') return;
  const recorded = court.profile.joining.proofOfClaim;
  const fact = knownFact(recorded);
  const answered = `You answered ${answerText('purpose', 'proof-of-claim')} for the ${court.name}`;
  const noLogin = fact?.loginNeeded === false;
  const loginNeeded = fact?.loginNeeded === true;
  const sources = fact ? factSources(recorded) : courtPageOf(court.profile).sources;
  const why = noLogin
    ? `${answered}: it takes proofs of claim online without a login (ePOC), so you need no PACER account or registration to file one.`
    : loginNeeded
      ? `${answered}: its electronic proof of claim program asks for a login, so you register as a limited filer first.`
      : `${answered}: a creditor files a proof of claim through the court's electronic proof of claim program (ePOC) where it has one.`;
  const stepsBefore: PlanStep[] = [
    ...linkStep("The court's ePOC", fact?.epoc),
    ...(loginNeeded
      ? [
          {
            text: `${TheCourt(court.profile)} asks for a login to file claims: register as a limited filer (PACER, Manage My Account, Maintenance, Non-Attorney E-File Registration, as Creditor).`,
            sources,
          },
        ]
      : []),
  ];
  plan.add('file-proof-of-claim', {
    court,
    why,
    contacts: 'court',
    stepsBefore,
    stepsAfter: claimsAgentSteps(court.profile),
    extraLinks: formLinks(fact?.epoc),
    sources,
    ...caveatOf(
      fact?.loginNeeded === undefined
        ? unknownRule(
            court.profile,
            fact ?? recorded,
            'whether it takes proofs of claim online without a login',
            'its electronic proof of claim program (ePOC), reached from its website, which many bankruptcy courts open without any login; Official Form 410 on paper where it has none',
          )
        : undefined,
    ),
  });
};
