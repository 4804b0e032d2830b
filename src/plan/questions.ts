/**
 * The questions, each defined once: its id (the answers-file key and the flag), its prompt,
 * its allowed values, and when it applies. Help text, prompts, flags, the `questions`
 * catalogue and answer validation all derive from this list.
 */

/** One allowed value of a question, and how a prompt shows it. */
export interface QuestionOption {
  readonly value: string;
  readonly label: string;
  /** Registry ids of the sources of a fact the label states (e.g. what a legacy username looks like). */
  readonly source?: readonly string[];
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

const yesNo = (yes: string, no: string) =>
  [
    { value: 'yes', label: yes },
    { value: 'no', label: no },
  ] as const;

/**
 * The catalogue, in the order questions are asked (an answer may decide whether a later
 * question applies). Every answer type below is derived from it: a value misspelt anywhere in
 * src/ fails the type check.
 */
const CATALOGUE = [
  {
    id: 'filer',
    scope: 'filer',
    prompt: 'Who will e-file?',
    summary: 'who will e-file',
    options: [
      { value: 'attorney', label: 'An attorney' },
      { value: 'pro-se', label: 'A self-represented (pro se) party' },
      {
        value: 'filing-agent',
        label: 'Staff who file for an attorney or trustee (a filing agent)',
      },
      {
        value: 'limited-filer',
        label: 'A creditor, claims agent or other limited filer in a bankruptcy court',
      },
    ],
  },
  {
    id: 'pacer-account',
    scope: 'filer',
    prompt: 'Do you have your own PACER account?',
    summary: 'do you have your own PACER account',
    options: [
      { value: 'individual', label: 'Yes, my own individual account' },
      { value: 'shared', label: 'Only an account shared with others (e.g. a firm account)' },
      { value: 'none', label: 'No PACER account' },
      { value: 'unknown', label: 'I do not know' },
    ],
  },
  {
    id: 'account-type',
    scope: 'filer',
    prompt: 'Is your PACER account upgraded? (Manage My Account shows the Account Type)',
    summary: 'is it upgraded',
    options: [
      { value: 'upgraded', label: 'Upgraded PACER Account' },
      {
        value: 'legacy',
        label: 'Legacy PACER Account (e.g. a 6-character username)',
        source: ['utd-nextgen-information', 'caed-second-public-notice-2021-06-03'],
      },
      { value: 'unknown', label: 'I do not know' },
    ],
    when: 'pacer-account is individual',
  },
  {
    id: 'mfa',
    scope: 'filer',
    prompt: 'Is your PACER account enrolled in multi-factor authentication (MFA)?',
    summary: 'PACER multi-factor authentication',
    options: [
      { value: 'enrolled', label: 'Yes, enrolled' },
      { value: 'not-enrolled', label: 'No, not enrolled' },
      {
        value: 'locked-out',
        label: 'Enrolled, but locked out: no access to my authentication app or backup codes',
      },
      { value: 'unknown', label: 'I do not know' },
    ],
    when: 'pacer-account is individual, on or after the day MFA enrolment began',
  },
  {
    id: 'firm-billing',
    scope: 'filer',
    prompt:
      'Does (or should) your firm pay your PACER fees centrally, through a PACER Administrative Account?',
    summary: 'firm pays PACER centrally',
    options: yesNo('Yes, the firm pays centrally', 'No, I pay myself'),
    when: 'filer is attorney',
  },
  {
    id: 'linked',
    scope: 'court',
    prompt:
      'Is your PACER account already linked to your CM/ECF filing account in the {court} (or does the court already let you e-file with it)?',
    summary: 'already linked to PACER in this court',
    options: yesNo('Yes, already linked', 'No, not yet'),
    when: 'pacer-account is individual and the court may be on NextGen on the as-of date',
  },
  {
    id: 'ecf-login',
    scope: 'court',
    prompt: 'Your current CM/ECF login (username and password) for the {court}:',
    summary: 'your current CM/ECF login for this court',
    options: [
      { value: 'known', label: 'I know it' },
      { value: 'forgotten', label: 'I had one but have forgotten it' },
      { value: 'none', label: 'I have never had one (new e-filer here)' },
    ],
    when: 'linked is not yes',
  },
  {
    id: 'admission',
    scope: 'court',
    prompt: 'How do you come to the {court}?',
    summary: 'admitted to this court, or joining it (attorneys new to its CM/ECF)',
    options: [
      { value: 'admitted', label: 'Admitted to its bar, but I have never e-filed there' },
      { value: 'not-admitted', label: 'Not admitted: I need to apply for admission' },
      { value: 'pro-hac-vice', label: 'Pro hac vice, for a case' },
      {
        value: 'federal-attorney',
        label: 'As a federal government attorney',
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
    options: yesNo('Yes, CJA panel attorney', 'No'),
    when: 'filer is attorney',
  },
  {
    id: 'exempt-account',
    scope: 'filer',
    prompt: 'Do you have a separate exempt (CJA) PACER account, apart from your own account?',
    summary: 'a separate exempt (CJA) PACER account',
    options: yesNo('Yes, a separate exempt account', 'No'),
    when: 'cja is yes for some court',
  },
  {
    id: 'cja-exemption',
    scope: 'court',
    prompt: 'Does your individual PACER account already carry CJA fee exemption for the {court}?',
    summary: 'your own PACER account already carries CJA exemption for this court',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
      { value: 'unknown', label: 'I do not know' },
    ],
    when: 'cja is yes, exempt-account is no and pacer-account is individual',
  },
  {
    id: 'bankruptcy',
    scope: 'court',
    prompt: "Do you also e-file in this district's bankruptcy court?",
    summary: "also e-files in this district's bankruptcy court",
    options: yesNo('Yes', 'No'),
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
      },
      { value: 'account-deactivated', label: 'My PACER account is deactivated' },
      { value: 'forgot-pacer-password', label: 'I forgot my PACER password' },
      {
        value: 'update-contact-info',
        label: 'I need to update my name, firm, address, phone or e-mail',
      },
      {
        value: 'update-secondary-email',
        label: 'I need to add or change secondary e-mail addresses',
      },
      { value: 'unlink', label: 'The wrong CM/ECF account is linked to my PACER account' },
      { value: 'changed-firm', label: 'I moved to another law firm (attorneys)' },
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

/** When each question is asked; `when` in the catalogue says the same in words. */
const APPLIES: { readonly [Q in QuestionId]: (ctx: ApplyContext) => boolean } = {
  filer: () => true,
  'pacer-account': () => true,
  'account-type': ({ filer }) => filer['pacer-account'] === 'individual',
  mfa: ({ filer, mfaExists }) => mfaExists && filer['pacer-account'] === 'individual',
  'firm-billing': ({ filer }) => filer.filer === 'attorney',
  linked: ({ filer, courtInfo }) =>
    filer['pacer-account'] === 'individual' && courtInfo?.liveStatus !== 'not-live',
  'ecf-login': ({ court }) => court?.linked !== 'yes',
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

/** A question: its data and when it applies. */
export interface Question extends QuestionData {
  readonly id: QuestionId;
  applies(ctx: ApplyContext): boolean;
}

/** Every question, in the order they are asked. */
export const QUESTIONS: readonly Question[] = CATALOGUE.map((data) => ({
  ...data,
  applies: APPLIES[data.id],
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

/** The command-line flag for a question, e.g. `--pacer-account`. */
export function flagOf(question: Question): string {
  return `--${question.id}`;
}
