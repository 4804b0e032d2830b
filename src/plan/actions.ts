/**
 * Every action a plan can hold, in one place: its id, its place in the order (the order of
 * this table: what depends on what), the procedure whose steps it shows, and the facts about it
 * that the plan's invariants check (test/helpers/invariants.ts). Adding an action is adding a
 * line here (README, "Adding an action"): a procedure id that is not one of the data's fails
 * the type check, and a procedure the national procedures lack fails the build.
 */
import type { ProcedureId } from '../profile/schema.js';

export interface ActionSpec {
  readonly id: string;
  /**
   * The procedure whose steps it shows (procedures/national.yaml); null where each rule that
   * adds it names one of its variants (`plan.add` then requires `procedure`: type-checked).
   */
  readonly procedure: ProcedureId | null;
  /** `pacer`: done once, for the PACER account (court: null); `court`: for one court. */
  readonly scope: 'pacer' | 'court';
  /** Joining a court with no CM/ECF login there: permission, admission, registration. */
  readonly registration?: true;
  /** Needs filing rights in the court: never before the registration granting them. */
  readonly needsFilingRights?: true;
  /** Logs in with the upgraded account: PACER asks for MFA there, so MFA is settled first. */
  readonly logsIn?: true;
  /** Settles MFA (enrols, or gets back in). */
  readonly settlesMfa?: true;
  /** About the court's CM/ECF login: none of it concerns a case filed in ACMS. */
  readonly cmEcfOnly?: true;
  /** Needs the court to be on NextGen. */
  readonly needsNextGen?: true;
}

/**
 * In the order actions are listed. MFA comes before every action that logs in to PACER or
 * CM/ECF with the upgraded account: PACER asks for it at login.
 */
export const ACTIONS = [
  { id: 'find-pacer-account', procedure: 'find-pacer-account', scope: 'pacer' },
  { id: 'reset-pacer-password', procedure: 'reset-pacer-password', scope: 'pacer' },
  { id: 'reactivate-pacer-account', procedure: 'reactivate-pacer-account', scope: 'pacer' },
  { id: 'recover-mfa', procedure: 'recover-mfa', scope: 'pacer', settlesMfa: true },
  { id: 'register-pacer-account', procedure: 'register-pacer-account', scope: 'pacer' },
  { id: 'check-account-type', procedure: 'check-account-type', scope: 'pacer' },
  { id: 'upgrade-pacer-account', procedure: 'upgrade-pacer-account', scope: 'pacer' },
  { id: 'enroll-mfa', procedure: 'enroll-mfa', scope: 'pacer', settlesMfa: true },
  { id: 'set-up-firm-billing', procedure: 'set-up-firm-billing', scope: 'pacer', logsIn: true },
  // Joining a court: permission, admission or registration, before anything needing filing rights.
  {
    id: 'get-pro-se-permission',
    procedure: 'get-pro-se-permission',
    scope: 'court',
    registration: true,
  },
  {
    id: 'apply-for-admission',
    procedure: 'apply-for-admission',
    scope: 'court',
    registration: true,
    logsIn: true,
  },
  {
    id: 'register-pro-hac-vice',
    procedure: 'register-pro-hac-vice',
    scope: 'court',
    registration: true,
    logsIn: true,
  },
  {
    id: 'register-federal-attorney',
    procedure: 'register-federal-attorney',
    scope: 'court',
    registration: true,
    logsIn: true,
  },
  {
    id: 'request-filing-access',
    procedure: 'request-filing-access',
    scope: 'court',
    registration: true,
    logsIn: true,
  },
  {
    id: 'register-filing-agent',
    procedure: 'register-filing-agent',
    scope: 'court',
    registration: true,
    logsIn: true,
  },
  {
    id: 'register-limited-filer',
    procedure: 'register-limited-filer',
    scope: 'court',
    registration: true,
    logsIn: true,
  },
  // Pro se or pro hac vice: each rule names the court's way (pro-se-without-efiling, ...).
  { id: 'file-without-efiling', procedure: null, scope: 'court', registration: true },
  { id: 'recover-ecf-login', procedure: 'recover-ecf-login', scope: 'court', cmEcfOnly: true },
  { id: 'file-in-acms', procedure: 'file-in-acms', scope: 'court', logsIn: true },
  { id: 'wait-for-go-live', procedure: 'wait-for-go-live', scope: 'court' },
  {
    id: 'link-ecf-account',
    procedure: 'link-ecf-account',
    scope: 'court',
    logsIn: true,
    cmEcfOnly: true,
  },
  {
    id: 'bankruptcy-court-login',
    procedure: 'bankruptcy-court-login',
    scope: 'court',
    logsIn: true,
  },
  { id: 'merge-exempt-account', procedure: 'merge-exempt-account', scope: 'pacer' },
  { id: 'add-cja-exemption', procedure: 'add-cja-exemption', scope: 'court' },
  {
    id: 'switch-exemption-status',
    procedure: 'switch-exemption-status',
    scope: 'court',
    needsFilingRights: true,
    logsIn: true,
  },
  {
    id: 'refresh-ecf-menus',
    procedure: 'refresh-ecf-menus',
    scope: 'court',
    needsFilingRights: true,
    logsIn: true,
    needsNextGen: true,
  },
  { id: 'change-firm', procedure: 'change-firm', scope: 'pacer', logsIn: true },
  { id: 'update-contact-info', procedure: 'update-contact-info', scope: 'pacer', logsIn: true },
  {
    id: 'update-secondary-email',
    procedure: 'update-secondary-email',
    scope: 'court',
    needsFilingRights: true,
    logsIn: true,
    needsNextGen: true,
  },
  {
    id: 'unlink-ecf-account',
    procedure: 'unlink-ecf-account',
    scope: 'court',
    needsFilingRights: true,
    needsNextGen: true,
  },
  // What brings a filer beyond linking (the purpose question): each its own plan.
  { id: 'file-proof-of-claim', procedure: 'file-proof-of-claim', scope: 'court' },
  // DeBN, EBN or the court's request for electronic noticing: the rule names which.
  { id: 'get-notices', procedure: null, scope: 'court' },
  { id: 'renew-admission', procedure: 'renew-admission', scope: 'court' },
  { id: 'change-name', procedure: 'change-name', scope: 'pacer' },
  { id: 'end-efiling', procedure: 'end-efiling', scope: 'court' },
  { id: 'ask-fee-exemption', procedure: 'ask-fee-exemption', scope: 'court' },
] as const satisfies readonly ActionSpec[];

export type ActionId = (typeof ACTIONS)[number]['id'];

/** Action ids, in the order actions are listed. */
export const ACTION_ORDER = ACTIONS.map((action) => action.id) as readonly ActionId[] as [
  ActionId,
  ...ActionId[],
];

/** The actions whose procedure each rule names: `plan.add` requires one for them. */
export type ActionWithoutProcedure = Extract<(typeof ACTIONS)[number], { procedure: null }>['id'];

const BY_ID: ReadonlyMap<string, ActionSpec> = new Map(
  ACTIONS.map((action) => [action.id, action]),
);

/** The table's line for an action. */
export function actionSpecOf(id: ActionId): ActionSpec {
  return BY_ID.get(id)!;
}
