/**
 * The questions, each defined once: its id (the answers-file key and the flag), its prompt,
 * its allowed values, and when it applies. Help text, prompts, flags, the `questions`
 * catalogue and answer validation all derive from this list.
 */

/** One allowed value of a question, and how a prompt shows it. */
export interface QuestionOption {
  readonly value: string;
  readonly label: string;
  /** One line that explains the choice's jargon, shown under it when it is highlighted. */
  readonly description: string;
  /** Registry ids of the sources of a fact the label states (e.g. what a legacy username looks like). */
  readonly source?: readonly string[];
  /**
   * Offered only to a filer whose answers so far are among these (a problem with a PACER
   * account is not offered to someone with none). An answers file or a flag may still give it.
   */
  readonly onlyIf?: {
    readonly filer?: readonly string[];
    readonly 'pacer-account'?: readonly string[];
  };
}

/** A question as data: everything but the rule deciding when it is asked. */
interface QuestionData {
  readonly id: string;
  /** `filer`: asked once; `court`: asked for each court, and may differ per court. */
  readonly scope: 'filer' | 'court';
  /** The prompt; `{court}` is replaced by the court's name. */
  readonly prompt: string;
  /** One line for help and the catalogue. */
  readonly summary: string;
  readonly options: readonly QuestionOption[];
  /**
   * The value a prompt highlights first: "I do not know" where offered, else the answer that
   * assumes least (the plan of a filer who presses Enter must not be someone else's). None
   * where no answer is safe: the filer must choose.
   */
  readonly safeDefault?: string;
  /**
   * Where the filer's answers so far make another value the one that assumes least: that value
   * is preselected instead of `safeDefault` (`{'pacer-account': {none: 'none'}}`: someone with
   * no PACER account is not offered "forgotten" first).
   */
  readonly defaultWhen?: {
    readonly 'pacer-account'?: Readonly<Record<string, string>>;
  };
  /** A list of values rather than one; such a question may be left unanswered (none). */
  readonly multiple?: boolean;
  /**
   * May be left unanswered where nobody can be asked (a script, a roster): the plan then gives
   * the general steps. Answers files and rosters written before the question existed still work.
   */
  readonly optional?: boolean;
  /** Human-readable rule for when it is asked, for the catalogue. */
  readonly when?: string;
}

/** The PACER account answers of a filer who has (or may have) one: problems with it apply. */
const HAS_ACCOUNT = ['individual', 'shared', 'unknown'] as const;

/**
 * The catalogue, in the order questions are asked (an answer may decide whether a later
 * question applies). Every answer type below is derived from it: a value misspelt anywhere in
 * src/ fails the type check. A label is also how the plan quotes an answer back: change one
 * and the plan's words change.
 */
const CATALOGUE = [
  {
    id: 'filer',
    scope: 'filer',
    prompt: 'Who will e-file?',
    summary: 'who will e-file',
    options: [
      {
        value: 'attorney',
        label: 'An attorney',
        description: 'A lawyer who files in cases for clients, CJA panel attorneys included.',
      },
      {
        value: 'pro-se',
        label: 'A self-represented (pro se) party',
        description: 'You file in your own case, with no lawyer.',
      },
      {
        value: 'filing-agent',
        label: 'Staff who file for an attorney or trustee (a filing agent)',
        description: 'You file papers in CM/ECF on behalf of an attorney or a trustee.',
      },
      {
        value: 'limited-filer',
        label: 'A creditor, claims agent or other limited filer in a bankruptcy court',
        description: 'You file only some papers in bankruptcy cases, such as proofs of claim.',
      },
    ],
  },
  {
    id: 'purpose',
    scope: 'filer',
    prompt: 'What brings you here?',
    summary: 'what brings you (optional; default file-in-case)',
    options: [
      {
        value: 'file-in-case',
        label: 'To file in a case: get, upgrade or link my login',
        description: 'E-filing in a court: your PACER account, your CM/ECF login, joining a court.',
      },
      {
        value: 'notices-only',
        label: 'To get court notices by e-mail, without filing',
        description: 'Debtors (DeBN), creditors (EBN), or parties who do not e-file.',
      },
      {
        value: 'proof-of-claim',
        label: 'To file a proof of claim as a creditor (bankruptcy courts)',
        description: 'Many bankruptcy courts take claims online (ePOC), without any login.',
      },
      {
        value: 'renew',
        label: 'To renew my bar membership or e-filing registration (attorneys)',
        description: 'Some courts ask for a yearly or periodic renewal, some with a fee.',
      },
      {
        value: 'name-change',
        label: 'I changed my name',
        description: 'Your name in PACER, and on each court’s records.',
      },
      {
        value: 'leaving',
        label: 'I am leaving: retiring, leaving practice, a firm’s cases or government',
        description: 'Withdrawing from your cases, then ending e-filing where a court asks.',
      },
      {
        value: 'fee-exemption',
        label: 'To ask the court to exempt me from PACER fees (pro bono, research, other)',
        description:
          'A court may waive its PACER fees, e.g. for pro bono counsel or researchers (not CJA).',
      },
    ],
    safeDefault: 'file-in-case',
    optional: true,
    when: 'always (optional: left out, it is file-in-case); the later questions only for file-in-case',
  },
  {
    id: 'pacer-account',
    scope: 'filer',
    prompt: 'Do you have your own PACER account?',
    summary: 'do you have your own PACER account',
    options: [
      {
        value: 'individual',
        label: 'Yes, my own individual account',
        description: 'A PACER login in your own name that only you use.',
      },
      {
        value: 'shared',
        label: 'Only an account shared with others (e.g. a firm account)',
        description: 'One login that several people use, such as a firm or office account.',
      },
      {
        value: 'none',
        label: 'No PACER account',
        description: "You have never registered with PACER, the courts' records and billing site.",
      },
      {
        value: 'unknown',
        label: 'I do not know',
        description:
          'Not sure: the plan starts by finding out whether PACER has an account for you.',
      },
    ],
    safeDefault: 'unknown',
  },
  {
    id: 'account-type',
    scope: 'filer',
    prompt: 'Is your PACER account upgraded? (Manage My Account shows the Account Type)',
    summary: 'is it upgraded',
    options: [
      {
        value: 'upgraded',
        label: 'Upgraded PACER Account',
        description: 'PACER > Manage My Account shows "Account Type: Upgraded PACER Account".',
      },
      {
        value: 'legacy',
        label: 'Legacy PACER Account (e.g. a 6-character username)',
        description: 'It shows "Legacy PACER Account": an older account, not yet upgraded.',
        source: ['utd-nextgen-information', 'caed-second-public-notice-2021-06-03'],
      },
      {
        value: 'unknown',
        label: 'I do not know',
        description: 'Not sure: the plan starts by showing where to look it up.',
      },
    ],
    safeDefault: 'unknown',
    when: 'pacer-account is individual',
  },
  {
    id: 'mfa',
    scope: 'filer',
    prompt: 'Is your PACER account enrolled in multi-factor authentication (MFA)?',
    summary: 'PACER multi-factor authentication',
    options: [
      {
        value: 'enrolled',
        label: 'Yes, enrolled',
        description: 'PACER asks for a one-time code after your password when you log in.',
      },
      {
        value: 'not-enrolled',
        label: 'No, not enrolled',
        description: 'You log in to PACER with your username and password alone.',
      },
      {
        value: 'locked-out',
        label: 'Enrolled, but locked out: no access to my authentication app or backup codes',
        description: 'PACER asks for a code you cannot give: a lost phone, no backup codes.',
      },
      {
        value: 'unknown',
        label: 'I do not know',
        description: 'Not sure: the plan shows how to check, and how to enrol.',
      },
    ],
    safeDefault: 'unknown',
    when: 'pacer-account is individual, on or after the day MFA enrolment began',
  },
  {
    id: 'firm-billing',
    scope: 'filer',
    prompt:
      'Does (or should) your firm pay your PACER fees centrally, through a PACER Administrative Account?',
    summary: 'firm pays PACER centrally',
    options: [
      {
        value: 'yes',
        label: 'Yes, the firm pays centrally',
        description: "A PACER Administrative Account (PAA) lets a firm pay its attorneys' fees.",
      },
      {
        value: 'no',
        label: 'No, I pay myself',
        description: 'PACER bills you directly for your PACER fees.',
      },
    ],
    safeDefault: 'no',
    when: 'filer is attorney',
  },
  {
    id: 'ecf-login',
    scope: 'court',
    prompt: 'Have you ever had a CM/ECF login (username and password) of your own for the {court}?',
    summary: 'ever had a CM/ECF login for this court',
    options: [
      {
        value: 'known',
        label: 'Yes, and I can log in with it',
        description: "You can log in to this court's CM/ECF filing system with it today.",
      },
      {
        value: 'forgotten',
        label: 'Yes, but I have forgotten it',
        description: 'The court gave you a CM/ECF login, but you cannot log in with it now.',
      },
      {
        value: 'none',
        label: 'No, never: I am new to e-filing here',
        description: 'You have never had a filing login for this court.',
      },
    ],
    // Linking needs the login: a filer who is unsure is better sent to recover it first than
    // to a linking screen that asks for a password they do not have. Someone with no PACER
    // account at all is most likely new here.
    safeDefault: 'forgotten',
    defaultWhen: { 'pacer-account': { none: 'none' } },
    when: 'linked is not yes (asked before linked)',
  },
  {
    id: 'linked',
    scope: 'court',
    prompt:
      'Is your PACER account already linked to your CM/ECF filing account in the {court} (or does the court already let you e-file with it)?',
    summary: 'already linked to PACER in this court',
    options: [
      {
        value: 'yes',
        label: 'Yes, already linked',
        description: 'You already e-file in this court by logging in with your PACER account.',
      },
      {
        value: 'no',
        label: 'No, not yet',
        description: 'Not yet, or not sure: linking is a one-time step in each NextGen court.',
      },
    ],
    safeDefault: 'no',
    when: 'pacer-account is individual, ecf-login is not none and the court may be on NextGen on the as-of date',
  },
  {
    id: 'admission',
    scope: 'court',
    prompt: 'How do you come to the {court}?',
    summary: 'admitted to this court, or joining it (attorneys new to its CM/ECF)',
    options: [
      {
        value: 'admitted',
        label: 'Admitted to its bar, but I have never e-filed there',
        description: "You are a member of this court's bar, with no CM/ECF login here yet.",
      },
      {
        value: 'not-admitted',
        label: 'Not admitted: I need to apply for admission',
        description: "You are not yet a member of this court's bar: admission comes first.",
      },
      {
        value: 'pro-hac-vice',
        label: 'Pro hac vice, for a case',
        description: 'The court lets you appear in one case without joining its bar.',
      },
      {
        value: 'federal-attorney',
        label: 'As a federal government attorney',
        description: 'You appear for the United States or a federal agency (e.g. as an AUSA).',
      },
    ],
    when: 'filer is attorney and ecf-login is none',
    optional: true,
  },
  {
    id: 'cja',
    scope: 'court',
    prompt: "Are you appointed to the {court}'s CJA panel?",
    summary: "appointed to this court's CJA panel",
    options: [
      {
        value: 'yes',
        label: 'Yes, CJA panel attorney',
        description:
          'The court appoints you under the Criminal Justice Act for people who cannot pay a lawyer.',
      },
      {
        value: 'no',
        label: 'No',
        description: "You are not on this court's Criminal Justice Act (CJA) panel.",
      },
    ],
    safeDefault: 'no',
    when: 'filer is attorney',
  },
  {
    id: 'exempt-account',
    scope: 'filer',
    prompt: 'Do you have a separate exempt (CJA) PACER account, apart from your own account?',
    summary: 'a separate exempt (CJA) PACER account',
    options: [
      {
        value: 'yes',
        label: 'Yes, a separate exempt account',
        description: 'A second PACER account, free of fees, that you use only for CJA cases.',
      },
      {
        value: 'no',
        label: 'No',
        description: 'You use one PACER account for all your cases.',
      },
    ],
    safeDefault: 'no',
    when: 'cja is yes for some court',
  },
  {
    id: 'cja-exemption',
    scope: 'court',
    prompt: 'Does your individual PACER account already carry CJA fee exemption for the {court}?',
    summary: 'your own PACER account already carries CJA exemption for this court',
    options: [
      {
        value: 'yes',
        label: 'Yes',
        description: 'Your own account can already switch to fee-exempt CJA use in this court.',
      },
      {
        value: 'no',
        label: 'No',
        description: 'Your own account has no CJA fee exemption for this court yet.',
      },
      {
        value: 'unknown',
        label: 'I do not know',
        description: 'Not sure: the plan includes asking for it, in case your account lacks it.',
      },
    ],
    safeDefault: 'unknown',
    when: 'cja is yes, exempt-account is no and pacer-account is individual',
  },
  {
    id: 'bankruptcy',
    scope: 'court',
    prompt: "Do you also e-file in this district's bankruptcy court?",
    summary: "also e-files in this district's bankruptcy court",
    options: [
      {
        value: 'yes',
        label: 'Yes',
        description: 'The bankruptcy court has its own CM/ECF: it is linked on its own.',
      },
      {
        value: 'no',
        label: 'No',
        description: 'You file only in the district court here.',
      },
    ],
    safeDefault: 'no',
    when: 'the court is a district court with a bankruptcy court',
  },
  {
    id: 'problems',
    scope: 'filer',
    prompt: 'Is anything not working? (space to select, enter when done; none is fine)',
    summary: 'anything not working (optional; default none)',
    multiple: true,
    options: [
      {
        value: 'menus-limited',
        label: 'After linking, my CM/ECF menus are limited (no filing menus)',
        description: 'CM/ECF shows query or search menus, but no way to file.',
        onlyIf: { 'pacer-account': HAS_ACCOUNT },
      },
      {
        value: 'account-deactivated',
        label: 'My PACER account is deactivated',
        description: 'PACER says your account is deactivated or disabled.',
        onlyIf: { 'pacer-account': HAS_ACCOUNT },
      },
      {
        value: 'forgot-pacer-password',
        label: 'I forgot my PACER password',
        description: 'You cannot log in to PACER because you forgot the password.',
        onlyIf: { 'pacer-account': HAS_ACCOUNT },
      },
      {
        value: 'forgot-pacer-username',
        label: 'I forgot my PACER username',
        description: 'You cannot log in to PACER because you do not remember the username.',
        onlyIf: { 'pacer-account': HAS_ACCOUNT },
      },
      {
        value: 'update-contact-info',
        label: 'I need to update my name, firm, address, phone or e-mail',
        description: 'What the courts have on file for you has changed.',
      },
      {
        value: 'update-secondary-email',
        label: 'I need to add or change secondary e-mail addresses',
        description: "Copies of court notices to more addresses, such as an assistant's.",
      },
      {
        value: 'unlink',
        label: 'The wrong CM/ECF account is linked to my PACER account',
        description: "Someone else's or an old CM/ECF account shows under your PACER login.",
        onlyIf: { 'pacer-account': HAS_ACCOUNT },
      },
      {
        value: 'changed-firm',
        label: 'I moved to another law firm (attorneys)',
        description: 'Your contact details with the courts and your PACER billing move with you.',
        onlyIf: { filer: ['attorney'] },
      },
    ],
  },
] as const satisfies readonly QuestionData[];

type Entry = (typeof CATALOGUE)[number];
export type QuestionId = Entry['id'];
/** The allowed values of one question, as a union of literals. */
export type AnswerValue<Q extends QuestionId> = Extract<
  Entry,
  { id: Q }
>['options'][number]['value'];
export type FilerQuestionId = Extract<Entry, { scope: 'filer' }>['id'];
export type CourtQuestionId = Extract<Entry, { scope: 'court' }>['id'];
/** One value of the `problems` list. */
export type ProblemValue = AnswerValue<'problems'>;

/** Filer-level answers: one value each, except the list of problems. */
export type FilerAnswers = {
  [Q in Exclude<FilerQuestionId, 'problems'>]?: AnswerValue<Q>;
} & { problems?: ProblemValue[] };

/** One court's answers. */
export type CourtAnswers = { [Q in CourtQuestionId]?: AnswerValue<Q> };

/** The ids, in catalogue order. */
export const QUESTION_IDS: readonly QuestionId[] = CATALOGUE.map((question) => question.id);

/** What a question's `applies` test may look at: answers so far, the court, the date. */
export interface ApplyContext {
  /** Filer-level answers given so far. */
  filer: Readonly<FilerAnswers>;
  /** This court's answers so far (court-level questions only). */
  court?: Readonly<CourtAnswers>;
  /**
   * This court's answers as given (a file, flags, the review), asked or not yet: a question
   * asked before another may depend on that other's given answer (ecf-login on linked).
   */
  givenCourt?: Readonly<Partial<Record<CourtQuestionId, string>>>;
  /** Every court's answers so far, for filer questions that depend on court answers. */
  courts: readonly Readonly<CourtAnswers>[];
  /** Facts of the court being asked about. */
  courtInfo?: {
    type: string;
    liveStatus: 'live' | 'not-live' | 'unknown';
    hasBankruptcyCourt: boolean;
  };
  /** True when MFA enrolment existed on the as-of date. */
  mfaExists: boolean;
}

/** Linking can be asked of this filer in this court: an individual account, a NextGen court. */
function linkingApplies({ filer, courtInfo }: ApplyContext): boolean {
  return filer['pacer-account'] === 'individual' && courtInfo?.liveStatus !== 'not-live';
}

/** When each question is asked; `when` in the catalogue says the same in words. */
const APPLIES: { readonly [Q in QuestionId]: (ctx: ApplyContext) => boolean } = {
  filer: () => true,
  purpose: () => true,
  'pacer-account': () => true,
  'account-type': ({ filer }) => filer['pacer-account'] === 'individual',
  mfa: ({ filer, mfaExists }) => mfaExists && filer['pacer-account'] === 'individual',
  'firm-billing': ({ filer }) => filer.filer === 'attorney',
  // Asked first: whether the filer ever had a CM/ECF login here. A given "linked: yes" (an
  // answers file of before), where linking applies, leaves it out unless it is given too.
  'ecf-login': (ctx) =>
    ctx.givenCourt?.['ecf-login'] !== undefined ||
    (ctx.court?.linked ?? (linkingApplies(ctx) ? ctx.givenCourt?.linked : undefined)) !== 'yes',
  linked: (ctx) => linkingApplies(ctx) && ctx.court?.['ecf-login'] !== 'none',
  admission: ({ filer, court }) => filer.filer === 'attorney' && court?.['ecf-login'] === 'none',
  cja: ({ filer }) => filer.filer === 'attorney',
  'exempt-account': ({ courts }) => courts.some((court) => court.cja === 'yes'),
  'cja-exemption': ({ filer, court }) =>
    court?.cja === 'yes' &&
    filer['exempt-account'] === 'no' &&
    filer['pacer-account'] === 'individual',
  bankruptcy: ({ courtInfo }) => courtInfo?.type === 'district' && courtInfo.hasBankruptcyCourt,
  problems: () => true,
};

/** The choices a prompt offers this filer: those whose `onlyIf` their answers so far meet. */
export function offeredOptions(
  question: Pick<QuestionData, 'options'>,
  filer: Readonly<FilerAnswers>,
): readonly QuestionOption[] {
  const answers: Readonly<Record<string, unknown>> = filer;
  return question.options.filter((option) =>
    Object.entries(option.onlyIf ?? {}).every(([id, values]) => {
      const answer = answers[id];
      return typeof answer !== 'string' || values.includes(answer);
    }),
  );
}

/** The value a prompt preselects for this filer: `defaultWhen`'s, else the safe default. */
export function preselectedFor(
  question: Pick<QuestionData, 'safeDefault' | 'defaultWhen'>,
  filer: Readonly<FilerAnswers>,
): string | undefined {
  const account = filer['pacer-account'];
  return (
    (account !== undefined ? question.defaultWhen?.['pacer-account']?.[account] : undefined) ??
    question.safeDefault
  );
}

/** A question: its data and when it applies. */
export interface Question extends QuestionData {
  readonly id: QuestionId;
  applies(ctx: ApplyContext): boolean;
}

/** What brings the filer; an answers file or roster without it plans as file-in-case. */
export type Purpose = AnswerValue<'purpose'>;

/** The filer's purpose: file-in-case where it was not answered (the old answers' meaning). */
export function purposeOf(filer: Readonly<FilerAnswers>): Purpose {
  return filer.purpose ?? 'file-in-case';
}

/**
 * The questions asked for a purpose other than filing in a case: its plan needs no PACER
 * account, CM/ECF login or court answers, so none of them is asked.
 */
const ASKED_FOR_EVERY_PURPOSE: ReadonlySet<QuestionId> = new Set(['filer', 'purpose']);

/** Whether the question is asked for the filer's purpose. */
function askedForPurpose(id: QuestionId, ctx: ApplyContext): boolean {
  return purposeOf(ctx.filer) === 'file-in-case' || ASKED_FOR_EVERY_PURPOSE.has(id);
}

/** Every question, in the order they are asked. */
export const QUESTIONS: readonly Question[] = CATALOGUE.map((data) => ({
  ...data,
  applies: (ctx: ApplyContext) => askedForPurpose(data.id, ctx) && APPLIES[data.id](ctx),
}));

const IDS: ReadonlySet<string> = new Set(QUESTION_IDS);

/** True when `id` names a question. */
export function isQuestionId(id: string): id is QuestionId {
  return IDS.has(id);
}

/** True when `value` is one of the question's allowed values. */
export function isAllowedValue<Q extends QuestionId>(
  question: Question & { id: Q },
  value: string,
): value is AnswerValue<Q> {
  return question.options.some((option) => option.value === value);
}

/** The allowed values of a question, as `a|b|c`. */
export function allowedValues(question: Question): string {
  return question.options.map((option) => option.value).join('|');
}

/**
 * The question as a plan quotes it back: its prompt without the asides in brackets, about
 * "this court" ("Is your PACER account upgraded?", "Are you appointed to this court's CJA
 * panel?").
 */
export function quotedPrompt(question: Pick<QuestionData, 'prompt'>): string {
  return question.prompt
    .replace(/ \([^)]*\)/g, '')
    .replaceAll('the {court}', 'this court')
    .replaceAll('{court}', 'this court');
}

/** The label the filer chose for a value ("I do not know"), or the value if it has none. */
export function labelOf(question: Pick<QuestionData, 'options'>, value: string): string {
  return question.options.find((option) => option.value === value)?.label ?? value;
}

/** The command-line flag for a question, e.g. `--pacer-account`. */
export function flagOf(question: Question): string {
  return `--${question.id}`;
}
