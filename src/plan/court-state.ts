/**
 * What the rules know of one court on the as-of day: its profile, whether it is on NextGen,
 * the bounds of its go-live, and the filer's answers for it.
 */
import { addDays, type IsoDate } from '../dates.js';
import { acmsFields, type AcmsFields } from '../profile/acms.js';
import {
  describeGoLive,
  goLiveBounds,
  goLiveSources,
  type GoLiveBounds,
} from '../profile/go-live.js';
import type { CourtProfile } from '../profile/schema.js';
import { liveStatus, type LiveStatus } from './live-status.js';
import { courtDisplayName } from './procedures.js';
import type { CourtAnswers } from './questions.js';

export interface CourtState {
  profile: CourtProfile;
  /** How sentences name the court. */
  name: string;
  status: LiveStatus;
  bounds: GoLiveBounds;
  /** A court of appeals' ACMS facts on the day, where its profile records them. */
  acms?: AcmsFields;
  answers: CourtAnswers;
}

/** A court's state on `asOf`, with the filer's answers for it. */
export function courtStateOf(
  profile: CourtProfile,
  answers: CourtAnswers,
  asOf: IsoDate,
): CourtState {
  const state: CourtState = {
    profile,
    name: courtDisplayName(profile),
    status: liveStatus(profile, asOf),
    bounds: goLiveBounds(profile.nextGen),
    answers,
  };
  if (profile.acms) state.acms = acmsFields(profile.acms, asOf);
  return state;
}

/** When an action can first be done: a day, the go-live in words, or nothing to wait for. */
export interface Opening {
  notBefore?: IsoDate;
  notBeforeGoLive?: string;
}

/**
 * When something that needs NextGen can first be done in a court not yet on it: the first
 * possible day, where a source states the go-live's day, window or month; otherwise the
 * go-live in words ("expected in December 2017, exact day not known"), because the day after
 * a notice that the court was not yet live is not the day it opens. Nothing for a court that
 * is live, or whose status on the day is unknown (those actions carry a caveat instead).
 */
export function opening(court: CourtState): Opening {
  if (court.status !== 'not-live') return {};
  const { goLive } = court.profile.nextGen;
  const stated =
    goLive.precision === 'day' || goLive.precision === 'window' || goLive.precision === 'month';
  if (stated && court.bounds.earliest !== undefined) return { notBefore: court.bounds.earliest };
  return { notBeforeGoLive: describeGoLive(court.profile.nextGen) };
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
