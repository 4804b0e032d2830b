/**
 * The plan: profiles + answers + as-of date → an ordered list of what to do. Pure: no I/O,
 * no clock. Every decision here cites the answer and the court fact that makes it.
 */
import { addDays, formatDay, type IsoDate } from '../dates.js';
import {
  describeGoLive,
  goLiveBounds,
  goLiveFields,
  type GoLiveBounds,
} from '../profile/go-live.js';
import type {
  CourtNote,
  CourtProfile,
  NationalProcedures,
  ProcedureId,
} from '../profile/schema.js';
import type { ResolvedAnswers } from './answers.js';
import { liveStatus, type LiveStatus } from './go-live.js';
import {
  courtDisplayName,
  placeholderCourt,
  resolveProcedure,
  sourcesOf,
  toPlanContact,
  uniqueStrings,
  type PlaceholderCourt,
} from './procedures.js';
import type { QuestionId } from './questions.js';
import {
  ACTION_ORDER,
  PLAN_SCHEMA_VERSION,
  type ActionId,
  type Plan,
  type PlanAction,
  type PlanContact,
  type PlanCourt,
  type PlanNote,
  type PlanStatus,
} from './types.js';

export interface PlanInput {
  /** The courts asked about, in the order the user gave them. */
  courts: readonly CourtProfile[];
  /** Finds a related court's profile (a district's bankruptcy court), if loaded. */
  lookup: (id: string) => CourtProfile | undefined;
  national: NationalProcedures;
  answers: ResolvedAnswers;
  asOf: IsoDate;
}

interface CourtState {
  profile: CourtProfile;
  status: LiveStatus;
  bounds: GoLiveBounds;
  answers: Partial<Record<QuestionId, string>>;
}

/** Which contacts an action shows: the court's help desks, the PACER Service Center, or both. */
type ContactSet = 'court' | 'psc' | 'both';

interface AddOptions {
  court?: CourtState;
  why: string;
  /** Procedure to use when it differs from the action id (e.g. a fragment appended). */
  extraProcedures?: { id: ProcedureId; placeholders?: PlaceholderCourt }[];
  /** Courts whose overrides apply; defaults to the action's court, or every court for PACER-level actions. */
  overrideCourts?: readonly CourtProfile[];
  /** Fills placeholders; defaults to the action's court. */
  placeholders?: PlaceholderCourt;
  contacts: ContactSet;
  /** Contacts of another court (the bankruptcy court) instead of the action's court. */
  contactCourt?: CourtProfile;
  notBefore?: IsoDate;
  deadline?: IsoDate;
  caveat?: string;
  sources?: readonly string[];
}

const answerText = (id: QuestionId, value: string) => `${id}: ${value}`;

/** Makes the plan. */
export function makePlan(input: PlanInput): Plan {
  const { national, answers, asOf } = input;
  const filer = answers.filer;
  const pacerAccount = filer['pacer-account'];
  const problems = new Set(filer.problems ?? []);
  const courts: CourtState[] = input.courts.map((profile) => ({
    profile,
    status: liveStatus(profile, asOf),
    bounds: goLiveBounds(profile.nextGen),
    answers: answers.courts[profile.id] ?? {},
  }));
  const allProfiles = courts.map((court) => court.profile);
  const actions = new Map<string, PlanAction>();
  const notes: PlanNote[] = [];
  const psc = national.pacerServiceCenter;

  const note = (court: CourtState | null, text: string, sources: readonly string[]) =>
    notes.push({ court: court?.profile.id ?? null, text, sources: uniqueStrings(sources) });

  const add = (id: ActionId, options: AddOptions) => {
    const key = `${id}@${options.court?.profile.id ?? ''}`;
    if (actions.has(key)) return;
    const courtProfile = options.court?.profile;
    const placeholders =
      options.placeholders ?? (courtProfile ? placeholderCourt(courtProfile) : undefined);
    const overrideCourts = options.overrideCourts ?? (courtProfile ? [courtProfile] : allProfiles);
    const procedure = resolveProcedure(id, national, overrideCourts, placeholders);
    const steps = [...procedure.steps];
    const links = [...procedure.links];
    const sources = [...procedure.sources];
    for (const extra of options.extraProcedures ?? []) {
      const part = resolveProcedure(
        extra.id,
        national,
        overrideCourts,
        extra.placeholders ?? placeholders,
      );
      steps.push(...part.steps);
      links.push(...part.links);
      sources.push(...part.sources);
    }
    const contacts: PlanContact[] = [...procedure.contacts];
    const contactProfile = options.contactCourt ?? courtProfile;
    if (options.contacts !== 'psc' && contactProfile) {
      contacts.push(...contactProfile.helpDesks.map(toPlanContact));
      for (const desk of contactProfile.helpDesks) sources.push(...sourcesOf(desk.source));
    }
    if (options.contacts !== 'court' || !contactProfile) {
      contacts.push(toPlanContact(psc));
      sources.push(...sourcesOf(psc.source));
    }
    const action: PlanAction = {
      id,
      court: courtProfile?.id ?? null,
      title: procedure.title,
      why: options.why,
      steps,
      links,
      contacts,
      sources: uniqueStrings([...sources, ...(options.sources ?? [])]),
    };
    if (options.notBefore !== undefined) action.notBefore = options.notBefore;
    if (options.deadline !== undefined) action.deadline = options.deadline;
    if (options.caveat !== undefined) action.caveat = options.caveat;
    actions.set(key, action);
  };

  // The last day to prepare for a court that is not live yet and whose go-live day is known.
  const prepareBy = (court: CourtState): IsoDate | undefined => {
    const { goLive } = court.profile.nextGen;
    return court.status === 'not-live' && goLive.precision === 'day'
      ? addDays(goLive.date, -1)
      : undefined;
  };
  const earliestPrepareBy = courts
    .map(prepareBy)
    .filter((day): day is IsoDate => day !== undefined)
    .sort()[0];
  const goLiveSources = (court: CourtState) => [
    ...sourcesOf(court.profile.nextGen.goLive.source),
    ...(court.profile.nextGen.notLiveOn ? sourcesOf(court.profile.nextGen.notLiveOn.source) : []),
    ...(court.profile.nextGen.liveBy ? sourcesOf(court.profile.nextGen.liveBy.source) : []),
  ];
  const pacerDeadline = earliestPrepareBy !== undefined ? { deadline: earliestPrepareBy } : {};
  const pacerDeadlineSources = courts
    .filter((court) => prepareBy(court) !== undefined)
    .flatMap(goLiveSources);
  // Name the court whose go-live sets the deadline: the first upcoming one.
  const firstGoLive = courts.find((court) => prepareBy(court) === earliestPrepareBy);
  const deadlineWhy =
    earliestPrepareBy !== undefined && firstGoLive
      ? ` Do it before the ${courtDisplayName(firstGoLive.profile)} goes live on NextGen (${describeGoLive(firstGoLive.profile.nextGen)}).`
      : '';

  // 1. The PACER account.
  const registering = pacerAccount === 'none' || pacerAccount === 'shared';
  const cjaCourts = courts.filter((court) => court.answers.cja === 'yes');
  const registrationCjaCourt = registering ? cjaCourts[0] : undefined;

  if (pacerAccount === 'unknown') {
    add('find-pacer-account', {
      why: `You answered ${answerText('pacer-account', 'unknown')}. Find out first whether PACER has an account for you: every e-filer in a NextGen court needs their own individual PACER account.`,
      contacts: 'psc',
      ...pacerDeadline,
      sources: pacerDeadlineSources,
    });
  }
  if (pacerAccount === 'unknown' || problems.has('forgot-pacer-password')) {
    if (pacerAccount !== 'none' && pacerAccount !== 'shared') {
      const reset: AddOptions = {
        why: problems.has('forgot-pacer-password')
          ? `You reported problems: forgot-pacer-password.`
          : `You answered ${answerText('pacer-account', 'unknown')}: an account PACER finds for you is of use only with its password.`,
        contacts: 'psc',
      };
      if (!problems.has('forgot-pacer-password'))
        reset.caveat = 'Only if PACER finds an account whose password you do not know.';
      add('reset-pacer-password', reset);
    }
  }
  if (problems.has('account-deactivated') && !registering) {
    add('reactivate-pacer-account', {
      why: 'You reported problems: account-deactivated.',
      contacts: 'psc',
    });
  }
  if (
    registering &&
    (problems.has('forgot-pacer-password') || problems.has('account-deactivated'))
  ) {
    note(
      null,
      'The password and deactivation problems you reported concern the account you will stop using for filing; your new individual account will not have them.',
      sourcesOf(national.notes['shared-accounts'].source),
    );
  }
  if (registering) {
    const reason =
      pacerAccount === 'shared'
        ? `You answered ${answerText('pacer-account', 'shared')}. Shared PACER accounts cannot be used to e-file in NextGen courts, and a shared account must not be upgraded: each filer needs their own individual account.`
        : `You answered ${answerText('pacer-account', 'none')}. Every e-filer in a NextGen court needs their own individual PACER account.`;
    const registration: AddOptions = {
      why:
        reason +
        (registrationCjaCourt
          ? ` You are on the ${courtDisplayName(registrationCjaCourt.profile)}'s CJA panel, so mark the account as a CJA attorney's when you register.`
          : '') +
        deadlineWhy,
      contacts: 'psc',
      ...pacerDeadline,
      sources: pacerDeadlineSources,
    };
    if (registrationCjaCourt) {
      registration.extraProcedures = [
        { id: 'register-cja-panel', placeholders: placeholderCourt(registrationCjaCourt.profile) },
      ];
      registration.overrideCourts = [
        registrationCjaCourt.profile,
        ...allProfiles.filter((p) => p !== registrationCjaCourt.profile),
      ];
    }
    add('register-pacer-account', registration);
    if (pacerAccount === 'shared')
      note(
        null,
        national.notes['shared-accounts'].text,
        sourcesOf(national.notes['shared-accounts'].source),
      );
  }
  const accountType = filer['account-type'];
  if (pacerAccount === 'unknown' || (pacerAccount === 'individual' && accountType === 'unknown')) {
    const check: AddOptions = {
      why:
        pacerAccount === 'unknown'
          ? `You answered ${answerText('pacer-account', 'unknown')}: once you have found your account, check that it is an upgraded individual account.`
          : `You answered ${answerText('account-type', 'unknown')}. NextGen courts accept only upgraded PACER accounts; accounts created before ${formatDay(national.facts.legacyCutoff.date)} are legacy accounts until upgraded.`,
      contacts: 'psc',
      ...pacerDeadline,
      sources: [...sourcesOf(national.facts.legacyCutoff.source), ...pacerDeadlineSources],
    };
    if (pacerAccount === 'unknown')
      check.caveat = 'Only if PACER finds an existing account for you.';
    add('check-account-type', check);
  }
  if (pacerAccount === 'unknown' || (pacerAccount === 'individual' && accountType !== 'upgraded')) {
    const upgrade: AddOptions = {
      why:
        (accountType === 'legacy'
          ? `You answered ${answerText('account-type', 'legacy')}. A legacy PACER account cannot be used to file in a NextGen court until it is upgraded, and linking needs an upgraded account.`
          : `A legacy PACER account cannot be used to file in a NextGen court until it is upgraded.`) +
        deadlineWhy,
      contacts: 'psc',
      ...pacerDeadline,
      sources: pacerDeadlineSources,
    };
    if (accountType !== 'legacy')
      upgrade.caveat = 'Only if the Account Type says Legacy PACER Account.';
    add('upgrade-pacer-account', upgrade);
  }
  if (filer['firm-billing'] === 'yes') {
    if (pacerAccount === 'individual') {
      const paa = national.procedures['set-up-firm-billing'];
      note(
        null,
        "Your firm pays PACER centrally: if your individual account is not yet on the firm's PACER Administrative Account, the administrator adds it with your last name and 7-digit PACER account number.",
        sourcesOf(paa.source),
      );
    } else {
      const billing: AddOptions = {
        why: `You answered ${answerText('firm-billing', 'yes')}: your firm pays PACER fees centrally through a PACER Administrative Account, which must include your ${registering ? 'new individual' : 'individual'} account.`,
        contacts: 'psc',
      };
      if (pacerAccount === 'unknown')
        billing.caveat =
          "Only if your account is not already on the firm's PACER Administrative Account.";
      add('set-up-firm-billing', billing);
    }
  }

  // 2. Each court: the CM/ECF login and linking, CJA, the bankruptcy court.
  for (const court of courts) {
    const name = courtDisplayName(court.profile);
    const goLiveText = describeGoLive(court.profile.nextGen);
    const linked = court.answers.linked === 'yes';
    const ecfLogin = court.answers['ecf-login'];
    const deadline = prepareBy(court);
    const earliest = court.bounds.earliest;
    const opensOn = court.status === 'not-live' && earliest !== undefined ? earliest : undefined;

    if (court.status === 'not-live') {
      add('wait-for-go-live', {
        court,
        why: `On ${formatDay(asOf)} the ${name} is not yet on NextGen: its go-live is ${goLiveText}. Until then its current CM/ECF login stays in use.`,
        contacts: 'court',
        sources: goLiveSources(court),
      });
    } else if (court.status === 'unknown') {
      const liveBy = court.profile.nextGen.liveBy;
      note(
        court,
        `The ${name}'s NextGen go-live day is not known (${goLiveText})` +
          (liveBy ? `; it was on NextGen by ${formatDay(liveBy.date)} at the latest` : '') +
          `. Whether it was on NextGen on ${formatDay(asOf)} cannot be said.`,
        goLiveSources(court),
      );
    }

    if (!linked) {
      if (ecfLogin === 'forgotten') {
        add('recover-ecf-login', {
          court,
          why: `You answered ${answerText('ecf-login', 'forgotten')} for the ${name}. Linking needs your current CM/ECF username and password for this court.`,
          contacts: 'court',
          ...(deadline !== undefined ? { deadline } : {}),
          sources: deadline !== undefined ? goLiveSources(court) : [],
        });
      }
      if (ecfLogin === 'none') {
        add('request-filing-access', {
          court,
          why:
            `You answered ${answerText('ecf-login', 'none')} for the ${name}: with no CM/ECF login to link, you ask the court for e-filing rights on your PACER account.` +
            (opensOn
              ? ` Through PACER this works once the court is on NextGen; until then, ask the court how to register.`
              : ''),
          contacts: 'both',
          ...(opensOn ? { notBefore: opensOn } : {}),
          ...(court.status === 'unknown'
            ? {
                caveat:
                  "The court's go-live day is not known: this works through PACER only once the court is on NextGen.",
              }
            : {}),
          sources: goLiveSources(court),
        });
      } else {
        const why =
          court.status === 'live'
            ? `The ${name} is on NextGen (go-live ${goLiveText}) and you have not linked yet${court.answers.linked === 'no' ? ` (${answerText('linked', 'no')})` : ''}: you cannot e-file there until your CM/ECF login is linked to your upgraded PACER account.`
            : court.status === 'not-live'
              ? `Linking cannot be done until the ${name} is on NextGen (go-live ${goLiveText}); after that you cannot e-file there until it is done.`
              : `Once the ${name} is on NextGen you cannot e-file there until your CM/ECF login is linked to your upgraded PACER account.`;
        add('link-ecf-account', {
          court,
          why,
          contacts: 'court',
          ...(opensOn ? { notBefore: opensOn } : {}),
          ...(court.status === 'unknown'
            ? {
                caveat: `The ${name}'s go-live day is not known: if it is not on NextGen yet, linking opens at go-live.`,
              }
            : {}),
          sources: goLiveSources(court),
        });
      }
    }

    // CJA.
    if (court.answers.cja === 'yes') {
      const exemptAccount = filer['exempt-account'];
      let exemptionPending = false;
      if (exemptAccount === 'yes') {
        add('merge-exempt-account', {
          why: `You answered ${answerText('exempt-account', 'yes')}. NextGen needs only one PACER account for private and CJA work: the exempt privileges move to your individual account.`,
          contacts: 'psc',
          overrideCourts: cjaCourts.map((c) => c.profile),
        });
        exemptionPending = true;
      } else if (registrationCjaCourt !== court) {
        const held = court.answers['cja-exemption'];
        if (held !== 'yes') {
          const options: AddOptions = {
            court,
            why: `You are on the ${name}'s CJA panel (${answerText('cja', 'yes')})${held ? ` and answered ${answerText('cja-exemption', held)}` : ''}: PACER fee exemption is added to your account per court by the PACER Service Center.`,
            contacts: 'psc',
          };
          if (held === 'unknown')
            options.caveat =
              'Only if your account does not already carry CJA exemption for this court; if you are not sure, ask the PACER Service Center.';
          if (pacerAccount === 'unknown')
            options.caveat =
              'Once you have your account, and only if it does not already carry CJA exemption for this court.';
          add('add-cja-exemption', options);
          exemptionPending = true;
        }
      } else exemptionPending = true;
      const switchProcedure = national.procedures['switch-exemption-status'];
      if (!linked || exemptionPending || court.status !== 'live') {
        add('switch-exemption-status', {
          court,
          why: `You are on the ${name}'s CJA panel: your status defaults to not exempt at every login, so you switch it in each session of CJA work, or you are billed.`,
          contacts: 'court',
          ...(opensOn ? { notBefore: opensOn } : {}),
          sources: goLiveSources(court),
        });
      } else {
        note(
          court,
          `CJA work in the ${name}: each time you log in, switch to exempt status (Utilities, Change PACER Exemption Status); it defaults to not exempt.`,
          [
            ...sourcesOf(switchProcedure.source),
            ...(court.profile.procedures['switch-exemption-status']
              ? sourcesOf(court.profile.procedures['switch-exemption-status'].source)
              : []),
          ],
        );
      }
    }

    // The district's bankruptcy court.
    if (court.answers.bankruptcy === 'yes') {
      const related = court.profile.related.find((r) => r.relation === 'bankruptcy');
      if (related) addBankruptcyAction(court, related.id, sourcesOf(related.source));
    }

    // Problems tied to a court.
    if (court.status !== 'not-live') {
      if (problems.has('menus-limited')) {
        add('refresh-ecf-menus', {
          court,
          why: 'You reported problems: menus-limited.',
          contacts: 'court',
        });
      }
      if (problems.has('update-secondary-email')) {
        add('update-secondary-email', {
          court,
          why: `You reported problems: update-secondary-email. Secondary e-mail addresses are kept by each court in CM/ECF, not in PACER.`,
          contacts: 'court',
        });
      }
      if (problems.has('unlink') && linked) {
        add('unlink-ecf-account', {
          court,
          why: `You reported problems: unlink, and your account is linked in the ${name}.`,
          contacts: 'court',
        });
      }
    }
  }
  if (problems.has('unlink') && !courts.some((court) => court.answers.linked === 'yes')) {
    note(
      null,
      'You reported the wrong CM/ECF account linked, but answered that no court is linked yet: there is nothing to unlink. If a court is linked, answer linked: yes for it.',
      [],
    );
  }
  if (problems.has('update-contact-info')) {
    add('update-contact-info', {
      why: 'You reported problems: update-contact-info. Name, firm, address, phone and primary e-mail are kept in PACER, which forwards changes to the courts.',
      contacts: 'psc',
    });
  }

  // 3. Multi-factor authentication.
  const { mfaEnrollmentBegan, mfaRequiredBy } = national.facts;
  if (asOf >= mfaEnrollmentBegan.date) {
    const mfa = filer.mfa;
    const needed = pacerAccount !== 'individual' || mfa !== 'enrolled';
    if (needed) {
      const required = `every CM/ECF filer must be enrolled in PACER multi-factor authentication by ${formatDay(mfaRequiredBy.date)} to keep access.`;
      const options: AddOptions = {
        why:
          pacerAccount === 'individual'
            ? `You answered ${answerText('mfa', mfa ?? 'unknown')}: ${required}`
            : `Your ${registering ? 'new ' : ''}PACER account needs it too: ${required}`,
        contacts: 'psc',
        sources: [...sourcesOf(mfaEnrollmentBegan.source), ...sourcesOf(mfaRequiredBy.source)],
      };
      if (asOf <= mfaRequiredBy.date) options.deadline = mfaRequiredBy.date;
      if (pacerAccount === 'individual' && mfa === 'unknown') {
        options.caveat =
          'Only if you are not enrolled: Manage PACER Account shows an Enroll link in the Multifactor Auth field when you are not.';
      }
      add('enroll-mfa', options);
    }
  }

  // 4. Notes that hold for the whole plan.
  if (courts.length > 1 || courts.some((court) => court.answers.bankruptcy === 'yes')) {
    const perCourt = national.notes['linking-per-court'];
    note(null, perCourt.text, sourcesOf(perCourt.source));
  }
  for (const court of courts) {
    for (const courtNote of court.profile.notes) {
      if (noteApplies(courtNote, filer.filer, court.answers.cja === 'yes'))
        note(court, courtNote.text, sourcesOf(courtNote.source));
    }
  }

  const ordered = [...actions.values()].sort(
    (a, b) =>
      ACTION_ORDER.indexOf(a.id) - ACTION_ORDER.indexOf(b.id) ||
      courtIndex(a.court) - courtIndex(b.court),
  );
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    asOf,
    status: statusOf(ordered, asOf),
    courts: courts.map(toPlanCourt),
    answers,
    actions: ordered,
    notes,
  };

  function courtIndex(id: string | null): number {
    return id === null ? -1 : courts.findIndex((court) => court.profile.id === id);
  }

  function addBankruptcyAction(court: CourtState, bankruptcyId: string, relationSources: string[]) {
    const bankruptcy = input.lookup(bankruptcyId);
    const name = courtDisplayName(court.profile);
    if (!bankruptcy) {
      add('bankruptcy-court-login', {
        court,
        why: `You answered ${answerText('bankruptcy', 'yes')}: the ${name}'s bankruptcy court (${bankruptcyId}) is a separate CM/ECF system with its own login.`,
        placeholders: {
          name: `bankruptcy court (${bankruptcyId})`,
          shortName: undefined,
          jurisdiction: court.profile.jurisdiction,
          cja: undefined,
          type: 'bankruptcy',
          ecfUrl: `https://ecf.${bankruptcyId}.uscourts.gov`,
        },
        contacts: 'psc',
        caveat: `No profile of the bankruptcy court (${bankruptcyId}) is loaded, so its own help desk and go-live are not shown; its CM/ECF address follows the ecf.<court id>.uscourts.gov pattern.`,
        sources: relationSources,
      });
      return;
    }
    const state: CourtState = {
      profile: bankruptcy,
      status: liveStatus(bankruptcy, asOf),
      bounds: goLiveBounds(bankruptcy.nextGen),
      answers: {},
    };
    const bankruptcyName = courtDisplayName(bankruptcy);
    const options: AddOptions = {
      court,
      why:
        `You answered ${answerText('bankruptcy', 'yes')}: the ${bankruptcyName} is a separate CM/ECF system with its own login, and linking is done once per court.` +
        (state.status === 'not-live'
          ? ` It goes live on NextGen ${describeGoLive(bankruptcy.nextGen)}; keep using your bankruptcy court login until then.`
          : ''),
      placeholders: placeholderCourt(bankruptcy),
      overrideCourts: [court.profile, bankruptcy],
      contacts: 'court',
      contactCourt: bankruptcy,
      sources: [...relationSources, ...goLiveSources(state)],
    };
    if (state.status === 'not-live' && state.bounds.earliest)
      options.notBefore = state.bounds.earliest;
    if (state.status === 'unknown')
      options.caveat = `The ${bankruptcyName}'s go-live day is not known: if it is not on NextGen yet, keep using its current login until it is.`;
    add('bankruptcy-court-login', options);
  }
}

function noteApplies(courtNote: CourtNote, filerKind: string | undefined, cja: boolean): boolean {
  switch (courtNote.audience) {
    case 'all':
      return true;
    case 'attorney':
      return filerKind === 'attorney';
    case 'pro-se':
      return filerKind === 'pro-se';
    case 'cja':
      return cja;
  }
}

/** ready: nothing to do; waiting: everything left must wait for a go-live; else action-needed. */
export function statusOf(actions: readonly PlanAction[], asOf: IsoDate): PlanStatus {
  if (actions.length === 0) return 'ready';
  const waits = (action: PlanAction) =>
    action.id === 'wait-for-go-live' || (action.notBefore !== undefined && action.notBefore > asOf);
  return actions.every(waits) ? 'waiting' : 'action-needed';
}

function toPlanCourt(court: CourtState): PlanCourt {
  const { profile, status, bounds } = court;
  const { goLive } = profile.nextGen;
  const nextGen: PlanCourt['nextGen'] = {
    status,
    ...goLiveFields(profile.nextGen),
    sources: uniqueStrings([
      ...sourcesOf(goLive.source),
      ...(profile.nextGen.notLiveOn ? sourcesOf(profile.nextGen.notLiveOn.source) : []),
      ...(profile.nextGen.liveBy ? sourcesOf(profile.nextGen.liveBy.source) : []),
    ]),
  };
  if (bounds.earliest !== undefined) nextGen.earliest = bounds.earliest;
  if (bounds.latest !== undefined) nextGen.latest = bounds.latest;
  if (profile.nextGen.page) nextGen.page = profile.nextGen.page.url;
  const planCourt: PlanCourt = {
    id: profile.id,
    name: profile.name,
    type: profile.type,
    jurisdiction: profile.jurisdiction,
    ecfUrl: profile.ecf.url,
    nextGen,
    helpDesks: profile.helpDesks.map(toPlanContact),
  };
  if (profile.website) planCourt.website = profile.website.url;
  return planCourt;
}
