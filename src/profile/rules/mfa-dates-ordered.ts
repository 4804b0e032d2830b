import type { NationalProcedures } from '../schema.js';
import type { DataRule } from './rule.js';

export const mfaDatesOrdered: DataRule<NationalProcedures> = {
  id: 'mfa-dates-ordered',
  description: 'MFA is not required before enrolment began.',
  check({ data, report }) {
    if (data.facts.mfaRequiredBy.date < data.facts.mfaEnrollmentBegan.date) {
      report(['facts', 'mfaRequiredBy', 'date'], 'MFA cannot be required before enrolment began');
    }
  },
};
