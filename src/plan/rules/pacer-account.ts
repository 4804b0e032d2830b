/**
 * The PACER account, done once for every court: find it, get back in, register an individual
 * account, make sure it is upgraded, and put it on the firm's billing.
 */
import { formatDay } from '../../dates.js';
import { sourcesOf } from '../../profile/sources.js';
import { placeholderCourt } from '../procedures.js';
import { answerText, type AddOptions, type PlanRule, problemText } from '../builder.js';

/** Not sure whether PACER has an account for the filer: find out first. */
export const findPacerAccount: PlanRule = (plan) => {
  if (plan.filer['pacer-account'] !== 'unknown' || plan.efilesNowhere) return;
  plan.add('find-pacer-account', {
    why: `You answered ${answerText('pacer-account', 'unknown')}. Find out first whether PACER has an account for you: every e-filer in a NextGen court needs their own individual PACER account.`,
    contacts: 'psc',
    ...plan.preparationDeadline(),
    sources: plan.preparation.sources,
  });
};

/** A forgotten password, or an account PACER may find whose password is not known. */
export const resetPacerPassword: PlanRule = (plan) => {
  const unknown = plan.filer['pacer-account'] === 'unknown';
  const forgot = plan.problems.has('forgot-pacer-password');
  if ((!unknown && !forgot) || plan.registering || (!forgot && plan.efilesNowhere)) return;
  const reset: AddOptions = {
    why: forgot
      ? `You said ${problemText('forgot-pacer-password')}.`
      : `You answered ${answerText('pacer-account', 'unknown')}: an account PACER finds for you is of use only with its password.`,
    contacts: 'psc',
  };
  if (!forgot) reset.caveat = 'Only if PACER finds an account whose password you do not know.';
  plan.add('reset-pacer-password', reset);
};

/** A forgotten username: PACER's Forgot username finds it by e-mail, or by name and birth date. */
export const recoverPacerUsername: PlanRule = (plan) => {
  if (!plan.problems.has('forgot-pacer-username') || plan.registering) return;
  plan.add('find-pacer-account', {
    procedure: 'recover-pacer-username',
    why: `You said ${problemText('forgot-pacer-username')}.`,
    contacts: 'psc',
  });
};

/** A deactivated account that the filer keeps using. */
export const reactivatePacerAccount: PlanRule = (plan) => {
  if (!plan.problems.has('account-deactivated') || plan.registering) return;
  plan.add('reactivate-pacer-account', {
    why: `You said ${problemText('account-deactivated')}.`,
    contacts: 'psc',
  });
};

/** Problems reported of an account that a new individual account replaces. */
export const noteProblemsOfReplacedAccount: PlanRule = (plan) => {
  const reported =
    plan.problems.has('forgot-pacer-password') || plan.problems.has('account-deactivated');
  if (!plan.registering || !reported) return;
  plan.note(
    null,
    'The password and deactivation problems you reported concern the account you will stop using for filing; your new individual account will not have them.',
    sourcesOf(plan.national.notes['shared-accounts'].source),
  );
};

/** No individual account (none, or only a shared one): register one, as a CJA attorney if on a panel. */
export const registerPacerAccount: PlanRule = (plan) => {
  if (!plan.registering) return;
  const shared = plan.filer['pacer-account'] === 'shared';
  const cjaCourt = plan.registrationCjaCourt;
  const reason = shared
    ? `You answered ${answerText('pacer-account', 'shared')}. Shared PACER accounts cannot be used to e-file in NextGen courts, and a shared account must not be upgraded: each filer needs their own individual account.`
    : `You answered ${answerText('pacer-account', 'none')}. Every e-filer in a NextGen court needs their own individual PACER account.`;
  const registration: AddOptions = {
    why:
      reason +
      (cjaCourt
        ? ` You are on the ${cjaCourt.name}'s CJA panel, so mark the account as a CJA attorney's when you register.`
        : '') +
      plan.preparation.why,
    contacts: 'psc',
    ...plan.preparationDeadline(),
    sources: plan.preparation.sources,
  };
  if (cjaCourt) {
    registration.extraProcedures = [
      { id: 'register-cja-panel', placeholders: placeholderCourt(cjaCourt.profile) },
    ];
    // The CJA court's own registration steps come first.
    registration.overrideCourts = [
      cjaCourt.profile,
      ...plan.profiles.filter((profile) => profile !== cjaCourt.profile),
    ];
  }
  plan.add('register-pacer-account', registration);
  if (shared) {
    const note = plan.national.notes['shared-accounts'];
    plan.note(null, note.text, sourcesOf(note.source));
  }
};

/** Whether the account is upgraded is not known. */
export const checkAccountType: PlanRule = (plan) => {
  const account = plan.filer['pacer-account'];
  const unknown = account === 'unknown';
  if (!unknown && !(account === 'individual' && plan.filer['account-type'] === 'unknown')) return;
  if (plan.efilesNowhere) return;
  const { legacyCutoff } = plan.national.facts;
  const check: AddOptions = {
    why: unknown
      ? `You answered ${answerText('pacer-account', 'unknown')}: once you have found your account, check that it is an upgraded individual account.`
      : `You answered ${answerText('account-type', 'unknown')}. NextGen courts accept only upgraded PACER accounts; accounts created before ${formatDay(legacyCutoff.date)} are legacy accounts until upgraded.`,
    contacts: 'psc',
    ...plan.preparationDeadline(),
    sources: [...sourcesOf(legacyCutoff.source), ...plan.preparation.sources],
  };
  if (unknown) check.caveat = 'Only if PACER finds an existing account for you.';
  plan.add('check-account-type', check);
};

/** A legacy account, or one that may be: upgrade it. */
export const upgradePacerAccount: PlanRule = (plan) => {
  const account = plan.filer['pacer-account'];
  const accountType = plan.filer['account-type'];
  if (account !== 'unknown' && !(account === 'individual' && accountType !== 'upgraded')) return;
  if (plan.efilesNowhere) return;
  const legacy = accountType === 'legacy';
  const upgrade: AddOptions = {
    why:
      (legacy
        ? `You answered ${answerText('account-type', 'legacy')}. A legacy PACER account cannot be used to file in a NextGen court until it is upgraded, and linking needs an upgraded account.`
        : `A legacy PACER account cannot be used to file in a NextGen court until it is upgraded.`) +
      plan.preparation.why,
    contacts: 'psc',
    ...plan.preparationDeadline(),
    sources: plan.preparation.sources,
  };
  if (!legacy) upgrade.caveat = 'Only if the Account Type says Legacy PACER Account.';
  plan.add('upgrade-pacer-account', upgrade);
};

/** The firm pays PACER centrally: the account belongs on its PACER Administrative Account. */
export const setUpFirmBilling: PlanRule = (plan) => {
  if (plan.filer['firm-billing'] !== 'yes') return;
  const account = plan.filer['pacer-account'];
  if (account === 'individual') {
    plan.note(
      null,
      "Your firm pays PACER centrally: if your individual account is not yet on the firm's PACER Administrative Account, the administrator adds it with your last name and 7-digit PACER account number.",
      sourcesOf(plan.national.procedures['set-up-firm-billing'].source),
    );
    return;
  }
  const billing: AddOptions = {
    why: `You answered ${answerText('firm-billing', 'yes')}: your firm pays PACER fees centrally through a PACER Administrative Account, which must include your ${plan.registering ? 'new individual' : 'individual'} account.`,
    contacts: 'psc',
  };
  if (account === 'unknown')
    billing.caveat =
      "Only if your account is not already on the firm's PACER Administrative Account.";
  plan.add('set-up-firm-billing', billing);
};
