/**
 * Filing rights in a court where the filer had a CM/ECF login: recover it if forgotten, and
 * link it to the upgraded PACER account. (With no login to link, see joining.ts.)
 */
import { describeGoLive, goLiveSources } from '../../profile/go-live.js';
import { opening, prepareBy } from '../court-state.js';
import { caveatOf, type CourtRule } from '../builder.js';
import { cmEcfOnlyCaveat } from './file-in-acms.js';

/** A forgotten CM/ECF login, which linking needs. */
export const recoverEcfLogin: CourtRule = (plan, court) => {
  if (court.answers.linked === 'yes' || court.answers['ecf-login'] !== 'forgotten') return;
  const deadline = prepareBy(court);
  plan.add('recover-ecf-login', {
    court,
    why: `You have had a CM/ECF login for the ${court.name} but have forgotten it. Linking needs your current CM/ECF username and password for this court.`,
    contacts: 'court',
    ...(deadline !== undefined ? { deadline } : {}),
    ...caveatOf(cmEcfOnlyCaveat(court)),
    sources: [
      ...(deadline !== undefined ? goLiveSources(court.profile.nextGen) : []),
      ...(court.acms?.sources ?? []),
    ],
  });
};

/** A CM/ECF login not yet linked: link it, once the court is on NextGen. */
export const linkEcfAccount: CourtRule = (plan, court) => {
  const { linked } = court.answers;
  if (linked === 'yes' || court.answers['ecf-login'] === 'none') return;
  const goLiveText = describeGoLive(court.profile.nextGen);
  const why =
    court.status === 'live'
      ? `The ${court.name} is on NextGen (go-live ${goLiveText}) and you have not linked yet: you cannot e-file there until your CM/ECF login is linked to your upgraded PACER account.`
      : court.status === 'not-live'
        ? `Linking cannot be done until the ${court.name} is on NextGen (go-live ${goLiveText}); after that you cannot e-file there until it is done.`
        : `Once the ${court.name} is on NextGen you cannot e-file there until your CM/ECF login is linked to your upgraded PACER account.`;
  const acmsCaveat = cmEcfOnlyCaveat(court);
  plan.add('link-ecf-account', {
    court,
    why: acmsCaveat
      ? `${why} Linking is only for the cases that stay in CM/ECF: ACMS is reached with your PACER login.`
      : why,
    contacts: 'court',
    ...opening(court),
    ...caveatOf(
      court.status === 'unknown'
        ? `The ${court.name}'s go-live day is not known: if it is not on NextGen yet, linking opens at go-live.`
        : undefined,
      acmsCaveat,
    ),
    sources: [
      ...goLiveSources(court.profile.nextGen),
      ...(acmsCaveat ? (court.acms?.sources ?? []) : []),
    ],
  });
};
