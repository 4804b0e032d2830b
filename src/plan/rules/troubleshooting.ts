/** Problems the filer reported: limited menus, e-mail addresses, a wrong link, contact details. */
import { sourcesOf } from '../../profile/sources.js';
import { answerText, type CourtRule, type PlanRule, problemText } from '../builder.js';
import { changesFirm } from './changed-firm.js';

/** After linking, the filing menus do not show. */
export const refreshEcfMenus: CourtRule = (plan, court) => {
  if (court.status === 'not-live' || !plan.problems.has('menus-limited')) return;
  plan.add('refresh-ecf-menus', {
    court,
    why: `You said ${problemText('menus-limited')}.`,
    contacts: 'court',
  });
};

/**
 * Secondary e-mail addresses: district and bankruptcy courts keep them in CM/ECF, courts of
 * appeals with the e-filer account in PACER. A firm change does not carry them over.
 */
export const updateSecondaryEmail: CourtRule = (plan, court) => {
  if (court.status === 'not-live') return;
  const asked = plan.problems.has('update-secondary-email');
  if (!asked && !changesFirm(plan)) return;
  const appellate = court.profile.type === 'appellate';
  const kept = appellate
    ? `For a court of appeals they are kept with your e-filer account in PACER, not in the court's CM/ECF.`
    : `Each court keeps them in CM/ECF, not in PACER.`;
  plan.add('update-secondary-email', {
    court,
    why: asked
      ? `You said ${problemText('update-secondary-email')}. ${kept}`
      : `You said ${problemText('changed-firm')}. Secondary e-mail addresses (your old firm's staff, say) do not change with your PACER contact details. ${kept}`,
    ...(appellate ? { procedure: 'update-secondary-email-appellate' as const } : {}),
    contacts: appellate ? 'both' : 'court',
    sources: asked ? [] : sourcesOf(plan.national.procedures['change-firm'].source),
  });
};

/** The wrong CM/ECF account is linked in a court where the filer is linked. */
export const unlinkEcfAccount: CourtRule = (plan, court) => {
  if (court.status === 'not-live' || !plan.problems.has('unlink')) return;
  if (court.answers.linked !== 'yes') return;
  const appellate = court.profile.type === 'appellate';
  plan.add('unlink-ecf-account', {
    court,
    why: `You said ${problemText('unlink')}, and your account is linked in the ${court.name}.`,
    ...(appellate ? { procedure: 'unlink-ecf-account-appellate' as const } : {}),
    contacts: appellate ? 'both' : 'court',
  });
};

/** A wrong link reported, but no court linked: nothing to unlink. */
export const noteNothingToUnlink: PlanRule = (plan) => {
  if (!plan.problems.has('unlink')) return;
  if (plan.courts.some((court) => court.answers.linked === 'yes')) return;
  plan.note(
    null,
    `You reported the wrong CM/ECF account linked, but answered that no court is linked yet: there is nothing to unlink. If a court is linked, answer ${answerText('linked', 'yes')} for it.`,
    [],
  );
};

/** Name, firm, address, phone or primary e-mail, kept in PACER. */
export const updateContactInfo: PlanRule = (plan) => {
  // A firm change updates the same details, with the care it needs.
  if (!plan.problems.has('update-contact-info') || changesFirm(plan)) return;
  plan.add('update-contact-info', {
    why: 'You reported problems: update-contact-info. Name, firm, address, phone and primary e-mail are kept in PACER, which forwards changes to the courts.',
    contacts: 'psc',
  });
};
