/**
 * Courts of appeals that moved new cases from CM/ECF to ACMS, their Appellate Case Management
 * System: ACMS's own steps for the filer, and linking offered only for what stays in CM/ECF.
 */
import { formatDay } from '../../dates.js';
import { acmsMayHoldCases } from '../../profile/acms.js';
import type { CourtState } from '../court-state.js';
import { caveatOf, type CourtRule } from '../builder.js';

/**
 * The caveat of an action that only concerns CM/ECF (linking, recovering the CM/ECF login)
 * in a court that files some new cases, or may, in ACMS; undefined elsewhere.
 */
export function cmEcfOnlyCaveat(court: CourtState): string | undefined {
  const acms = court.acms;
  if (!acms || !acmsMayHoldCases(acms.status) || acms.inAcms === undefined) return undefined;
  return `Only for cases still in CM/ECF. Not for those filed in ACMS, which you log in to with your PACER account: ${acms.inAcms}.`;
}

/** New cases (of some types, or all) are filed in ACMS: how to file there. */
export const fileInAcms: CourtRule = (plan, court) => {
  const acms = court.acms;
  if (!acms || (acms.status !== 'all-new-cases' && acms.status !== 'some-case-types')) return;
  // A filer who is set up in the court needs nothing more: ACMS uses the same PACER login.
  if (court.answers.linked === 'yes') return;
  const allNew = acms.moves.find((move) => move.cases === 'all-new');
  const since = allNew?.from ?? allNew?.to;
  plan.add('file-in-acms', {
    court,
    why:
      acms.status === 'all-new-cases' && since !== undefined
        ? `The ${court.name} opens all new cases in ACMS, its Appellate Case Management System, not in CM/ECF, since ${formatDay(since)}.`
        : `The ${court.name} files some case types in ACMS, its Appellate Case Management System, not in CM/ECF: ${acms.inAcms ?? ''}.`,
    contacts: 'court',
    ...caveatOf(
      acms.status === 'some-case-types'
        ? 'Only if you file in the case types the court files in ACMS.'
        : undefined,
      // The court speaks of filers "registered", not of old CM/ECF logins never linked.
      court.answers.linked === 'no' && court.answers['ecf-login'] !== 'none'
        ? 'The court does not say whether a CM/ECF login not yet linked to your PACER account counts as registered for ACMS: if ACMS does not let you file, ask the court.'
        : undefined,
    ),
    sources: acms.sources,
  });
};
