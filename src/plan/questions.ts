/**
 * The questions, each defined once: its id (the answers-file key and the flag), its prompt,
 * its allowed values, and when it applies. Help text, prompts, flags, the `questions`
 * catalogue and answer validation all derive from this list.
 */

export const QUESTION_IDS = [
  'filer',
  'pacer-account',
  'account-type',
  'mfa',
  'firm-billing',
  'linked',
  'ecf-login',
  'cja',
  'exempt-account',
  'cja-exemption',
  'bankruptcy',
  'problems',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export interface QuestionOption {
  value: string;
  label: string;
}

/** What a question's `applies` test may look at: answers so far, the court, the date. */
export interface ApplyContext {
  /** Filer-level answers given so far. */
  filer: Partial<Record<QuestionId, string | readonly string[]>>;
  /** This court's answers so far (court-level questions only). */
  court?: Partial<Record<QuestionId, string>>;
  /** Every court's answers so far, for filer questions that depend on court answers. */
  courts: readonly Partial<Record<QuestionId, string>>[];
  /** Facts of the court being asked about. */
  courtInfo?: {
    type: string;
    liveStatus: 'live' | 'not-live' | 'unknown';
    hasBankruptcyCourt: boolean;
  };
  /** True when MFA enrolment existed on the as-of date. */
  mfaExists: boolean;
}

export interface Question {
  id: QuestionId;
  /** `filer`: asked once; `court`: asked for each court, and may differ per court. */
  scope: 'filer' | 'court';
  /** The prompt; `{court}` is replaced by the court's name. */
  prompt: string;
  /** One line for help and the catalogue. */
  summary: string;
  options: readonly QuestionOption[];
  /** A list of values rather than one; such a question may be left unanswered (none). */
  multiple?: boolean;
  /** Human-readable rule for when it is asked, for the catalogue. */
  when?: string;
  applies(ctx: ApplyContext): boolean;
}

const yesNo = (yes: string, no: string): QuestionOption[] => [
  { value: 'yes', label: yes },
  { value: 'no', label: no },
];

export const QUESTIONS: readonly Question[] = [
  {
    id: 'filer',
    scope: 'filer',
    prompt: 'Who will e-file?',
    summary: 'who will e-file',
    options: [
      { value: 'attorney', label: 'An attorney' },
      { value: 'pro-se', label: 'A self-represented (pro se) party' },
    ],
    applies: () => true,
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
    applies: () => true,
  },
  {
    id: 'account-type',
    scope: 'filer',
    prompt: 'Is your PACER account upgraded? (Manage My Account shows the Account Type)',
    summary: 'is it upgraded',
    options: [
      { value: 'upgraded', label: 'Upgraded PACER Account' },
      { value: 'legacy', label: 'Legacy PACER Account (e.g. a 6-character username)' },
      { value: 'unknown', label: 'I do not know' },
    ],
    when: 'pacer-account is individual',
    applies: ({ filer }) => filer['pacer-account'] === 'individual',
  },
  {
    id: 'mfa',
    scope: 'filer',
    prompt: 'Is your PACER account enrolled in multi-factor authentication (MFA)?',
    summary: 'PACER multi-factor authentication',
    options: [
      { value: 'enrolled', label: 'Yes, enrolled' },
      { value: 'not-enrolled', label: 'No, not enrolled' },
      { value: 'unknown', label: 'I do not know' },
    ],
    when: 'pacer-account is individual, on or after the day MFA enrolment began',
    applies: ({ filer, mfaExists }) => mfaExists && filer['pacer-account'] === 'individual',
  },
  {
    id: 'firm-billing',
    scope: 'filer',
    prompt:
      'Does (or should) your firm pay your PACER fees centrally, through a PACER Administrative Account?',
    summary: 'firm pays PACER centrally',
    options: yesNo('Yes, the firm pays centrally', 'No, I pay myself'),
    when: 'filer is attorney',
    applies: ({ filer }) => filer.filer === 'attorney',
  },
  {
    id: 'linked',
    scope: 'court',
    prompt:
      'Is your PACER account already linked to your CM/ECF filing account in the {court} (or does the court already let you e-file with it)?',
    summary: 'already linked to PACER in this court',
    options: yesNo('Yes, already linked', 'No, not yet'),
    when: 'pacer-account is individual and the court may be on NextGen on the as-of date',
    applies: ({ filer, courtInfo }) =>
      filer['pacer-account'] === 'individual' && courtInfo?.liveStatus !== 'not-live',
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
    applies: ({ court }) => court?.linked !== 'yes',
  },
  {
    id: 'cja',
    scope: 'court',
    prompt: "Are you appointed to the {court}'s CJA panel?",
    summary: "appointed to this court's CJA panel",
    options: yesNo('Yes, CJA panel attorney', 'No'),
    when: 'filer is attorney',
    applies: ({ filer }) => filer.filer === 'attorney',
  },
  {
    id: 'exempt-account',
    scope: 'filer',
    prompt: 'Do you have a separate exempt (CJA) PACER account, apart from your own account?',
    summary: 'a separate exempt (CJA) PACER account',
    options: yesNo('Yes, a separate exempt account', 'No'),
    when: 'cja is yes for some court',
    applies: ({ courts }) => courts.some((court) => court.cja === 'yes'),
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
    applies: ({ filer, court }) =>
      court?.cja === 'yes' &&
      filer['exempt-account'] === 'no' &&
      filer['pacer-account'] === 'individual',
  },
  {
    id: 'bankruptcy',
    scope: 'court',
    prompt: "Do you also e-file in this district's bankruptcy court?",
    summary: "also e-files in this district's bankruptcy court",
    options: yesNo('Yes', 'No'),
    when: 'the court is a district court with a bankruptcy court',
    applies: ({ courtInfo }) => courtInfo?.type === 'district' && courtInfo.hasBankruptcyCourt,
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
    ],
    applies: () => true,
  },
];

const BY_ID = new Map(QUESTIONS.map((question) => [question.id, question]));

/** The question with this id. */
export function getQuestion(id: QuestionId): Question {
  const question = BY_ID.get(id);
  if (!question) throw new Error(`no question ${id}`);
  return question;
}

/** True when `id` names a question. */
export function isQuestionId(id: string): id is QuestionId {
  return BY_ID.has(id as QuestionId);
}

/** The allowed values of a question, as `a|b|c`. */
export function allowedValues(question: Question): string {
  return question.options.map((option) => option.value).join('|');
}

/** The command-line flag for a question, e.g. `--pacer-account`. */
export function flagOf(question: Question): string {
  return `--${question.id}`;
}
