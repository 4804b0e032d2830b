/** What the questions' `applies` tests need to know of each court, from its profile. */
import type { IsoDate } from '../dates.js';
import type { CourtFacts } from './answers.js';
import { liveStatus } from './live-status.js';
import type { PlanCatalog } from './plan.js';
import { courtDisplayName } from './procedures.js';

/** The facts of these courts on the as-of day; every id must be in the catalog (a bug if not). */
export function courtFactsOf(
  catalog: Pick<PlanCatalog, 'courts'>,
  ids: readonly string[],
  asOf: IsoDate,
): CourtFacts[] {
  return ids.map((id) => {
    const profile = catalog.courts.get(id);
    if (!profile) throw new Error(`court ${id} vanished from the catalog`);
    return {
      id,
      name: courtDisplayName(profile),
      info: {
        type: profile.type,
        liveStatus: liveStatus(profile, asOf),
        hasBankruptcyCourt: profile.related.some((related) => related.relation === 'bankruptcy'),
      },
    };
  });
}
