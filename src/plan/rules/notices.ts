/**
 * Notices without filing: in a bankruptcy court, a debtor gets the court's notices and orders
 * by e-mail through DeBN, and a creditor (or anyone else) through the national Electronic
 * Bankruptcy Noticing (EBN); in other courts, a party who does not e-file asks for notices of
 * electronic filing where the court allows it (its form, from its profile), or asks the clerk.
 */
import { knownFact } from '../../profile/facts.js';
import { answerText, caveatOf, type CourtRule } from '../builder.js';
import { courtPageOf, factSources, formLinks, linkStep, unknownRule } from '../court-rules.js';

/** Notices by e-mail, without filing rights, by the court's kind and who asks. */
export const getNotices: CourtRule = (plan, court) => {
  const recorded = court.profile.joining.noticing;
  const fact = knownFact(recorded);
  const answered = `You answered ${answerText('purpose', 'notices-only')} for the ${court.name}`;
  const page = courtPageOf(court.profile);
  if (court.profile.type === 'bankruptcy' && plan.filer.filer === 'pro-se') {
    plan.add('get-notices', {
      court,
      procedure: 'debtor-electronic-noticing',
      why: `${answered}, as a self-represented party: a debtor gets the bankruptcy court's notices and orders by e-mail through DeBN (Debtor Electronic Bankruptcy Noticing), with no PACER account.`,
      contacts: 'court',
      stepsBefore: linkStep("The court's DeBN page", fact?.debn),
      extraLinks: formLinks(fact?.debn),
      sources: fact?.debn ? factSources(recorded) : page.sources,
      ...caveatOf(
        fact?.debn
          ? undefined
          : unknownRule(
              court.profile,
              fact ?? recorded,
              'where a debtor asks for DeBN',
              'the Debtor Electronic Noticing Request form, filed in your case',
            ),
      ),
    });
    return;
  }
  if (court.profile.type === 'bankruptcy') {
    plan.add('get-notices', {
      court,
      procedure: 'creditor-electronic-noticing',
      why: `${answered}: creditors and other parties get the notices bankruptcy courts send through Electronic Bankruptcy Noticing (EBN), one national service of the Bankruptcy Noticing Center for every bankruptcy court, with no PACER account.`,
      contacts: 'court',
    });
    return;
  }
  if (fact?.request) {
    plan.add('get-notices', {
      court,
      procedure: 'request-electronic-noticing',
      why: `${answered}: the court has a request for notices of electronic filing by e-mail, for someone who does not e-file.`,
      contacts: 'court',
      stepsBefore: linkStep("The court's form", fact.request),
      extraLinks: formLinks(fact.request),
      sources: factSources(recorded),
    });
    return;
  }
  plan.add('get-notices', {
    court,
    procedure: 'ask-about-electronic-noticing',
    why: `${answered}: where a court allows it, a party who does not e-file can get notices of electronic filing by e-mail.`,
    contacts: 'court',
    sources: page.sources,
    ...caveatOf(
      unknownRule(
        court.profile,
        fact ?? recorded,
        'whether it sends notices of electronic filing to someone who does not e-file',
        "a written request to the clerk's office, where the court allows it",
      ),
    ),
  });
};
