/**
 * Joining a court where the filer has never had a CM/ECF login: the road goes through PACER's
 * Maintenance tab, by a path that depends on who files (attorney, pro se party, filing agent,
 * limited filer) and how an attorney comes to the court (admitted, applying, pro hac vice,
 * federal). What a court requires (its admission route, the pro hac vice order, permission for
 * pro se parties) comes from its profile; where the profile does not know, the plan says so.
 */
import { knownFact } from '../../profile/facts.js';
import { sourcesOf } from '../../profile/sources.js';
import type { Admission, ProcedureId, ProHacVice } from '../../profile/schema.js';
import { answerText, type AddOptions, type CourtRule, type PlanBuilder } from '../builder.js';
import { opening, type CourtState } from '../court-state.js';

/** Never had a CM/ECF login in this court, so there is nothing to link: the filer joins it. */
function joins(court: CourtState): boolean {
  return court.answers.linked !== 'yes' && court.answers['ecf-login'] === 'none';
}

/** "the court's website, https://..." where the profile has one. */
function websiteOf(court: CourtState): { text: string; sources: string[] } {
  const page = knownFact(court.profile.joining.admissionsPage) ?? court.profile.website;
  return page
    ? { text: `its website, ${page.url}`, sources: sourcesOf(page.source) }
    : { text: 'its website', sources: [] };
}

/** A caveat for a court fact the profile does not have, pointing to the court's website. */
function unknownFact(court: CourtState, what: string): Pick<AddOptions, 'caveat' | 'sources'> {
  const site = websiteOf(court);
  return {
    caveat: `nextgen-ready does not know ${what} in the ${court.name}: check ${site.text}, before you start.`,
    sources: site.sources,
  };
}

/** A joining fact's sources, where the profile states it. */
function factSources(fact: { source: string | string[] } | undefined): string[] {
  return fact ? sourcesOf(fact.source) : [];
}

/**
 * What every registration through PACER shares: the court, its contacts and the PACER Service
 * Center, the Maintenance tab before the request, when it opens, and its caveats.
 */
function joinOptions(
  court: CourtState,
  why: string,
  extra: Partial<AddOptions>,
  throughPacer = true,
): AddOptions {
  const { leadProcedures = [], caveat, ...rest } = extra;
  const caveats = [
    caveat,
    court.status === 'unknown'
      ? "The court's go-live day is not known: this works through PACER only once the court is on NextGen."
      : undefined,
  ].filter((text): text is string => text !== undefined);
  return {
    court,
    why:
      why +
      (court.status === 'not-live'
        ? ' Through PACER this works once the court is on NextGen; until then, ask the court how to register.'
        : ''),
    contacts: 'both',
    ...opening(court),
    ...rest,
    // What the court requires first (a motion, an order) comes before logging in to PACER.
    leadProcedures: throughPacer ? [...leadProcedures, 'pacer-maintenance-tab'] : leadProcedures,
    ...(caveats.length > 0 ? { caveat: caveats.join(' ') } : {}),
  };
}

const ADMISSION_PROCEDURES: Record<Admission['route'], ProcedureId> = {
  pacer: 'apply-for-admission',
  'pacer-then-cmecf': 'apply-for-admission-in-cmecf',
  court: 'apply-for-admission-at-court',
};

/** An attorney not admitted: the court's admission route (through PACER where it takes it). */
function applyForAdmission(plan: PlanBuilder, court: CourtState): void {
  const fact = knownFact(court.profile.joining.admission);
  const why = `You answered ${answerText('admission', 'not-admitted')} for the ${court.name}: you apply for admission to its bar before you can e-file there.`;
  const route = fact?.route ?? 'pacer';
  plan.add(
    'apply-for-admission',
    joinOptions(
      court,
      why,
      {
        procedure: ADMISSION_PROCEDURES[route],
        ...(fact
          ? { sources: factSources(fact) }
          : unknownFact(court, 'whether admission is applied for through PACER')),
      },
      route !== 'court',
    ),
  );
}

/** The steps that come before the PACER request, by the court's pro hac vice order. */
const PRO_HAC_VICE_LEADS: Partial<Record<NonNullable<ProHacVice['order']>, ProcedureId>> = {
  'order-first': 'pro-hac-vice-order-first',
  'motion-first': 'pro-hac-vice-motion-first',
  'with-motion': 'pro-hac-vice-with-motion',
};

/** A pro hac vice attorney: the court's order of steps, or no e-filing where it allows none. */
function registerProHacVice(plan: PlanBuilder, court: CourtState): void {
  const fact = knownFact(court.profile.joining.proHacVice);
  const answered = `You answered ${answerText('admission', 'pro-hac-vice')} for the ${court.name}`;
  if (fact?.efiling === 'not-allowed') {
    plan.add('file-without-efiling', {
      court,
      why: `${answered}, and it does not let pro hac vice attorneys e-file.`,
      procedure: 'pro-hac-vice-without-efiling',
      contacts: 'court',
      sources: factSources(fact),
    });
    return;
  }
  const order = fact?.order;
  const lead = order ? PRO_HAC_VICE_LEADS[order] : undefined;
  plan.add(
    'register-pro-hac-vice',
    joinOptions(court, `${answered}: you register to e-file there as a pro hac vice attorney.`, {
      ...(lead ? { leadProcedures: [lead] } : {}),
      ...(order === 'pacer-first' ? { extraProcedures: [{ id: 'pro-hac-vice-pacer-first' }] } : {}),
      ...(order
        ? { sources: factSources(fact) }
        : unknownFact(
            court,
            'whether the order admitting you pro hac vice must come before the PACER request (courts differ)',
          )),
    }),
  );
}

/** Registration for each kind of attorney answer. */
const ATTORNEY_PATHS: Record<
  'admitted' | 'not-admitted' | 'pro-hac-vice' | 'federal-attorney',
  (plan: PlanBuilder, court: CourtState) => void
> = {
  admitted: (plan, court) =>
    plan.add(
      'request-filing-access',
      joinOptions(
        court,
        `You answered ${answerText('admission', 'admitted')} and ${answerText('ecf-login', 'none')} for the ${court.name}: admitted but never an e-filer there, you register to e-file through PACER.`,
        {},
      ),
    ),
  'not-admitted': applyForAdmission,
  'pro-hac-vice': registerProHacVice,
  'federal-attorney': (plan, court) =>
    plan.add(
      'register-federal-attorney',
      joinOptions(
        court,
        `You answered ${answerText('admission', 'federal-attorney')} for the ${court.name}: federal attorneys register to e-file through PACER under the court's rule for government attorneys.`,
        {},
      ),
    ),
};

/** An attorney new to the court's CM/ECF, by how they come to it (or the general steps). */
export const joinAsAttorney: CourtRule = (plan, court) => {
  if (plan.filer.filer !== 'attorney' || !joins(court)) return;
  const admission = court.answers.admission;
  if (admission) {
    ATTORNEY_PATHS[admission](plan, court);
    return;
  }
  // Not answered (a roster or answers file from before the question): every registration type.
  plan.add(
    'request-filing-access',
    joinOptions(
      court,
      `You answered ${answerText('ecf-login', 'none')} for the ${court.name}: with no CM/ECF login to link, you ask the court for e-filing rights on your PACER account.`,
      {
        procedure: 'request-filing-access-by-type',
        caveat:
          'Answer admission (admitted, not-admitted, pro-hac-vice or federal-attorney) for the exact steps of your case.',
      },
    ),
  );
};

/** A self-represented party: the court's permission first where it asks for it, then PACER. */
export const joinAsProSe: CourtRule = (plan, court) => {
  if (plan.filer.filer !== 'pro-se' || !joins(court)) return;
  const fact = knownFact(court.profile.joining.proSe);
  const answered = `You answered ${answerText('filer', 'pro-se')} and ${answerText('ecf-login', 'none')} for the ${court.name}`;
  if (fact?.efiling === 'not-allowed') {
    plan.add('file-without-efiling', {
      court,
      why: `${answered}: the court does not let self-represented parties e-file.`,
      procedure: 'pro-se-without-efiling',
      contacts: 'court',
      sources: factSources(fact),
    });
    return;
  }
  if (fact?.efiling !== 'no-permission-needed') {
    plan.add('get-pro-se-permission', {
      court,
      why: `${answered}: a self-represented party needs the court's permission to e-file in a case${fact ? '' : ' in many courts'}.`,
      contacts: 'court',
      ...(fact
        ? { sources: factSources(fact) }
        : unknownFact(court, 'whether a self-represented party needs permission first')),
    });
  }
  const afterPermission = fact?.efiling !== 'no-permission-needed';
  plan.add(
    'request-filing-access',
    joinOptions(
      court,
      `${answered}: you register to e-file through PACER's non-attorney registration${afterPermission ? ' once the court has given permission' : ''}.`,
      {
        procedure: 'request-filing-access-non-attorney',
        ...(fact ? { sources: factSources(fact) } : {}),
      },
    ),
  );
};

/** Staff who file for an attorney or trustee. */
export const joinAsFilingAgent: CourtRule = (plan, court) => {
  if (plan.filer.filer !== 'filing-agent' || !joins(court)) return;
  const bankruptcy = court.profile.type === 'bankruptcy';
  plan.add(
    'register-filing-agent',
    joinOptions(
      court,
      `You answered ${answerText('filer', 'filing-agent')} and ${answerText('ecf-login', 'none')} for the ${court.name}: a filing agent registers with their own PACER account, and the attorney adds them in CM/ECF.`,
      bankruptcy
        ? {}
        : {
            caveat: `Filing agents are described by bankruptcy courts; nextgen-ready does not know whether the ${court.name} accepts them: check ${websiteOf(court).text}.`,
            sources: websiteOf(court).sources,
          },
    ),
  );
};

/** Creditors, claims agents and other limited filers, in a bankruptcy court. */
export const joinAsLimitedFiler: CourtRule = (plan, court) => {
  if (plan.filer.filer !== 'limited-filer' || !joins(court)) return;
  if (court.profile.type !== 'bankruptcy') {
    // The edge refuses this answer set (answers.ts); a plan made anyway says why nothing applies.
    plan.note(
      court,
      `Limited (creditor) filing accounts are for bankruptcy courts; the ${court.name} is not one, so no limited-filer registration applies there.`,
      sourcesOf(plan.national.procedures['register-limited-filer'].source),
    );
    return;
  }
  plan.add(
    'register-limited-filer',
    joinOptions(
      court,
      `You answered ${answerText('filer', 'limited-filer')} and ${answerText('ecf-login', 'none')} for the ${court.name}: limited filers register through PACER's non-attorney registration.`,
      {},
    ),
  );
};
