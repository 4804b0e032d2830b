/**
 * The plan: profiles + answers + as-of date → an ordered list of what to do. Pure: no I/O,
 * no clock. The rules run in the order below; each is a small named step in rules/, one
 * concern per file, that reads the answers and the court facts and adds what applies. The
 * builder orders the actions at the end (types.ts, ACTION_ORDER), so a rule's place here
 * decides only the order of the notes.
 */
import { PlanBuilder, type CourtRule, type PlanInput, type PlanRule } from './builder.js';
import { fileInAcms } from './rules/file-in-acms.js';
import { bankruptcyCourtLogin } from './rules/bankruptcy.js';
import { changeFirm } from './rules/changed-firm.js';
import { addCjaExemption, mergeExemptAccount, switchExemptionStatus } from './rules/cja.js';
import { linkEcfAccount, recoverEcfLogin } from './rules/court-access.js';
import { waitForGoLive } from './rules/wait-for-go-live.js';
import {
  joinAsAttorney,
  joinAsFilingAgent,
  joinAsLimitedFiler,
  joinAsProSe,
} from './rules/joining.js';
import { enrollMfa, recoverMfa } from './rules/mfa.js';
import { noteCourtNotes, noteLinkingPerCourt } from './rules/notes.js';
import {
  checkAccountType,
  findPacerAccount,
  recoverPacerUsername,
  noteProblemsOfReplacedAccount,
  reactivatePacerAccount,
  registerPacerAccount,
  resetPacerPassword,
  setUpFirmBilling,
  upgradePacerAccount,
} from './rules/pacer-account.js';
import {
  noteNothingToUnlink,
  refreshEcfMenus,
  unlinkEcfAccount,
  updateContactInfo,
  updateSecondaryEmail,
} from './rules/troubleshooting.js';
import { endEfiling } from './rules/leaving.js';
import { askFeeExemption } from './rules/fee-exemption.js';
import { changeName } from './rules/name-change.js';
import { getNotices } from './rules/notices.js';
import { fileProofOfClaim } from './rules/proof-of-claim.js';
import { renewAdmission } from './rules/renewal.js';
import { purposeOf, type Purpose } from './questions.js';
import type { CourtProfile, NationalProcedures, SourceEntry } from '../profile/schema.js';
import type { ResolvedAnswers } from './answers.js';
import type { Plan } from './types.js';

export type { PlanInput } from './builder.js';

/** The PACER account and its MFA: done once, before anything in a court. */
const ACCOUNT_RULES: readonly PlanRule[] = [
  findPacerAccount,
  recoverPacerUsername,
  resetPacerPassword,
  reactivatePacerAccount,
  recoverMfa,
  noteProblemsOfReplacedAccount,
  registerPacerAccount,
  checkAccountType,
  upgradePacerAccount,
  enrollMfa,
  setUpFirmBilling,
];

/** Each court in turn: go-live, filing rights (linking, or joining the court), ACMS, CJA, its bankruptcy court, its problems. */
const COURT_RULES: readonly CourtRule[] = [
  waitForGoLive,
  recoverEcfLogin,
  joinAsAttorney,
  joinAsProSe,
  joinAsFilingAgent,
  joinAsLimitedFiler,
  linkEcfAccount,
  fileInAcms,
  mergeExemptAccount,
  addCjaExemption,
  switchExemptionStatus,
  bankruptcyCourtLogin,
  refreshEcfMenus,
  updateSecondaryEmail,
  unlinkEcfAccount,
];

/** What holds across courts, then the notes. */
const CLOSING_RULES: readonly PlanRule[] = [
  noteNothingToUnlink,
  changeFirm,
  updateContactInfo,
  noteLinkingPerCourt,
  noteCourtNotes,
];

/**
 * The rules of each purpose other than filing in a case: its own plan, with no PACER account,
 * login or linking steps (the answers behind those are not asked for it). This table is what
 * runs a purpose's rules only for it: the rules do not ask the purpose again.
 */
const PURPOSE_RULES: Record<
  Exclude<Purpose, 'file-in-case'>,
  { account: readonly PlanRule[]; court: readonly CourtRule[] }
> = {
  'notices-only': { account: [], court: [getNotices] },
  'proof-of-claim': { account: [], court: [fileProofOfClaim] },
  renew: { account: [], court: [renewAdmission] },
  'name-change': { account: [changeName], court: [] },
  leaving: { account: [], court: [endEfiling] },
  'fee-exemption': { account: [], court: [askFeeExemption] },
};

/** Makes the plan. */
export function makePlan(input: PlanInput): Plan {
  const plan = new PlanBuilder(input);
  const purpose = purposeOf(plan.filer);
  if (purpose !== 'file-in-case') {
    const rules = PURPOSE_RULES[purpose];
    for (const rule of rules.account) rule(plan);
    for (const court of plan.courts) for (const rule of rules.court) rule(plan, court);
    return plan.finish();
  }
  for (const rule of ACCOUNT_RULES) rule(plan);
  for (const court of plan.courts) for (const rule of COURT_RULES) rule(plan, court);
  for (const rule of CLOSING_RULES) rule(plan);
  return plan.finish();
}

/** What a plan needs of a set of profiles (the catalog a command loaded). */
export interface PlanCatalog {
  courts: ReadonlyMap<string, CourtProfile>;
  national: NationalProcedures;
  sources: ReadonlyMap<string, SourceEntry>;
}

/** The plan for these courts of a catalog (each id must be in it). */
export function planCourts(
  catalog: PlanCatalog,
  courtIds: readonly string[],
  answers: ResolvedAnswers,
  asOf: string,
): Plan {
  return makePlan({
    courts: courtIds.map((id) => {
      const court = catalog.courts.get(id);
      if (!court) throw new Error(`court ${id} is not in the catalog`);
      return court;
    }),
    lookup: (id) => catalog.courts.get(id),
    national: catalog.national,
    registry: catalog.sources,
    answers,
    asOf,
  });
}
