/**
 * The procedure ids, apart from the profile schema: the plan checks ids against this list at
 * run time, and importing it must not load zod (the schema's module does).
 */

/** Every procedure id the data and the plan know. Action ids are a subset. */
export const PROCEDURE_IDS = [
  'register-pacer-account',
  'register-cja-panel',
  'find-pacer-account',
  'reset-pacer-password',
  'check-account-type',
  'upgrade-pacer-account',
  'recover-ecf-login',
  'request-filing-access',
  'wait-for-go-live',
  'link-ecf-account',
  'add-cja-exemption',
  'merge-exempt-account',
  'switch-exemption-status',
  'set-up-firm-billing',
  'enroll-mfa',
  'bankruptcy-court-login',
  'refresh-ecf-menus',
  'reactivate-pacer-account',
  'update-contact-info',
  'update-secondary-email',
  'unlink-ecf-account',
  // Joining a court: admission, registration, and the variants a court's facts choose.
  'pacer-maintenance-tab',
  'apply-for-admission',
  'apply-for-admission-in-cmecf',
  'apply-for-admission-at-court',
  'request-filing-access-non-attorney',
  'request-filing-access-by-type',
  'register-pro-hac-vice',
  'pro-hac-vice-order-first',
  'pro-hac-vice-motion-first',
  'pro-hac-vice-with-motion',
  'pro-hac-vice-pacer-first',
  'pro-hac-vice-without-efiling',
  'register-federal-attorney',
  'register-filing-agent',
  'register-limited-filer',
  'get-pro-se-permission',
  'pro-se-without-efiling',
  // Getting un-stuck (issue 12): MFA recovery, ACMS, changing firms, appellate variants.
  'recover-mfa',
  'file-in-acms',
  'change-firm',
  'update-secondary-email-appellate',
  'unlink-ecf-account-appellate',
] as const;
