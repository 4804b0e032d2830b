/**
 * What the rules know of one court on the as-of day: its profile, whether it is on NextGen,
 * the bounds of its go-live, and the filer's answers for it.
 */
import { addDays, type IsoDate } from '../dates.js';
import {
  describeGoLive,
  goLiveBounds,
  goLiveSources,
  type GoLiveBounds,
} from '../profile/go-live.js';
import type { CourtProfile } from '../profile/schema.js';
import { liveStatus, type LiveStatus } from './go-live.js';
import { courtDisplayName } from './procedures.js';
import type { CourtAnswers } from './questions.js';

export interface CourtState {
  profile: CourtProfile;
  /** How sentences name the court. */
  name: string;
  status: LiveStatus;
  bounds: GoLiveBounds;
  answers: CourtAnswers;
}

/** A court's state on `asOf`, with the filer's answers for it. */
export function courtStateOf(
  profile: CourtProfile,
  answers: CourtAnswers,
  asOf: IsoDate,
): CourtState {
  return {
    profile,
    name: courtDisplayName(profile),
    status: liveStatus(profile, asOf),
    bounds: goLiveBounds(profile.nextGen),
    answers,
  };
}

/** The first day linking and NextGen filing can work, for a court not yet on NextGen. */
export function opensOn(court: CourtState): IsoDate | undefined {
  return court.status === 'not-live' ? court.bounds.earliest : undefined;
}

/** The last day to prepare for a court that is not live yet and whose go-live day is known. */
export function prepareBy(court: CourtState): IsoDate | undefined {
  const { goLive } = court.profile.nextGen;
  return court.status === 'not-live' && goLive.precision === 'day'
    ? addDays(goLive.date, -1)
    : undefined;
}

/**
 * When the PACER account must be ready: the day before the first upcoming go-live whose day
 * is known, with that go-live's sources and a sentence naming the court.
 */
export interface Preparation {
  deadline?: IsoDate;
  sources: string[];
  /** " Do it before the District of Utah goes live ..." or ''. */
  why: string;
}

/** The preparation deadline set by the courts of a plan. */
export function preparationOf(courts: readonly CourtState[]): Preparation {
  const upcoming = courts.filter((court) => prepareBy(court) !== undefined);
  const deadline = upcoming.map(prepareBy).sort()[0];
  if (deadline === undefined) return { sources: [], why: '' };
  const first = upcoming.find((court) => prepareBy(court) === deadline)!;
  return {
    deadline,
    sources: upcoming.flatMap((court) => goLiveSources(court.profile.nextGen)),
    why: ` Do it before the ${first.name} goes live on NextGen (${describeGoLive(first.profile.nextGen)}).`,
  };
}
