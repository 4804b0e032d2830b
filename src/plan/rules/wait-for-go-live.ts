/** A court not yet on NextGen, or whose go-live the facts cannot place: wait, or say so. */
import { formatDay } from '../../dates.js';
import { describeGoLive, goLiveSources } from '../../profile/go-live.js';
import type { CourtRule } from '../builder.js';

/** Not yet on NextGen: wait for the go-live. Not known: a note that says what is known. */
export const waitForGoLive: CourtRule = (plan, court) => {
  const { nextGen } = court.profile;
  const goLiveText = describeGoLive(nextGen);
  if (court.status === 'not-live') {
    plan.add('wait-for-go-live', {
      court,
      why: `On ${formatDay(plan.asOf)} the ${court.name} is not yet on NextGen: its go-live is ${goLiveText}. Until then its current CM/ECF login stays in use.`,
      contacts: 'court',
      sources: goLiveSources(nextGen),
    });
  } else if (court.status === 'unknown') {
    plan.note(
      court,
      `The ${court.name}'s NextGen go-live day is not known (${goLiveText})` +
        (nextGen.liveBy
          ? `; it was on NextGen by ${formatDay(nextGen.liveBy.date)} at the latest`
          : '') +
        `. Whether it was on NextGen on ${formatDay(plan.asOf)} cannot be said.`,
      goLiveSources(nextGen),
    );
  }
};
