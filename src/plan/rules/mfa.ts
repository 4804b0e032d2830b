/**
 * PACER multi-factor authentication, being rolled out to every CM/ECF filer: enrolling, and getting
 * back in when the enrolled method is lost. Both come before anything that logs in with the
 * upgraded account (ACTION_ORDER), because PACER asks for MFA at that login.
 */
import type { IsoDate } from '../../dates.js';
import { formatDay } from '../../dates.js';
import type { NationalProcedures } from '../../profile/schema.js';
import { sourcesOf } from '../../profile/sources.js';
import { answerText, type AddOptions, type PlanRule } from '../builder.js';

/** True when PACER MFA enrolment existed on `asOf` (the `mfa` question is asked from then on). */
export function isMfaEnrollmentOpen(national: NationalProcedures, asOf: IsoDate): boolean {
  return asOf >= national.facts.mfaEnrollmentBegan.date;
}

/**
 * What the sources say of the requirement, dated: the deadline PACER announced ("must ... by"
 * while it is ahead, "was to ... by" once it has passed: no page says it was enforced), and,
 * from the day court notices say so, that PACER rolls MFA out prompt by prompt.
 */
export function describeMfaRequirement(national: NationalProcedures, asOf: IsoDate): string {
  const { mfaRequiredBy, mfaRollout } = national.facts;
  const day = formatDay(mfaRequiredBy.date);
  const announced =
    asOf < mfaRequiredBy.date
      ? `PACER announced that every CM/ECF filer must be enrolled in multi-factor authentication by ${day} to keep access`
      : `PACER announced that every CM/ECF filer was to be enrolled in multi-factor authentication by ${day}`;
  if (!mfaRollout || asOf < mfaRollout.date) return announced;
  return `${announced}; court notices since ${formatDay(mfaRollout.date)} say PACER is rolling it out to users prompt by prompt, and that nothing is needed until PACER prompts you`;
}

/** What the requirement's words rest on, on the day. */
export function mfaRequirementSources(national: NationalProcedures, asOf: IsoDate): string[] {
  const { mfaEnrollmentBegan, mfaRequiredBy, mfaRollout } = national.facts;
  return [
    ...sourcesOf(mfaEnrollmentBegan.source),
    ...sourcesOf(mfaRequiredBy.source),
    ...(mfaRollout && asOf >= mfaRollout.date ? sourcesOf(mfaRollout.source) : []),
  ];
}

/** What says PACER asks for the app's passcode at every login: the enrolment procedure's source. */
function loginSources(national: NationalProcedures): string[] {
  return sourcesOf(national.procedures['enroll-mfa'].source);
}

/** An account not known to be enrolled, on or after the day enrolment began. */
export const enrollMfa: PlanRule = (plan) => {
  const { mfaRequiredBy } = plan.national.facts;
  if (!isMfaEnrollmentOpen(plan.national, plan.asOf) || plan.efilesNowhere) return;
  const account = plan.filer['pacer-account'];
  const mfa = plan.filer.mfa;
  if (account === 'individual' && (mfa === 'enrolled' || mfa === 'locked-out')) return;
  const required = `${describeMfaRequirement(plan.national, plan.asOf)}.`;
  const sources = mfaRequirementSources(plan.national, plan.asOf);
  const options: AddOptions = {
    why:
      account === 'individual'
        ? `You answered ${answerText('mfa', mfa ?? 'unknown')}: ${required}`
        : `Your ${plan.registering ? 'new ' : ''}PACER account needs it too: ${required}`,
    contacts: 'psc',
    sources,
  };
  if (plan.asOf < mfaRequiredBy.date) options.deadline = mfaRequiredBy.date;
  if (account === 'individual' && mfa === 'unknown') {
    // Later notices say to enrol only when prompted, so the sign is the login, not a menu link.
    options.caveat =
      'Only if you are not enrolled: once you are, PACER asks for the passcode from your authentication app (or a backup code) each time you log in.';
    options.sources = [...sources, ...loginSources(plan.national)];
  }
  plan.add('enroll-mfa', options);
};

/** Enrolled, but without the app or the backup codes: get back in before anything else. */
export const recoverMfa: PlanRule = (plan) => {
  if (plan.filer['pacer-account'] !== 'individual' || plan.filer.mfa !== 'locked-out') return;
  plan.add('recover-mfa', {
    why: `You answered ${answerText('mfa', 'locked-out')}. Once enrolled, PACER asks for the passcode from your authentication app, or a backup code, at every login: without one you cannot log in to PACER, nor to any NextGen court's CM/ECF with your PACER account.`,
    contacts: 'psc',
    sources: loginSources(plan.national),
  });
};
