/**
 * Joining a court where the filer has never had a CM/ECF login: the road depends on who files
 * (attorney, pro se party, filing agent, limited filer), how an attorney comes to the court
 * (admitted, applying, pro hac vice, federal), and above all on the court's own rules: whose bar
 * it uses, how it takes applications, whether it admits attorneys pro hac vice, whether a
 * self-represented party may e-file. The court's rule wins over the national route; where its
 * pages do not say, the plan says so in one line and gives the usual way as the usual one.
 */
import { knownFact } from '../../profile/facts.js';
import { sourcesOf } from '../../profile/sources.js';
import type { Admission, CourtProfile, ProcedureId, ProHacVice } from '../../profile/schema.js';
import type { AddOptions, CourtRule, PlanBuilder } from '../builder.js';
import { opening, type CourtState } from '../court-state.js';
import {
  admissionSteps,
  alternativeSteps,
  factSources,
  formLinks,
  proHacViceSteps,
  registersOnOwnSystem,
  registrationExtraSteps,
  theCourt,
  thirdPartyRule,
  unknownRule,
  LIMITED_FILER_ROUTES,
} from '../court-rules.js';
import { placeholderCourt } from '../procedures.js';

/** Never had a CM/ECF login in this court, so there is nothing to link: the filer joins it. */
function joins(court: CourtState): boolean {
  return court.answers.linked !== 'yes' && court.answers['ecf-login'] === 'none';
}

/** The court's page on joining it (its admissions page, else its website), and its sources. */
function pageOf(court: CourtProfile): { url?: string; sources: string[] } {
  const page = knownFact(court.joining.admissionsPage) ?? court.website;
  return page ? { url: page.url, sources: sourcesOf(page.source) } : { sources: [] };
}

/** The line a fact needs where only a third party's copy states it; undefined otherwise. */
function onlyCopied(
  plan: PlanBuilder,
  court: CourtProfile,
  fact: object | undefined,
  what: string,
): string | undefined {
  return plan.onlyThirdParty(factSources(fact)) ? thirdPartyRule(court, what) : undefined;
}

/** Caveats joined into one, or none. */
function caveats(...lines: (string | undefined)[]): Pick<AddOptions, 'caveat'> {
  const given = lines.filter((line): line is string => line !== undefined);
  return given.length > 0 ? { caveat: given.join(' ') } : {};
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
      (court.status === 'not-live' && throughPacer
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

/**
 * The court whose bar an attorney joins to practise in this one: itself, or the district court
 * whose bar a bankruptcy court uses. A bankruptcy court whose pages do not say is sent to its
 * district's bar as the usual way, with a line saying so.
 */
function barOf(
  plan: PlanBuilder,
  court: CourtProfile,
): { admitting: CourtProfile; via?: string[]; unknownBar?: boolean } {
  const bar = knownFact(court.joining.bar);
  if (bar && bar.court !== court.id) {
    const district = plan.lookup(bar.court);
    if (district) return { admitting: district, via: sourcesOf(bar.source) };
  }
  if (!bar && court.type === 'bankruptcy') {
    const id = court.related.find((related) => related.relation === 'district')?.id;
    const district = id ? plan.lookup(id) : undefined;
    if (district) return { admitting: district, unknownBar: true };
  }
  return { admitting: court };
}

/** An attorney not admitted: the admitting court's route, requirements and fee. */
function applyForAdmission(plan: PlanBuilder, court: CourtState, reason?: string): void {
  const { admitting, via, unknownBar } = barOf(plan, court.profile);
  const fact = knownFact(admitting.joining.admission);
  const route = fact?.route ?? 'pacer';
  const other = admitting.id !== court.profile.id;
  const answered = `You are not yet admitted to the ${court.name}`;
  const why = reason
    ? `${answered}${reason}`
    : other && via
      ? `${answered}. It has no bar of its own: attorneys practise there as members of the bar of ${theCourt(admitting)}, so you apply for admission there first.`
      : `${answered}: you apply for admission to the bar of ${theCourt(admitting)} before you can e-file there.`;
  const caveats = [
    unknownBar
      ? unknownRule(
          court.profile,
          court.profile.joining.bar,
          'whose bar admits attorneys to practise there',
          `the bar of its district court, ${theCourt(admitting)}`,
        )
      : undefined,
    fact
      ? onlyCopied(
          plan,
          admitting,
          admitting.joining.admission,
          'how it takes applications for admission',
        )
      : unknownRule(
          admitting,
          admitting.joining.admission,
          'how it takes applications for admission',
          "PACER's Attorney Admissions/E-File Registration",
        ),
  ].filter((text): text is string => text !== undefined);
  const page = pageOf(admitting);
  plan.add(
    'apply-for-admission',
    joinOptions(
      court,
      why,
      {
        procedure: ADMISSION_PROCEDURES[route],
        placeholders: placeholderCourt(admitting),
        overrideCourts: [admitting],
        ...(other ? { contactCourt: admitting } : {}),
        stepsBefore: admissionSteps(admitting, fact),
        extraLinks: formLinks(fact?.form),
        sources: [...(via ?? []), ...(fact ? sourcesOf(fact.source) : page.sources)],
        ...(caveats.length > 0 ? { caveat: caveats.join(' ') } : {}),
      },
      route !== 'court',
    ),
  );
  // Admitted to the district's bar, the attorney still registers in the bankruptcy court's own
  // CM/ECF: a separate system, with its own registration.
  if (other) registerAsAdmitted(plan, court, 'once admitted to the bar it uses');
}

/** The steps that come before the PACER request, by the court's pro hac vice order. */
const PRO_HAC_VICE_LEADS: Partial<Record<NonNullable<ProHacVice['order']>, ProcedureId>> = {
  'order-first': 'pro-hac-vice-order-first',
  'motion-first': 'pro-hac-vice-motion-first',
  'with-motion': 'pro-hac-vice-with-motion',
};

/** A pro hac vice attorney: the court's way, or its other route where it admits none. */
function registerProHacVice(plan: PlanBuilder, court: CourtState): void {
  const recorded = court.profile.joining.proHacVice;
  const fact = knownFact(recorded);
  const answered = `You come to the ${court.name} pro hac vice, for a case`;
  const sources = factSources(recorded);
  if (fact?.available === false) {
    if (fact.kind === 'association') {
      plan.add('file-without-efiling', {
        court,
        why: `${answered}, and it does not admit attorneys pro hac vice: you appear with a member of its bar, who files.`,
        procedure: 'pro-hac-vice-association',
        contacts: 'court',
        stepsAfter: proHacViceSteps(court.profile, fact),
        sources,
        ...caveats(onlyCopied(plan, court.profile, recorded, 'that it admits no one pro hac vice')),
      });
      return;
    }
    applyForAdmission(
      plan,
      court,
      `, and it does not admit attorneys pro hac vice: to appear in a case there you apply for admission to its bar.`,
    );
    return;
  }
  if (fact?.efiling === 'not-allowed') {
    plan.add('file-without-efiling', {
      court,
      why: `${answered}, and it does not let pro hac vice attorneys e-file.`,
      procedure: 'pro-hac-vice-without-efiling',
      contacts: 'court',
      stepsAfter: proHacViceSteps(court.profile, fact),
      sources,
      ...caveats(
        onlyCopied(plan, court.profile, recorded, 'that pro hac vice attorneys may not e-file'),
      ),
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
      stepsBefore: proHacViceSteps(court.profile, fact),
      extraLinks: formLinks(fact?.form),
      sources: fact ? sources : pageOf(court.profile).sources,
      ...caveats(
        onlyCopied(plan, court.profile, recorded, 'how it admits attorneys pro hac vice'),
        fact?.order
          ? undefined
          : unknownRule(
              court.profile,
              fact ?? recorded,
              fact
                ? 'whether the order admitting you pro hac vice must come before the PACER request'
                : 'how it admits attorneys pro hac vice',
              'a motion to appear pro hac vice filed in the case (by local counsel where its rules say so), then this PACER request',
            ),
      ),
    }),
  );
}

/** An attorney admitted (or about to be) who registers to e-file: PACER, plus the court's extras. */
function registerAsAdmitted(plan: PlanBuilder, court: CourtState, when?: string): void {
  const recorded = court.profile.joining.efileRegistration;
  const fact = knownFact(recorded);
  const base = when
    ? `You register to e-file in the ${court.name} ${when}: its CM/ECF is a system of its own.`
    : `You are admitted to the ${court.name}'s bar but have never e-filed there: you register to e-file.`;
  if (registersOnOwnSystem(fact)) {
    plan.add(
      'request-filing-access',
      joinOptions(
        court,
        base,
        {
          procedure: 'register-on-court-system',
          stepsAfter: registrationExtraSteps(court.profile, fact),
          extraLinks: formLinks(fact?.form),
          sources: factSources(recorded),
          ...caveats(
            onlyCopied(
              plan,
              court.profile,
              recorded,
              'that it registers e-filers on its own system',
            ),
          ),
        },
        false,
      ),
    );
    return;
  }
  plan.add(
    'request-filing-access',
    joinOptions(court, base, {
      stepsAfter: registrationExtraSteps(court.profile, fact),
      extraLinks: formLinks(fact?.form),
      sources: fact ? factSources(recorded) : pageOf(court.profile).sources,
      ...caveats(
        fact
          ? onlyCopied(plan, court.profile, recorded, 'what it adds to the e-file registration')
          : unknownRule(
              court.profile,
              recorded,
              'whether it adds anything (its own form, training) to the e-file registration',
              "PACER's e-file registration alone",
            ),
      ),
    }),
  );
}

/** A federal attorney: the court's rule for government attorneys, where it states one. */
function registerFederalAttorney(plan: PlanBuilder, court: CourtState): void {
  const recorded = court.profile.joining.government;
  const fact = knownFact(recorded);
  const rule = fact
    ? fact.rule === 'no-admission-needed'
      ? 'it lets attorneys for the United States appear without admission to its bar'
      : fact.rule === 'admission-required'
        ? 'it asks government attorneys to be admitted to its bar too'
        : 'it waives the admission fee for government attorneys'
    : undefined;
  plan.add(
    'register-federal-attorney',
    joinOptions(
      court,
      `You come to the ${court.name} as a federal government attorney: federal attorneys register to e-file through PACER${rule ? `; ${rule}${fact?.localRule ? ` (${fact.localRule})` : ''}` : " under the court's rule for government attorneys"}.`,
      {
        sources: fact ? factSources(recorded) : pageOf(court.profile).sources,
        ...caveats(
          fact
            ? onlyCopied(plan, court.profile, recorded, 'what it asks of government attorneys')
            : unknownRule(
                court.profile,
                recorded,
                'what it asks of government attorneys',
                'PACER\'s "Federal Attorney" registration, without admission to its bar',
              ),
        ),
      },
    ),
  );
}

/** Registration for each kind of attorney answer. */
const ATTORNEY_PATHS: Record<
  'admitted' | 'not-admitted' | 'pro-hac-vice' | 'federal-attorney',
  (plan: PlanBuilder, court: CourtState) => void
> = {
  admitted: (plan, court) => registerAsAdmitted(plan, court),
  'not-admitted': (plan, court) => applyForAdmission(plan, court),
  'pro-hac-vice': registerProHacVice,
  'federal-attorney': registerFederalAttorney,
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
      `You have never had a CM/ECF login for the ${court.name}: with none to link, you ask the court for e-filing rights on your PACER account.`,
      {
        procedure: 'request-filing-access-by-type',
        caveat:
          'Answer admission (admitted, not-admitted, pro-hac-vice or federal-attorney) for the exact steps of your case.',
      },
    ),
  );
};

/** A self-represented party: the court's rule first, its other ways to file where it has them. */
export const joinAsProSe: CourtRule = (plan, court) => {
  if (plan.filer.filer !== 'pro-se' || !joins(court)) return;
  const recorded = court.profile.joining.proSe;
  const fact = knownFact(recorded);
  const answered = `You represent yourself and have never e-filed in the ${court.name}`;
  const alternatives = alternativeSteps(court.profile, fact);
  const conditions = fact?.conditions?.length ? ` (${fact.conditions.join('; ')})` : '';
  if (fact?.efiling === 'not-allowed') {
    plan.add('file-without-efiling', {
      court,
      why: `${answered}: the court does not let self-represented parties e-file${fact.localRule ? ` (${fact.localRule})` : ''}; file in one of the ways it offers.`,
      procedure: 'pro-se-without-efiling',
      contacts: 'court',
      stepsAfter: alternatives.steps,
      extraLinks: alternatives.links,
      sources: factSources(recorded),
      ...caveats(
        onlyCopied(plan, court.profile, recorded, 'its rule for self-represented parties'),
      ),
    });
    return;
  }
  const permissionFirst = fact?.efiling === 'permission-first' || !fact;
  if (permissionFirst) {
    plan.add('get-pro-se-permission', {
      court,
      why: fact
        ? `${answered}: the court lets a self-represented party e-file only with its permission${conditions}.`
        : `${answered}: many courts let a self-represented party e-file only with the court's permission.`,
      contacts: 'court',
      extraLinks: formLinks(fact?.form),
      ...(fact
        ? {
            sources: factSources(recorded),
            ...caveats(
              onlyCopied(plan, court.profile, recorded, 'its rule for self-represented parties'),
            ),
          }
        : {
            sources: pageOf(court.profile).sources,
            caveat: unknownRule(
              court.profile,
              recorded,
              "whether a self-represented party may e-file, or needs the judge's permission first",
              "to ask the judge's permission first, by motion in your case",
            ),
          }),
      // Until permission comes (or where it is refused), the court's other ways to file.
      stepsAfter: alternatives.steps,
    });
  }
  const how =
    fact?.efiling === 'by-request'
      ? ': the request itself is how you ask the court, which decides on it'
      : permissionFirst
        ? ' once the court has given permission'
        : '';
  plan.add(
    'request-filing-access',
    joinOptions(
      court,
      `${answered}: you register to e-file through PACER's non-attorney registration${how}${fact && !permissionFirst ? conditions : ''}.`,
      {
        procedure: 'request-filing-access-non-attorney',
        sources: fact ? factSources(recorded) : pageOf(court.profile).sources,
        ...(!permissionFirst
          ? caveats(
              onlyCopied(plan, court.profile, recorded, 'its rule for self-represented parties'),
            )
          : {}),
        ...(!permissionFirst
          ? { stepsAfter: alternatives.steps, extraLinks: alternatives.links }
          : {}),
      },
    ),
  );
};

/** Staff who file for an attorney or trustee. */
export const joinAsFilingAgent: CourtRule = (plan, court) => {
  if (plan.filer.filer !== 'filing-agent' || !joins(court)) return;
  const recorded = court.profile.joining.filingAgents;
  const fact = knownFact(recorded);
  const answered = `You file for an attorney or trustee and have no filing login of your own in the ${court.name}`;
  if (fact?.accepted === false) {
    // The court's rule decides: no filing agents there, so the attorney files.
    plan.add('file-without-efiling', {
      court,
      why: `${answered}: the court does not accept filing agents, so the attorney files, with their own login.`,
      procedure: 'filing-agent-not-accepted',
      contacts: 'court',
      sources: factSources(recorded),
      ...caveats(onlyCopied(plan, court.profile, recorded, 'its rule for filing agents')),
    });
    return;
  }
  plan.add(
    'register-filing-agent',
    joinOptions(
      court,
      `${answered}: a filing agent registers with their own PACER account, and the attorney adds them in CM/ECF.`,
      fact
        ? {
            sources: factSources(recorded),
            ...caveats(onlyCopied(plan, court.profile, recorded, 'its rule for filing agents')),
          }
        : {
            sources: pageOf(court.profile).sources,
            caveat: unknownRule(
              court.profile,
              recorded,
              'whether it accepts filing agents',
              "PACER's Non-Attorney E-File Registration as Filing Agent, as bankruptcy courts describe it",
            ),
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
  const recorded = court.profile.joining.limitedFilers;
  const fact = knownFact(recorded);
  const claims = knownFact(court.profile.joining.proofOfClaim);
  // The decisive fact first, before any log-in step: a claims agent may need no account.
  if (claims?.epoc && claims.loginNeeded === false)
    plan.note(
      court,
      `Check first whether you need an account at all: ${theCourt(court.profile)} takes proofs of claim online without a login, at ${claims.epoc.url}.`,
      [...sourcesOf(claims.source), ...sourcesOf(claims.epoc.source)],
    );
  else
    plan.note(
      court,
      'Check first whether you need an account at all: many bankruptcy courts take proofs of claim online without one.',
      ['alsb-non-attorney-filers'],
    );
  const ownForm =
    fact && fact.route !== 'pacer'
      ? [
          {
            text: `${fact.route === 'court-system' ? 'Register on the court’s own system' : 'Complete the court’s own limited-filer form'}${fact.form ? `: ${fact.form.label}, ${fact.form.url}` : ''}${fact.route === 'court-form-and-pacer' ? ', besides the PACER request' : ''}.`,
            sources: factSources(recorded),
          },
        ]
      : [];
  plan.add(
    'register-limited-filer',
    joinOptions(
      court,
      `You file as a creditor, claims agent or other limited filer, with no filing login of your own in the ${court.name}: limited filers register ${LIMITED_FILER_ROUTES[fact?.route ?? 'pacer']}.`,
      {
        stepsAfter: ownForm,
        extraLinks: formLinks(fact?.form, claims?.epoc),
        sources: fact ? factSources(recorded) : pageOf(court.profile).sources,
        ...(fact
          ? caveats(onlyCopied(plan, court.profile, recorded, 'how limited filers register'))
          : {
              caveat: unknownRule(
                court.profile,
                recorded,
                'how limited filers register',
                "PACER's Non-Attorney E-File Registration as Creditor",
              ),
            }),
      },
      fact?.route !== 'court-system',
    ),
  );
};
