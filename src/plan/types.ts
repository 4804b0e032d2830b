/**
 * The plan: what `check --format json` prints, and what every renderer reads. Its shape is a
 * stable API (documented in the README, published as schema/plan.schema.json); `schemaVersion`
 * changes if it ever has to break. The shapes are defined once, as the zod schemas of
 * output-schema.ts, and the types here are inferred from them: `import type` only, so nothing
 * that renders a plan loads zod.
 */
import type { z } from 'zod';
import type {
  DataAsOfSchema,
  PlanActionSchema,
  PlanContactSchema,
  PlanCourtSchema,
  PlanLinkSchema,
  PlanNoteSchema,
  PlanSchema,
  PlanSourceSchema,
} from './output-schema.js';

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

export type PlanStatus = Plan['status'];

export type PlanLink = z.infer<typeof PlanLinkSchema>;
export type PlanContact = z.infer<typeof PlanContactSchema>;
export type PlanAction = z.infer<typeof PlanActionSchema>;
export type PlanCourt = z.infer<typeof PlanCourtSchema>;
export type PlanNote = z.infer<typeof PlanNoteSchema>;
/** A document the plan cites: what a reader needs to find it. */
export type PlanSource = z.infer<typeof PlanSourceSchema>;
/** How old the facts are, per kind of source: a feed's copy day, else the day last checked. */
export type DataAsOf = z.infer<typeof DataAsOfSchema>;
export type Plan = z.infer<typeof PlanSchema>;
