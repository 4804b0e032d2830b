/**
 * An attorney who moved to another law firm: the same PACER account, new contact details in
 * PACER (with care over which cases they rewrite), out of the old firm's PACER Administrative
 * Account and into the new one's, and secondary e-mail addresses court by court.
 */
import { problemText, type PlanBuilder, type PlanRule } from '../builder.js';

/** True when the plan moves an existing account to a new firm (an attorney who changed firms). */
export function changesFirm(plan: PlanBuilder): boolean {
  return plan.problems.has('changed-firm') && plan.filer.filer === 'attorney' && !plan.registering;
}

/** The firm change itself, done once in PACER. */
export const changeFirm: PlanRule = (plan) => {
  if (!plan.problems.has('changed-firm')) return;
  if (plan.filer.filer !== 'attorney') {
    plan.note(
      null,
      `You said ${problemText('changed-firm')}, which is for attorneys moving to another law firm, so nothing is planned for it. To change your address or e-mail, choose ${problemText('update-contact-info')}.`,
      [],
    );
    return;
  }
  if (plan.registering) {
    plan.note(
      null,
      `You said ${problemText('changed-firm')}: the individual PACER account you register now is yours, not your firm's; give your new firm's address and e-mail when you register it.`,
      [],
    );
    return;
  }
  plan.add('change-firm', {
    why:
      `You said ${problemText('changed-firm')}. Your PACER account moves with you: your firm, address and e-mail are changed in PACER, which sends them to the courts you choose.` +
      (plan.problems.has('update-contact-info') ? ' This covers update-contact-info too.' : ''),
    contacts: 'psc',
    ...(plan.filer['pacer-account'] === 'unknown'
      ? {
          caveat: 'Once you have found your PACER account (you did not know whether you have one).',
        }
      : {}),
  });
};
