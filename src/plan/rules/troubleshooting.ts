/** Problems the filer reported: limited menus, e-mail addresses, a wrong link, contact details. */
import { sourcesOf } from '../../profile/sources.js';
import { answerText, type CourtRule, type PlanRule } from '../builder.js';
import { changesFirm } from './changed-firm.js';

/** After linking, the filing menus do not show. */
export const refreshEcfMenus: CourtRule = (plan, court) => {
  if (court.status === 'not-live' || !plan.problems.has('menus-limited')) return;
  plan.add('refresh-ecf-menus', {
    court,
    why: 'You reported problems: menus-limited.',
    contacts: 'court',
  });
};

/** Secondary e-mail addresses, kept by each court; a firm change does not carry them over. */
export const updateSecondaryEmail: CourtRule = (plan, court) => {
  if (court.status === 'not-live') return;
  const asked = plan.problems.has('update-secondary-email');
  if (!asked && !changesFirm(plan)) return;
  plan.add('update-secondary-email', {
    court,
    why: asked
      ? `You reported problems: update-secondary-email. Secondary e-mail addresses are kept by each court in CM/ECF, not in PACER.`
      : `You reported problems: changed-firm. Secondary e-mail addresses (your old firm's staff, say) do not change with your PACER contact details: each court keeps them in CM/ECF.`,
    contacts: 'court',
    sources: asked ? [] : sourcesOf(plan.national.procedures['change-firm'].source),
  });
};

/** The wrong CM/ECF account is linked in a court where the filer is linked. */
export const unlinkEcfAccount: CourtRule = (plan, court) => {
  if (court.status === 'not-live' || !plan.problems.has('unlink')) return;
  if (court.answers.linked !== 'yes') return;
  plan.add('unlink-ecf-account', {
    court,
    why: `You reported problems: unlink, and your account is linked in the ${court.name}.`,
    contacts: 'court',
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
