/** The district's bankruptcy court: a CM/ECF system of its own, with its own login and linking. */
import { describeGoLive, goLiveSources } from '../../profile/go-live.js';
import { sourcesOf } from '../../profile/sources.js';
import { courtStateOf, opening } from '../court-state.js';
import { placeholderCourt } from '../procedures.js';
import type { AddOptions, CourtRule } from '../builder.js';

/** The filer also files in the district's bankruptcy court. */
export const bankruptcyCourtLogin: CourtRule = (plan, court) => {
  if (court.answers.bankruptcy !== 'yes') return;
  const related = court.profile.related.find((r) => r.relation === 'bankruptcy');
  if (!related) return;
  const relationSources = sourcesOf(related.source);
  const bankruptcyId = related.id;
  const profile = plan.lookup(bankruptcyId);
  if (!profile) {
    plan.add('bankruptcy-court-login', {
      court,
      why: `You also e-file in the ${court.name}'s bankruptcy court (${bankruptcyId}): it is a separate CM/ECF system with its own login.`,
      placeholders: {
        name: `bankruptcy court (${bankruptcyId})`,
        shortName: undefined,
        jurisdiction: court.profile.jurisdiction,
        cja: undefined,
        type: 'bankruptcy',
        ecfUrl: `https://ecf.${bankruptcyId}.uscourts.gov`,
      },
      contacts: 'psc',
      caveat: `No profile of the bankruptcy court (${bankruptcyId}) is loaded, so its own help desk and go-live are not shown; its CM/ECF address follows the ecf.<court id>.uscourts.gov pattern.`,
      sources: relationSources,
    });
    return;
  }
  const bankruptcy = courtStateOf(profile, {}, plan.asOf);
  const options: AddOptions = {
    court,
    why:
      `You also e-file in the ${bankruptcy.name}: it is a separate CM/ECF system with its own login, and linking is done once per court.` +
      (bankruptcy.status === 'not-live'
        ? ` It goes live on NextGen ${describeGoLive(profile.nextGen)}; keep using your bankruptcy court login until then.`
        : ''),
    placeholders: placeholderCourt(profile),
    overrideCourts: [court.profile, profile],
    contacts: 'court',
    contactCourt: profile,
    sources: [...relationSources, ...goLiveSources(profile.nextGen)],
  };
  Object.assign(options, opening(bankruptcy));
  if (bankruptcy.status === 'unknown')
    options.caveat = `The ${bankruptcy.name}'s go-live day is not known: if it is not on NextGen yet, keep using its current login until it is.`;
  plan.add('bankruptcy-court-login', options);
};
