/** PACER multi-factor authentication, required of every CM/ECF filer. */
import type { IsoDate } from '../../dates.js';
import { formatDay } from '../../dates.js';
import type { NationalProcedures } from '../../profile/schema.js';
import { sourcesOf } from '../../profile/sources.js';
import { answerText, type AddOptions, type PlanRule } from '../builder.js';

/** True when PACER MFA enrolment existed on `asOf` (the `mfa` question is asked from then on). */
export function isMfaEnrollmentOpen(national: NationalProcedures, asOf: IsoDate): boolean {
  return asOf >= national.facts.mfaEnrollmentBegan.date;
}

/** An account not known to be enrolled, on or after the day enrolment began. */
export const enrollMfa: PlanRule = (plan) => {
  const { mfaEnrollmentBegan, mfaRequiredBy } = plan.national.facts;
  if (!isMfaEnrollmentOpen(plan.national, plan.asOf)) return;
  const account = plan.filer['pacer-account'];
  const mfa = plan.filer.mfa;
  if (account === 'individual' && mfa === 'enrolled') return;
  const required = `every CM/ECF filer must be enrolled in PACER multi-factor authentication by ${formatDay(mfaRequiredBy.date)} to keep access.`;
  const options: AddOptions = {
    why:
      account === 'individual'
        ? `You answered ${answerText('mfa', mfa ?? 'unknown')}: ${required}`
        : `Your ${plan.registering ? 'new ' : ''}PACER account needs it too: ${required}`,
    contacts: 'psc',
    sources: [...sourcesOf(mfaEnrollmentBegan.source), ...sourcesOf(mfaRequiredBy.source)],
  };
  if (plan.asOf <= mfaRequiredBy.date) options.deadline = mfaRequiredBy.date;
  if (account === 'individual' && mfa === 'unknown') {
    options.caveat =
      'Only if you are not enrolled: Manage PACER Account shows an Enroll link in the Multifactor Auth field when you are not.';
  }
  plan.add('enroll-mfa', options);
};
