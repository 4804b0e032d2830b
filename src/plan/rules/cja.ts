/**
 * CJA panel attorneys: one PACER account for private and CJA work, fee exemption added per
 * court, and the exempt status switched on in every session of CJA work.
 */
import { goLiveSources } from '../../profile/go-live.js';
import { opening, type CourtState } from '../court-state.js';
import type { AddOptions, CourtRule } from '../builder.js';
import type { AnswerValue } from '../questions.js';

/** What the filer said of the exemption on their own account, as a why-line goes on. */
const HELD_WORDS: Record<AnswerValue<'cja-exemption'>, string> = {
  yes: ' and your own PACER account already carries CJA exemption there',
  no: ' and your own PACER account has no CJA exemption there yet',
  unknown: ' and do not know whether your own PACER account carries CJA exemption there',
};

/** The exemption is still to be put on the account (the filer did not say it is there). */
function exemptionPending(court: CourtState): boolean {
  return court.answers['cja-exemption'] !== 'yes';
}

/** A separate exempt account: its privileges move to the individual account. */
export const mergeExemptAccount: CourtRule = (plan, court) => {
  if (court.answers.cja !== 'yes' || plan.filer['exempt-account'] !== 'yes') return;
  plan.add('merge-exempt-account', {
    why: `You have a separate exempt (CJA) PACER account. NextGen needs only one PACER account for private and CJA work: the exempt privileges move to your individual account.`,
    contacts: 'psc',
    overrideCourts: plan.cjaCourts().map((c) => c.profile),
  });
};

/** Exemption for this court, unless the account carries it or registration asks for it. */
export const addCjaExemption: CourtRule = (plan, court) => {
  if (court.answers.cja !== 'yes' || plan.filer['exempt-account'] === 'yes') return;
  if (plan.registrationCjaCourt === court || !exemptionPending(court)) return;
  const held = court.answers['cja-exemption'];
  const options: AddOptions = {
    court,
    why: `You are on the ${court.name}'s CJA panel${held ? HELD_WORDS[held] : ''}: PACER fee exemption is added to your account per court by the PACER Service Center.`,
    contacts: 'psc',
  };
  if (held === 'unknown')
    options.caveat =
      'Only if your account does not already carry CJA exemption for this court; if you are not sure, ask the PACER Service Center.';
  if (plan.filer['pacer-account'] === 'unknown')
    options.caveat =
      'Once you have your account, and only if it does not already carry CJA exemption for this court.';
  plan.add('add-cja-exemption', options);
};

/** The exempt status resets at every login: an action until all is set up, then a reminder. */
export const switchExemptionStatus: CourtRule = (plan, court) => {
  if (court.answers.cja !== 'yes') return;
  if (court.answers.linked !== 'yes' || exemptionPending(court) || court.status !== 'live') {
    plan.add('switch-exemption-status', {
      court,
      why: `You are on the ${court.name}'s CJA panel: your status defaults to not exempt at every login, so you switch it in each session of CJA work, or you are billed.`,
      contacts: 'court',
      ...opening(court),
      sources: goLiveSources(court.profile.nextGen),
    });
    return;
  }
  // Ready: nothing to do now, but the switch is needed at every login, so the plan keeps its
  // steps (the court's own where it gives them, as the Connecticut seed does).
  const steps = plan.stepsOf('switch-exemption-status', court);
  plan.note(
    court,
    `CJA work in the ${court.name}: each time you log in, switch to exempt status (it defaults to not exempt at every login): ${steps.map((step, index) => `(${index + 1}) ${step.text}`).join(' ')}`,
    steps.flatMap((step) => step.sources),
  );
};
