/**
 * Whether a court is on NextGen on a given day, as far as its profile lets anyone know.
 * A court whose go-live day is not known is never claimed live or not live on a day the
 * facts cannot settle: it is `unknown` then.
 */
import type { IsoDate } from '../dates.js';
import { goLiveBounds } from '../profile/go-live.js';
import type { CourtProfile } from '../profile/schema.js';

export type LiveStatus = 'live' | 'not-live' | 'unknown';

/** The court's NextGen status on `asOf`. */
export function liveStatus(court: Pick<CourtProfile, 'nextGen'>, asOf: IsoDate): LiveStatus {
  const { earliest, latest } = goLiveBounds(court.nextGen);
  if (latest !== undefined && asOf >= latest) return 'live';
  if (earliest !== undefined && asOf < earliest) return 'not-live';
  return 'unknown';
}
