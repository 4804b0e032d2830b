/**
 * The plan under construction. Rules read the facts from it (answers, courts, dates) and add
 * actions and notes through it; it owns how an action is assembled (the procedure, the
 * courts' overrides, contacts, sources) and, at the end, the order and the status.
 */
import type { IsoDate } from '../dates.js';
import { knownFact } from '../profile/facts.js';
import { goLiveFields, goLiveSources } from '../profile/go-live.js';
import type {
  CourtProfile,
  NationalProcedures,
  ProcedureId,
  SourceEntry,
} from '../profile/schema.js';
import { actionSpecOf, type ActionWithoutProcedure } from './actions.js';
import { citedSources, dataAsOf } from './cited-sources.js';
import { liveStatus } from './live-status.js';
import type { ResolvedAnswers } from './answers.js';
import { courtStateOf, preparationOf, type CourtState, type Preparation } from './court-state.js';
import {
  courtContacts,
  placeholderCourt,
  resolveProcedure,
  toPlanContact,
  uniqueStrings,
  type PlaceholderCourt,
  type PlanStep,
  type StepPeriod,
} from './procedures.js';
import {
  labelOf,
  QUESTIONS,
  quotedPrompt,
  type AnswerValue,
  type FilerAnswers,
  type ProblemValue,
  type Question,
  type QuestionId,
} from './questions.js';
import {
  ACTION_ORDER,
  PLAN_SCHEMA_VERSION,
  type ActionId,
  type Plan,
  type PlanAction,
  type PlanContact,
  type PlanCourt,
  type PlanLink,
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
  /** The source registry: what each cited source id is. */
  registry: ReadonlyMap<string, SourceEntry>;
}

/** Which contacts an action shows: the court's help desks, the PACER Service Center, or both. */
export type ContactSet = 'court' | 'psc' | 'both';

export interface AddOptions {
  court?: CourtState;
  why: string;
  /** The procedure whose steps the action shows, where it is not the action's own id (a court of appeals' own way, say). */
  procedure?: ProcedureId;
  /** Procedures whose steps come first (what a court requires before the main steps). */
  leadProcedures?: ProcedureId[];
  /** Steps made from the court's own facts (its fee, form, training), before the procedure's. */
  stepsBefore?: readonly PlanStep[];
  /** Steps made from the court's own facts, after the procedure's. */
  stepsAfter?: readonly PlanStep[];
  /** Links the court's own facts give (its form, its upload tool). */
  extraLinks?: readonly PlanLink[];
  /** Procedures appended to the action's own (e.g. the CJA part of registration). */
  extraProcedures?: { id: ProcedureId; placeholders?: PlaceholderCourt }[];
  /** Courts whose overrides apply; defaults to the action's court, or every court for PACER-level actions. */
  overrideCourts?: readonly CourtProfile[];
  /** Fills placeholders; defaults to the action's court. */
  placeholders?: PlaceholderCourt;
  contacts: ContactSet;
  /** Contacts of another court (the bankruptcy court) instead of the action's court. */
  contactCourt?: CourtProfile;
  notBefore?: IsoDate;
  /** It waits for a go-live whose day no source gives: the go-live in words. */
  notBeforeGoLive?: string;
  deadline?: IsoDate;
  caveat?: string;
  sources?: readonly string[];
}

const QUESTION_BY_ID: ReadonlyMap<string, Question> = new Map(
  QUESTIONS.map((question) => [question.id, question]),
);

/**
 * How a why-line quotes an answer, in the words the filer chose: `"No PACER account" to "Do
 * you have your own PACER account?"`.
 */
export function answerText<Q extends QuestionId>(id: Q, value: AnswerValue<Q>): string {
  const question = QUESTION_BY_ID.get(id);
  if (!question) return `"${value}"`;
  return `"${labelOf(question, value)}" to "${quotedPrompt(question)}"`;
}

/** A problem the filer reported, in their words: `"I forgot my PACER password"`. */
export function problemText(value: ProblemValue): string {
  const question = QUESTION_BY_ID.get('problems');
  return `"${question ? labelOf(question, value) : value}"`;
}

/** Action options with the caveats that apply joined into one, or none when none applies. */
export function caveatOf(...caveats: (string | undefined)[]): Pick<AddOptions, 'caveat'> {
  const given = caveats.filter((caveat): caveat is string => caveat !== undefined);
  return given.length > 0 ? { caveat: given.join(' ') } : {};
}

/** A rule that looks at the whole plan (the PACER account, MFA, notes). */
export type PlanRule = (plan: PlanBuilder) => void;
/** A rule run once for each court, in the order the courts were given. */
export type CourtRule = (plan: PlanBuilder, court: CourtState) => void;

export class PlanBuilder implements StepPeriod {
  readonly national: NationalProcedures;
  readonly asOf: IsoDate;
  readonly answers: ResolvedAnswers;
  readonly filer: FilerAnswers;
  readonly problems: ReadonlySet<ProblemValue>;
  readonly courts: readonly CourtState[];
  /** The profiles of the courts asked about. */
  readonly profiles: readonly CourtProfile[];
  readonly lookup: PlanInput['lookup'];
  private readonly registry: PlanInput['registry'];
  /** When the PACER account must be ready, set by the first upcoming go-live. */
  readonly preparation: Preparation;
  /**
   * A self-represented party new to every court asked about, none of which lets such a party
   * e-file: the courts' own ways (paper, e-mail to the clerk) need no PACER account, so the
   * plan sets none up and starts with the court's way.
   */
  readonly efilesNowhere: boolean;
  /** The filer gets a new individual account (they have none, or only a shared one). */
  readonly registering: boolean;
  /** The CJA court named at registration: the first CJA court, when registering. */
  readonly registrationCjaCourt: CourtState | undefined;
  /** Who will e-file: steps and links written for other filers are left out of the plan. */
  readonly filerKind: string | undefined;

  private readonly actions = new Map<string, PlanAction>();
  private readonly notes: PlanNote[] = [];

  constructor(input: PlanInput) {
    this.national = input.national;
    this.asOf = input.asOf;
    this.answers = input.answers;
    this.filer = input.answers.filer;
    this.problems = new Set(this.filer.problems ?? []);
    this.lookup = input.lookup;
    this.registry = input.registry;
    this.profiles = input.courts;
    this.courts = input.courts.map((profile) =>
      courtStateOf(profile, input.answers.courts[profile.id] ?? {}, input.asOf),
    );
    this.preparation = preparationOf(this.courts);
    const account = this.filer['pacer-account'];
    this.efilesNowhere =
      this.filer.filer === 'pro-se' &&
      this.courts.length > 0 &&
      this.courts.every(
        (court) =>
          court.answers.linked !== 'yes' &&
          court.answers['ecf-login'] === 'none' &&
          knownFact(court.profile.joining.proSe)?.efiling === 'not-allowed',
      );
    this.registering = (account === 'none' || account === 'shared') && !this.efilesNowhere;
    this.filerKind = this.filer.filer;
    this.registrationCjaCourt = this.registering ? this.cjaCourts()[0] : undefined;
  }

  /** True when the court is known to be on NextGen on the as-of day (steps bound to its go-live). */
  isLive(courtId: string): boolean {
    const court = this.lookup(courtId);
    return court !== undefined && liveStatus(court, this.asOf) === 'live';
  }

  /** True when every one of these sources is a third party's page, none the court's or PACER's. */
  onlyThirdParty(sources: readonly string[]): boolean {
    return (
      sources.length > 0 && sources.every((id) => this.registry.get(id)?.kind === 'third-party')
    );
  }

  /** The courts whose CJA panel the filer is on. */
  cjaCourts(): CourtState[] {
    return this.courts.filter((court) => court.answers.cja === 'yes');
  }

  /** The preparation deadline as action options, when there is one. */
  preparationDeadline(): Pick<AddOptions, 'deadline'> {
    return this.preparation.deadline !== undefined ? { deadline: this.preparation.deadline } : {};
  }

  /** A procedure's steps as this court gives them (its override, its placeholders filled). */
  stepsOf(id: ProcedureId, court: CourtState): readonly PlanStep[] {
    return resolveProcedure(
      id,
      this.national,
      [court.profile],
      placeholderCourt(court.profile),
      this,
    ).steps;
  }

  /** Adds a note (for a court, or for the whole plan). */
  note(court: CourtState | null, text: string, sources: readonly string[]): void {
    this.notes.push({ court: court?.profile.id ?? null, text, sources: uniqueStrings(sources) });
  }

  /**
   * Adds an action, once per id and court: its procedure, overrides, contacts and sources. An
   * action with no procedure of its own (actions.ts) must be given one: a type error if not.
   */
  add<A extends ActionId>(
    id: A,
    options: A extends ActionWithoutProcedure
      ? AddOptions & { procedure: ProcedureId }
      : AddOptions,
  ): void {
    const key = `${id}@${options.court?.profile.id ?? ''}`;
    if (this.actions.has(key)) return;
    const courtProfile = options.court?.profile;
    const placeholders =
      options.placeholders ?? (courtProfile ? placeholderCourt(courtProfile) : undefined);
    const overrideCourts =
      options.overrideCourts ?? (courtProfile ? [courtProfile] : this.profiles);
    const resolve = (procedureId: ProcedureId, fill = placeholders) =>
      resolveProcedure(procedureId, this.national, overrideCourts, fill, this);
    const procedure = resolve(options.procedure ?? procedureOf(id));
    const leads = (options.leadProcedures ?? []).map((lead) => resolve(lead));
    const steps = [
      ...leads.flatMap((lead) => lead.steps),
      ...(options.stepsBefore ?? []),
      ...procedure.steps,
    ];
    const links = [
      ...(options.extraLinks ?? []),
      ...leads.flatMap((lead) => lead.links),
      ...procedure.links,
    ];
    for (const extra of options.extraProcedures ?? []) {
      const part = resolve(extra.id, extra.placeholders ?? placeholders);
      steps.push(...part.steps);
      links.push(...part.links);
    }
    steps.push(...(options.stepsAfter ?? []));
    const contacts: PlanContact[] = [...procedure.contacts];
    const contactProfile = options.contactCourt ?? courtProfile;
    if (options.contacts !== 'psc' && contactProfile)
      contacts.push(...courtContacts(contactProfile.helpDesks).map(toPlanContact));
    if (options.contacts !== 'court' || !contactProfile)
      contacts.push(toPlanContact(this.national.pacerServiceCenter));
    const whySources = uniqueStrings(options.sources ?? []);
    const action: PlanAction = {
      id,
      court: courtProfile?.id ?? null,
      title: procedure.title,
      why: options.why,
      whySources,
      steps: steps.map((step) => step.text),
      stepSources: steps.map((step) => uniqueStrings(step.sources)),
      links,
      contacts,
      sources: citedIn(whySources, steps, links, contacts),
    };
    if (options.notBefore !== undefined) action.notBefore = options.notBefore;
    if (options.notBeforeGoLive !== undefined) action.notBeforeGoLive = options.notBeforeGoLive;
    if (options.deadline !== undefined) action.deadline = options.deadline;
    if (options.caveat !== undefined) action.caveat = options.caveat;
    this.actions.set(key, action);
  }

  /** The plan: actions in dependency order (then court order), notes as added, the status. */
  finish(): Plan {
    const courtIndex = new Map(this.courts.map((court, index) => [court.profile.id, index]));
    const courtRank = (id: string | null) => (id === null ? -1 : (courtIndex.get(id) ?? -1));
    const ordered = [...this.actions.values()].sort(
      (a, b) =>
        ACTION_RANK.get(a.id)! - ACTION_RANK.get(b.id)! || courtRank(a.court) - courtRank(b.court),
    );
    const courts = this.courts.map(toPlanCourt);
    const sources = citedSources(
      [
        ...courts.flatMap((court) => [
          ...court.nextGen.sources,
          ...(court.acms?.sources ?? []),
          ...court.helpDesks.flatMap((desk) => desk.sources),
        ]),
        ...ordered.flatMap((action) => action.sources),
        ...this.notes.flatMap((note) => note.sources),
      ],
      this.registry,
    );
    return {
      schemaVersion: PLAN_SCHEMA_VERSION,
      asOf: this.asOf,
      dataAsOf: dataAsOf(sources),
      status: statusOf(ordered, this.asOf),
      courts,
      answers: this.answers,
      actions: ordered,
      notes: this.notes,
      sources,
    };
  }
}

/** Each action's place in the order of actions.ts. */
const ACTION_RANK: ReadonlyMap<string, number> = new Map(
  ACTION_ORDER.map((id, index) => [id, index]),
);

/**
 * Every source an action cites, once each, in first-cited order: why, steps, links, contacts.
 * A set filled in place, not arrays spread into one: a plan is made for every roster row.
 */
function citedIn(
  why: readonly string[],
  ...parts: readonly (readonly { sources: readonly string[] }[])[]
): string[] {
  const ids = new Set(why);
  for (const part of parts) for (const item of part) for (const id of item.sources) ids.add(id);
  return [...ids];
}

/** The procedure of an action whose steps are its own (`add`'s type asks for one otherwise). */
function procedureOf(id: ActionId): ProcedureId {
  const { procedure } = actionSpecOf(id);
  if (procedure === null) throw new Error(`action ${id} has no procedure of its own`);
  return procedure;
}

/** ready: nothing to do; waiting: everything left must wait for a go-live; else action-needed. */
export function statusOf(actions: readonly PlanAction[], asOf: IsoDate): PlanStatus {
  if (actions.length === 0) return 'ready';
  const waits = (action: PlanAction) =>
    action.id === 'wait-for-go-live' ||
    action.notBeforeGoLive !== undefined ||
    (action.notBefore !== undefined && action.notBefore > asOf);
  return actions.every(waits) ? 'waiting' : 'action-needed';
}

function toPlanCourt(court: CourtState): PlanCourt {
  const { profile, status, bounds } = court;
  const nextGen: PlanCourt['nextGen'] = {
    status,
    ...goLiveFields(profile.nextGen),
    sources: uniqueStrings(goLiveSources(profile.nextGen)),
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
    ...(court.acms ? { acms: court.acms } : {}),
    helpDesks: profile.helpDesks.map(toPlanContact),
  };
  if (profile.website) planCourt.website = profile.website.url;
  return planCourt;
}
