/**
 * A changed name: PACER keeps it and forwards it to the NextGen courts, so it is changed once,
 * in PACER's Update Personal Information, for the courts chosen there; a court not yet on
 * NextGen keeps its own record, changed in its CM/ECF.
 */
import { sourcesOf } from '../../profile/sources.js';
import { answerText, type PlanRule } from '../builder.js';

/** Changes the filer's name in PACER, for every court asked about. */
export const changeName: PlanRule = (plan) => {
  const names = plan.courts.map((court) => `the ${court.name}`);
  const notLive = plan.courts.filter((court) => court.status !== 'live');
  const source = sourcesOf(plan.national.procedures['change-name'].source);
  plan.add('change-name', {
    why: `You answered ${answerText('purpose', 'name-change')}. Your name is kept in your PACER account and sent from there to the NextGen courts: change it once in PACER, choosing ${names.join(', ')}.`,
    contacts: 'psc',
    sources: source,
    stepsAfter: notLive.map((court) => ({
      text: `The ${court.name} ${court.status === 'not-live' ? 'is not yet' : 'may not yet be'} on NextGen: there, change your name in its own CM/ECF too (Utilities, Maintain Your CM/ECF Account), or ask its clerk's office.`,
      sources: ['pacer-faq-changing-firms'],
    })),
  });
};
