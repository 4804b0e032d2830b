/**
 * The rules every plan must keep, whatever the answers, court and date. Returns the
 * violations found (empty when the plan is sound), so a test can show they can fail. What
 * each action is (its scope, whether it registers, logs in, needs NextGen...) is read from the
 * table of actions, where an action is added; the rules below hold for every action so marked.
 */
import { goLiveBounds } from '../../src/profile/go-live.js';
import type { CourtProfile } from '../../src/profile/schema.js';
import { ACTIONS, type ActionSpec } from '../../src/plan/actions.js';
import type { Purpose } from '../../src/plan/questions.js';
import { ACTION_ORDER, type ActionId, type Plan, type PlanAction } from '../../src/plan/types.js';

/** The actions the table (src/plan/actions.ts) says a fact of. */
const actionsWhere = (fact: (action: ActionSpec) => boolean | undefined): ActionId[] =>
  ACTIONS.filter((action: ActionSpec) => fact(action)).map((action) => action.id);

/** Actions done once for the PACER account (court: null); every other action names a court. */
export const PACER_LEVEL: ReadonlySet<ActionId> = new Set(
  actionsWhere((action) => action.scope === 'pacer'),
);

/** Joining a court with no CM/ECF login there: permission, admission, registration. */
export const REGISTRATIONS: readonly ActionId[] = actionsWhere((action) => action.registration);

/** Actions that need filing rights in the court: never before the registration granting them. */
const NEEDS_FILING_RIGHTS: readonly ActionId[] = actionsWhere((action) => action.needsFilingRights);

/** Pairs that must come in this order when both are present (for the same court, where court-level). */
const BEFORE: readonly [ActionId, ActionId][] = [
  ...REGISTRATIONS.flatMap((registration) =>
    NEEDS_FILING_RIGHTS.map((needs): [ActionId, ActionId] => [registration, needs]),
  ),
  ['get-pro-se-permission', 'request-filing-access'],
  ['register-pacer-account', 'request-filing-access'],
  ['upgrade-pacer-account', 'request-filing-access'],
  ['find-pacer-account', 'link-ecf-account'],
  ['register-pacer-account', 'link-ecf-account'],
  ['check-account-type', 'upgrade-pacer-account'],
  ['upgrade-pacer-account', 'link-ecf-account'],
  ['reset-pacer-password', 'link-ecf-account'],
  ['recover-ecf-login', 'link-ecf-account'],
  ['wait-for-go-live', 'link-ecf-account'],
  ['link-ecf-account', 'switch-exemption-status'],
  ['link-ecf-account', 'refresh-ecf-menus'],
  ['enroll-mfa', 'refresh-ecf-menus'],
];

/**
 * Actions that log in to PACER or CM/ECF with the upgraded account: PACER asks for MFA at that
 * login, so enrolling (or getting back in) must come first.
 */
const LOGS_IN: ReadonlySet<ActionId> = new Set(actionsWhere((action) => action.logsIn));

/** The actions that settle MFA. */
const MFA_ACTIONS: readonly ActionId[] = actionsWhere((action) => action.settlesMfa);

/** Actions about the court's CM/ECF login: none of them concerns a case filed in ACMS. */
const CM_ECF_ONLY: ReadonlySet<ActionId> = new Set(actionsWhere((action) => action.cmEcfOnly));

/** Actions that need the court to be on NextGen. */
const NEEDS_NEXTGEN: ReadonlySet<ActionId> = new Set(actionsWhere((action) => action.needsNextGen));

/** The one action of each purpose other than filing in a case. */
const PURPOSE_ACTIONS: Record<Exclude<Purpose, 'file-in-case'>, ActionId> = {
  'notices-only': 'get-notices',
  'proof-of-claim': 'file-proof-of-claim',
  renew: 'renew-admission',
  'name-change': 'change-name',
  leaving: 'end-efiling',
  'fee-exemption': 'ask-fee-exemption',
};

/** Every violation of the plan rules in `plan`. */
export function findViolations(plan: Plan, profiles: ReadonlyMap<string, CourtProfile>): string[] {
  const problems: string[] = [];
  const courtIds = new Set(plan.courts.map((court) => court.id));
  const seen = new Set<string>();
  const indexOf = (id: ActionId, court: string | null) =>
    plan.actions.findIndex(
      (action) =>
        action.id === id && (court === null || action.court === null || action.court === court),
    );

  plan.actions.forEach((action, index) => {
    const key = `${action.id}@${action.court ?? 'pacer'}`;
    if (seen.has(key)) problems.push(`${key}: duplicate (id, court)`);
    seen.add(key);
    if (action.sources.length === 0) problems.push(`${key}: no source`);
    if (
      action.stepSources.length !== action.steps.length ||
      action.stepSources.some((ids) => ids.length === 0)
    )
      problems.push(`${key}: a step without its sources`);
    if (action.sources.some((id) => !plan.sources.some((source) => source.id === id)))
      problems.push(`${key}: cites a source missing from the plan's sources`);
    if (PACER_LEVEL.has(action.id) !== (action.court === null))
      problems.push(`${key}: wrong scope`);
    if (action.court !== null && !courtIds.has(action.court))
      problems.push(`${key}: court not in the plan`);
    if (action.steps.length === 0) problems.push(`${key}: no steps`);
    const texts = [action.title, action.why, ...action.steps, action.caveat ?? ''];
    if (texts.some((text) => text.includes('{court.')))
      problems.push(`${key}: placeholder left unfilled`);
    if (action.links.some((link) => !link.url.startsWith('https://')))
      problems.push(`${key}: non-https link`);
    if (action.notBefore !== undefined && action.notBefore <= plan.asOf)
      problems.push(`${key}: notBefore ${action.notBefore} is not after ${plan.asOf}`);
    if (action.deadline !== undefined && action.deadline < plan.asOf)
      problems.push(`${key}: deadline ${action.deadline} already past`);
    if (index > 0) {
      const previous = plan.actions[index - 1]!;
      const order = ACTION_ORDER.indexOf(previous.id) - ACTION_ORDER.indexOf(action.id);
      if (order > 0) problems.push(`${key}: listed after ${previous.id}`);
    }
  });

  for (const court of plan.courts) {
    const profile = profiles.get(court.id);
    if (!profile) continue;
    const { earliest, latest } = goLiveBounds(profile.nextGen);
    const notLive = earliest !== undefined && plan.asOf < earliest;
    const live = latest !== undefined && plan.asOf >= latest;
    if (court.nextGen.status !== (live ? 'live' : notLive ? 'not-live' : 'unknown'))
      problems.push(`${court.id}: status ${court.nextGen.status} disagrees with the dates`);
    const link = plan.actions.find(
      (action) => action.id === 'link-ecf-account' && action.court === court.id,
    );
    if (notLive) {
      // Never link before go-live.
      // Not before the first possible day, or (no day stated) not before the go-live itself.
      const waits =
        link?.notBeforeGoLive !== undefined ||
        (link?.notBefore !== undefined && link.notBefore >= earliest);
      if (link && !waits) problems.push(`${court.id}: linking before go-live`);
      for (const action of plan.actions) {
        if (action.court === court.id && NEEDS_NEXTGEN.has(action.id))
          problems.push(`${action.id}@${court.id}: planned before go-live`);
      }
      if (plan.answers.courts[court.id]?.linked !== undefined)
        problems.push(`${court.id}: asked whether linked before go-live`);
    } else if (!live && link && link.caveat === undefined) {
      problems.push(
        `${court.id}: go-live unknown on this day, yet linking is planned without a caveat`,
      );
    }
    if (link && plan.answers.courts[court.id]?.linked === 'yes')
      problems.push(`${court.id}: linking planned although already linked`);
    // No registration for someone who already has (or had) a login there: they link instead.
    const answers = plan.answers.courts[court.id];
    const joins = answers?.linked !== 'yes' && answers?.['ecf-login'] === 'none';
    for (const action of plan.actions)
      if (action.court === court.id && REGISTRATIONS.includes(action.id) && !joins)
        problems.push(`${action.id}@${court.id}: a registration for a filer with a login there`);
    if (link && joins) problems.push(`${court.id}: linking planned with no login to link`);
  }

  // What brings the filer: a purpose other than filing in a case has its own actions only (no
  // PACER account, login or linking steps), and the court-level one in each court it concerns.
  const purpose = plan.answers.filer.purpose ?? 'file-in-case';
  if (purpose !== 'file-in-case') {
    const own = PURPOSE_ACTIONS[purpose];
    for (const action of plan.actions)
      if (action.id !== own)
        problems.push(`${action.id}@${action.court ?? 'pacer'}: planned for purpose ${purpose}`);
    for (const court of plan.courts) {
      const concerned =
        !PACER_LEVEL.has(own) && (purpose !== 'proof-of-claim' || court.type === 'bankruptcy');
      const has = plan.actions.some((action) => action.id === own && action.court === court.id);
      if (concerned !== has)
        problems.push(`${own}@${court.id} ${has ? 'planned' : 'missing'} for purpose ${purpose}`);
    }
    if (PACER_LEVEL.has(own) && !plan.actions.some((action) => action.id === own))
      problems.push(`${own} missing for purpose ${purpose}`);
  }

  // ACMS: its steps where new cases are filed there; no linking advice for what moved there.
  for (const court of purpose === 'file-in-case' ? plan.courts : []) {
    const acms = court.acms;
    const inAcms = acms?.status === 'all-new-cases' || acms?.status === 'some-case-types';
    const mayBe = inAcms || acms?.status === 'unknown';
    const filesThere = plan.actions.some((a) => a.id === 'file-in-acms' && a.court === court.id);
    const linked = plan.answers.courts[court.id]?.linked === 'yes';
    if (filesThere !== (inAcms && !linked))
      problems.push(
        `file-in-acms@${court.id} ${filesThere ? 'planned' : 'missing'} (ACMS ${acms?.status ?? 'none'})`,
      );
    for (const action of plan.actions) {
      if (action.court !== court.id || !CM_ECF_ONLY.has(action.id)) continue;
      if (mayBe && !(acms?.inAcms && action.caveat?.includes(acms.inAcms)))
        problems.push(
          `${action.id}@${court.id}: linking advice not limited to what stays in CM/ECF`,
        );
      if (!mayBe && action.caveat?.includes('ACMS'))
        problems.push(`${action.id}@${court.id}: ACMS caveat where no case is filed in ACMS`);
    }
  }

  for (const [first, second] of BEFORE) {
    for (const action of plan.actions.filter((a) => a.id === second)) {
      const firstIndex = indexOf(first, action.court);
      if (firstIndex > plan.actions.indexOf(action))
        problems.push(`${first} must come before ${second}@${action.court ?? 'pacer'}`);
    }
  }

  // Nothing logs in before MFA is settled.
  for (const mfa of MFA_ACTIONS) {
    const mfaIndex = plan.actions.findIndex((action) => action.id === mfa);
    if (mfaIndex < 0) continue;
    plan.actions.forEach((action, index) => {
      if (LOGS_IN.has(action.id) && index < mfaIndex)
        problems.push(`${action.id}@${action.court ?? 'pacer'} logs in before ${mfa}`);
    });
  }
  const mfaAnswer = plan.answers.filer.mfa;
  const recovers = plan.actions.some((action) => action.id === 'recover-mfa');
  if (recovers !== (mfaAnswer === 'locked-out'))
    problems.push(
      `mfa: ${mfaAnswer ?? 'not asked'}, yet recover-mfa is ${recovers ? '' : 'not '}planned`,
    );
  if (mfaAnswer === 'locked-out' && plan.actions.some((action) => action.id === 'enroll-mfa'))
    problems.push('enroll-mfa planned for an account already enrolled (locked out)');

  // A firm change is an attorney's, with an account to move; it covers the contact details and
  // sends the filer to every court's secondary addresses.
  const { filer, problems: reported = [], 'pacer-account': account } = plan.answers.filer;
  const movesFirm =
    reported.includes('changed-firm') &&
    filer === 'attorney' &&
    account !== 'none' &&
    account !== 'shared';
  const changes = plan.actions.some((action) => action.id === 'change-firm');
  if (changes !== movesFirm)
    problems.push(`change-firm ${changes ? 'planned' : 'missing'} for ${filer ?? '?'}`);
  if (changes && plan.actions.some((action) => action.id === 'update-contact-info'))
    problems.push('update-contact-info planned beside change-firm');
  if (changes)
    for (const court of plan.courts)
      if (
        court.nextGen.status !== 'not-live' &&
        !plan.actions.some((a) => a.id === 'update-secondary-email' && a.court === court.id)
      )
        problems.push(`change-firm without update-secondary-email@${court.id}`);

  // The status, from what the plan says of its actions and courts rather than from statusOf's
  // own formula: ready is nothing to do; action-needed, something to do on the as-of day;
  // waiting, something to do, all of it bound to a later day or to a court's go-live.
  const courtStatus = new Map(plan.courts.map((court) => [court.id, court.nextGen.status]));
  const laterDay = (action: PlanAction) =>
    action.notBefore !== undefined && action.notBefore > plan.asOf;
  const onGoLive = (action: PlanAction) =>
    action.id === 'wait-for-go-live' || action.notBeforeGoLive !== undefined;
  const doableToday = plan.actions.filter((action) => !laterDay(action) && !onGoLive(action));
  if ((plan.status === 'ready') !== (plan.actions.length === 0))
    problems.push(`status ${plan.status} with ${plan.actions.length} actions`);
  if (plan.status === 'action-needed' && doableToday.length === 0)
    problems.push('status action-needed, but every action waits');
  if (plan.status === 'waiting' && doableToday.length > 0)
    problems.push(`status waiting, but ${doableToday[0]!.id} can be done on ${plan.asOf}`);
  for (const action of plan.actions.filter(onGoLive))
    if (action.court !== null && courtStatus.get(action.court) === 'live')
      problems.push(`${action.id}@${action.court} waits for the go-live of a court already live`);
  return problems;
}
