/**
 * The plan: what `check --format json` prints, and what every renderer reads. Its shape is a
 * stable API (documented in the README); `schemaVersion` changes if it ever has to break.
 */
import type { IsoDate } from '../dates.js';
import type { GoLiveFields } from '../profile/go-live.js';
import type { LiveStatus } from './go-live.js';
import type { ResolvedAnswers } from './answers.js';

export const PLAN_SCHEMA_VERSION = 1;

/** Action ids, in the order actions are listed (what depends on what). */
export const ACTION_ORDER = [
  'find-pacer-account',
  'reset-pacer-password',
  'reactivate-pacer-account',
  'register-pacer-account',
  'check-account-type',
  'upgrade-pacer-account',
  'set-up-firm-billing',
  'recover-ecf-login',
  'request-filing-access',
  'wait-for-go-live',
  'link-ecf-account',
  'bankruptcy-court-login',
  'merge-exempt-account',
  'add-cja-exemption',
  'switch-exemption-status',
  'enroll-mfa',
  'refresh-ecf-menus',
  'update-contact-info',
  'update-secondary-email',
  'unlink-ecf-account',
] as const;
export type ActionId = (typeof ACTION_ORDER)[number];

export type PlanStatus = 'ready' | 'action-needed' | 'waiting';

export interface PlanLink {
  label: string;
  url: string;
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
  note?: string;
}

export interface PlanAction {
  id: ActionId;
  /** The court this action is for, or null for a PACER-level action done once. */
  court: string | null;
  title: string;
  /** Which answer and which court rule make this action apply. */
  why: string;
  steps: string[];
  links: PlanLink[];
  contacts: PlanContact[];
  /** It cannot be done before this day (the court's go-live). */
  notBefore?: IsoDate;
  /** Do it before this day. */
  deadline?: IsoDate;
  /** When the action applies only under a condition the tool cannot know. */
  caveat?: string;
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
  helpDesks: PlanContact[];
}

export interface PlanNote {
  court: string | null;
  text: string;
  sources: string[];
}

export interface Plan {
  schemaVersion: typeof PLAN_SCHEMA_VERSION;
  asOf: IsoDate;
  status: PlanStatus;
  courts: PlanCourt[];
  answers: ResolvedAnswers;
  actions: PlanAction[];
  notes: PlanNote[];
}
