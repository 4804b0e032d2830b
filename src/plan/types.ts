/**
 * The plan: what `check --format json` prints, and what every renderer reads. Its shape is a
 * stable API (documented in the README); `schemaVersion` changes if it ever has to break.
 */
import type { IsoDate } from '../dates.js';
import type { SourceKind } from '../profile/schema.js';
import type { AcmsFields } from '../profile/acms.js';
import type { GoLiveFields } from '../profile/go-live.js';
import type { LiveStatus } from './go-live.js';
import type { ResolvedAnswers } from './answers.js';

export const PLAN_SCHEMA_VERSION = 1;

/**
 * Action ids, in the order actions are listed (what depends on what). MFA comes before every
 * action that logs in to PACER or CM/ECF with the upgraded account: PACER asks for it at login.
 */
export const ACTION_ORDER = [
  'find-pacer-account',
  'reset-pacer-password',
  'reactivate-pacer-account',
  'recover-mfa',
  'register-pacer-account',
  'check-account-type',
  'upgrade-pacer-account',
  'enroll-mfa',
  'set-up-firm-billing',
  // Joining a court: permission, admission or registration, before anything needing filing rights.
  'get-pro-se-permission',
  'apply-for-admission',
  'register-pro-hac-vice',
  'register-federal-attorney',
  'request-filing-access',
  'register-filing-agent',
  'register-limited-filer',
  'file-without-efiling',
  'recover-ecf-login',
  'file-in-acms',
  'wait-for-go-live',
  'link-ecf-account',
  'bankruptcy-court-login',
  'merge-exempt-account',
  'add-cja-exemption',
  'switch-exemption-status',
  'refresh-ecf-menus',
  'change-firm',
  'update-contact-info',
  'update-secondary-email',
  'unlink-ecf-account',
] as const;
export type ActionId = (typeof ACTION_ORDER)[number];

export type PlanStatus = 'ready' | 'action-needed' | 'waiting';

export interface PlanLink {
  label: string;
  url: string;
  /** Ids of the sources that give this link (keys of the plan's `sources`). */
  sources: string[];
}

export interface PlanContact {
  label: string;
  name?: string;
  division?: string;
  phone?: string;
  extension?: string;
  email?: string;
  hours?: string;
  url?: string;
  /** Ids of the sources that give this contact. */
  sources: string[];
}

export interface PlanAction {
  id: ActionId;
  /** The court this action is for, or null for a PACER-level action done once. */
  court: string | null;
  title: string;
  /** Which answer and which court rule make this action apply. */
  why: string;
  /** Ids of the sources of the facts in `why`, `deadline`, `notBefore` and `caveat`. */
  whySources: string[];
  steps: string[];
  /** For each step, the ids of the sources that support it. */
  stepSources: string[][];
  links: PlanLink[];
  contacts: PlanContact[];
  /** It cannot be done before this day (the court's go-live). */
  notBefore?: IsoDate;
  /**
   * It cannot be done before the court's go-live, whose day no source gives: the go-live in
   * words, e.g. "expected in December 2017, exact day not known".
   */
  notBeforeGoLive?: string;
  /** Do it before this day. */
  deadline?: IsoDate;
  /** When the action applies only under a condition the tool cannot know. */
  caveat?: string;
  /** Every source the action cites (its steps, links, contacts and why), in first-cited order. */
  sources: string[];
}

export interface PlanCourt {
  id: string;
  name: string;
  type: string;
  jurisdiction: string | null;
  ecfUrl: string;
  website?: string;
  nextGen: {
    /** On NextGen on the as-of date: live, not-live, or unknown when the facts cannot say. */
    status: LiveStatus;
  } & GoLiveFields & {
      /** Earliest and latest day the go-live can have been, where known. */
      earliest?: IsoDate;
      latest?: IsoDate;
      page?: string;
      sources: string[];
    };
  /** Courts of appeals: which new cases are filed in ACMS rather than CM/ECF on the as-of date. */
  acms?: AcmsFields;
  helpDesks: PlanContact[];
}

export interface PlanNote {
  court: string | null;
  text: string;
  sources: string[];
}

/** A document the plan cites: what a reader needs to find it. */
export interface PlanSource {
  id: string;
  title: string;
  publisher: string;
  /** `web-page`: a URL a firm's own profile cites directly, with nothing known of it. */
  kind: SourceKind | 'web-page';
  /** When it was published, or the day of a data feed's copy. */
  date?: string;
  url?: string;
  /** The public page that links to a document with no public copy found. */
  foundAt?: string;
  /** Where a copy ships in the package (seed documents), relative to the package. */
  copy?: string;
  /** The day the project last read it against the facts. */
  checked?: IsoDate;
}

/** How old the facts are, per kind of source: a feed's copy day, else the day last checked. */
export type DataAsOf = Partial<Record<PlanSource['kind'], IsoDate>>;

export interface Plan {
  schemaVersion: typeof PLAN_SCHEMA_VERSION;
  asOf: IsoDate;
  /** The age of the facts this plan cites, per kind of source (the oldest of each kind). */
  dataAsOf: DataAsOf;
  status: PlanStatus;
  courts: PlanCourt[];
  answers: ResolvedAnswers;
  actions: PlanAction[];
  notes: PlanNote[];
  /** Every source cited above, by id, in first-cited order. */
  sources: PlanSource[];
}
