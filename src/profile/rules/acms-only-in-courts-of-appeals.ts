import type { CourtProfile } from '../schema.js';
import type { DataRule } from './rule.js';

// ACMS is the courts of appeals' system: a district or bankruptcy court has nothing to say of it.
export const acmsOnlyInCourtsOfAppeals: DataRule<CourtProfile> = {
  id: 'acms-only-in-courts-of-appeals',
  description: 'Only a court of appeals has ACMS facts.',
  check({ data, report }) {
    if (data.acms !== undefined && data.type !== 'appellate')
      report(['acms'], `only a court of appeals files in ACMS; this court's type is ${data.type}`);
  },
};
