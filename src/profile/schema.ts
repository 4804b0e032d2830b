/**
 * The court profile format and the national procedures format. These zod schemas ARE the
 * formats: the JSON Schemas in schema/ are generated from them (npm run schema).
 *
 * Every fact (date, URL, phone, e-mail, step list) sits in an object that carries `source`:
 * a seed file name from sources/seeds/ or a public URL. Where a source was wrong or ambiguous,
 * `note` says what was chosen and why.
 */
import { z } from 'zod';
import { PROCEDURE_IDS } from './procedure-ids.js';
import { COURT_TYPES } from './court-types.js';

/** A seed document in sources/seeds/ (e.g. 001_8805ec3108b7372f.txt). */
export const SEED_FILE = /^\d{3}_[0-9a-f]{16}\.txt$/;

/** A source's id in the registry (sources/registry.yaml), e.g. `utd-nextgen-information`. */
export const SOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Where a fact comes from: the id of an entry in the source registry (sources/registry.yaml),
 * which gives its title, publisher, date and URL. A firm's own profiles may also cite an https
 * URL directly; the bundled data cites registry ids only (a data test says so).
 */
export const Source = z
  .string()
  .refine((value) => SOURCE_ID.test(value) || /^https:\/\/[^\s@/]+\/?\S*$/.test(value), {
    error:
      'expected a source id from sources/registry.yaml (like utd-nextgen-information) or an https URL',
  })
  .meta({
    description:
      "The id of an entry in sources/registry.yaml, or (in a firm's own profiles) an https URL.",
  });

/** One source, or several where a fact was checked against more than one. */
export const Sources = z.union([Source, z.array(Source).min(1)]);
export type Sources = z.infer<typeof Sources>;

const Note = z
  .string()
  .min(1)
  .meta({ description: 'What was chosen and why, where a source was corrected or ambiguous.' });

export const IsoDate = z.iso.date({ error: 'expected a real date written YYYY-MM-DD' });
export const IsoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a month written YYYY-MM' });

const HTTPS_URL = /^https:\/\/[^\s]+$/;
const ANY_URL = /^https?:\/\/[^\s]+$/;

/** A link to a page. https only, unless `httpReason` records why a plain http URL is kept. */
/**
 * The kinds of filer, as the `filer` question names them: whom a step or a link is for.
 * (Listed here, not imported: profile/ does not import plan/; a test holds them equal.)
 */
export const FILER_KINDS = ['attorney', 'pro-se', 'filing-agent', 'limited-filer'] as const;
const Filers = z.array(z.enum(FILER_KINDS)).min(1).optional().meta({
  description:
    'Shown only to these kinds of filer (the values of the filer question; default: everyone).',
});

export const Link = z
  .strictObject({
    label: z.string().min(1),
    url: z.string().regex(ANY_URL, { error: 'expected an absolute http(s) URL' }),
    httpReason: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'Why this URL is kept as plain http (the https version is unknown).' }),
    courtTypes: z
      .array(z.enum(COURT_TYPES))
      .min(1)
      .optional()
      .meta({ description: 'Show the link only for these kinds of court (default: all).' }),
    filers: Filers,
    source: Sources,
    note: Note.optional(),
  })
  .superRefine((link, ctx) => {
    if (!HTTPS_URL.test(link.url) && link.httpReason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'expected an https URL; a plain http URL needs `httpReason` saying why it is kept',
      });
    }
  });
export type Link = z.infer<typeof Link>;

/** A plain ASCII e-mail address: seeds extracted from PDFs carry look-alike letters. */
export const Email = z
  .string()
  .regex(/^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/, {
    error: 'expected a plain ASCII e-mail address (check for look-alike letters)',
  });

export const Phone = z
  .string()
  .regex(/^(1-)?\d{3}-\d{3}-\d{4}$/, { error: 'expected a phone number written 800-676-6856' });

/** Someone to call or write: a help desk, the PACER Service Center, a named clerk. */
export const Contact = z.strictObject({
  label: z.string().min(1).meta({ description: 'Who this is, e.g. "CM/ECF Help Desk".' }),
  name: z.string().min(1).optional(),
  division: z.string().min(1).optional(),
  phone: Phone.optional(),
  extension: z
    .string()
    .regex(/^\d{1,6}$/, { error: 'expected digits only' })
    .optional(),
  email: Email.optional(),
  hours: z.string().min(1).optional(),
  url: z.string().regex(HTTPS_URL, { error: 'expected an https URL' }).optional(),
  source: Sources,
  checked: IsoDate.optional().meta({
    description: 'The day this contact was last compared with its source.',
  }),
  note: Note.optional(),
});
export type Contact = z.infer<typeof Contact>;

export const DatedFact = z.strictObject({
  date: IsoDate,
  source: Sources,
  note: Note.optional(),
});
export type DatedFact = z.infer<typeof DatedFact>;

const GoLiveCommon = {
  source: Sources,
  note: Note.optional(),
  stated: z.enum(['scheduled', 'reported']).optional().meta({
    description:
      'scheduled: the source was written before the date, as a plan; reported: written after, saying it happened.',
  }),
};

/**
 * What is known of the day the court went live on NextGen. Only `day`, `window` and `month`
 * bound it; an `expected-month` is a plan the court announced, not proof.
 */
export const GoLive = z.discriminatedUnion('precision', [
  z.strictObject({ precision: z.literal('day'), date: IsoDate, ...GoLiveCommon }),
  z.strictObject({ precision: z.literal('window'), from: IsoDate, to: IsoDate, ...GoLiveCommon }),
  z.strictObject({ precision: z.literal('month'), month: IsoMonth, ...GoLiveCommon }),
  z.strictObject({ precision: z.literal('expected-month'), month: IsoMonth, ...GoLiveCommon }),
  z.strictObject({ precision: z.literal('unknown'), ...GoLiveCommon }),
]);
export type GoLive = z.infer<typeof GoLive>;

/** The CM/ECF release a source (PACER's court feed) reported for the court on a day. */
export const ReportedRelease = z.strictObject({
  text: z.string().min(1).meta({
    description: 'The release as the source names it, e.g. "NextGen CM/ECF Release 1.6".',
  }),
  asOf: IsoDate.meta({ description: 'The day the source reported it.' }),
  source: Sources,
  note: Note.optional(),
});
export type ReportedRelease = z.infer<typeof ReportedRelease>;

export const NextGen = z.strictObject({
  goLive: GoLive,
  liveBy: DatedFact.optional().meta({
    description: 'A day a source shows the court already on NextGen (an upper bound).',
  }),
  notLiveOn: DatedFact.optional().meta({
    description: 'A day a source shows the court not yet on NextGen (a lower bound).',
  }),
  otherAnnouncedDays: z
    .array(DatedFact)
    .optional()
    .meta({ description: 'Other go-live days a source announced, kept for the record.' }),
  page: Link.optional().meta({ description: "The court's own NextGen page." }),
  feedRelease: ReportedRelease.optional().meta({
    description: "The CM/ECF release PACER's court feed reported for the court.",
  }),
});
export type NextGen = z.infer<typeof NextGen>;

/**
 * One step of a court of appeals' move of new cases from CM/ECF to ACMS, its Appellate Case
 * Management System. The day: `from` alone, that day; `from` and `to`, some day between them;
 * `to` alone, on or before that day (a source shows ACMS already in use then).
 */
export const AcmsMove = z
  .strictObject({
    cases: z.enum(['all-new', 'some-types']).meta({
      description:
        'all-new: every new case is opened in ACMS; some-types: new cases of some types.',
    }),
    caseTypes: z.string().min(1).optional().meta({
      description:
        'The case types, as the court names them ("immigration petitions for review"); absent where the sources found do not name them.',
    }),
    from: IsoDate.optional().meta({
      description: 'The first day (or the earliest day) of the move.',
    }),
    to: IsoDate.optional().meta({ description: 'The latest day the move can have happened.' }),
    source: Sources,
    note: Note.optional(),
  })
  .superRefine((move, ctx) => {
    if (move.from === undefined && move.to === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: 'a move needs `from`, `to` or both',
      });
    if (move.from !== undefined && move.to !== undefined && move.from > move.to)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `\`to\` (${move.to}) is before \`from\` (${move.from})`,
      });
    if (move.cases === 'all-new' && move.caseTypes !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['caseTypes'],
        message: 'all-new moves every case type: leave `caseTypes` out',
      });
  });
export type AcmsMove = z.infer<typeof AcmsMove>;

/**
 * What is known of a court of appeals and ACMS: the moves a court announced, or that no public
 * statement was found when its pages were checked. Only courts of appeals have it.
 */
export const Acms = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('moved'),
    moves: z.array(AcmsMove).min(1),
    existingCases: z
      .strictObject({ text: z.string().min(1), source: Sources, note: Note.optional() })
      .optional()
      .meta({
        description:
          'What happens to cases opened in CM/ECF before a move, as the court says; absent where no source says.',
      }),
    portal: Link.optional().meta({ description: 'Where filers log in to ACMS.' }),
    checked: IsoDate.meta({ description: "The day the court's ACMS statements were last read." }),
    note: Note.optional(),
  }),
  z.strictObject({
    status: z.literal('no-statement-found'),
    checked: IsoDate.meta({ description: "The day the court's pages were searched for one." }),
    source: Sources.meta({ description: 'The court pages read (the newest found).' }),
    note: Note.optional(),
  }),
]);
export type Acms = z.infer<typeof Acms>;

/** Placeholders a step may use; the plan fills them from the court's profile. */
export const STEP_PLACEHOLDERS = [
  'court.name',
  'court.ecfUrl',
  'court.jurisdiction',
  'court.cjaPanelName',
  'court.linkMenu',
] as const;

/**
 * A step: text that cites its procedure's sources, or text with sources of its own (where the
 * steps of one procedure come from different documents, each step cites only what supports it).
 */
export const Step = z.union([
  z.string().min(1),
  z.strictObject({
    text: z.string().min(1),
    source: Sources,
    from: IsoDate.optional().meta({
      description: 'Shown only on and after this day (the step is true from then on).',
    }),
    until: IsoDate.optional().meta({
      description: 'Shown only before this day (the step stops being true then).',
    }),
    untilGoLiveOf: z
      .string()
      .regex(/^[a-z0-9]+$/)
      .optional()
      .meta({
        description:
          'Shown only while this court (an id) may not be on NextGen yet: advice for the time before its go-live.',
      }),
    filers: Filers,
    note: Note.optional(),
  }),
]);
export type Step = z.infer<typeof Step>;

// The ids live in a module without zod: the plan (which runs for every check) needs the list.
export { PROCEDURE_IDS };
export const ProcedureId = z.enum(PROCEDURE_IDS);
export type ProcedureId = z.infer<typeof ProcedureId>;

/** A national procedure: written once, sourced; courts override only what differs. */
export const Procedure = z.strictObject({
  title: z.string().min(1),
  steps: z.array(Step).min(1),
  links: z.array(Link).optional(),
  contacts: z.array(Contact).optional(),
  source: Sources,
  note: Note.optional(),
});
export type Procedure = z.infer<typeof Procedure>;

/** A court's change to a national procedure. */
export const ProcedureOverride = z.strictObject({
  mode: z.enum(['replace', 'before', 'after']).default('replace').meta({
    description:
      "replace: the court's steps replace the national ones; before/after: they are added to them.",
  }),
  title: z.string().min(1).optional(),
  steps: z.array(Step).optional(),
  links: z.array(Link).optional(),
  contacts: z.array(Contact).optional(),
  source: Sources,
  note: Note.optional(),
});
export type ProcedureOverride = z.infer<typeof ProcedureOverride>;

export const CourtType = z.enum(COURT_TYPES);
export type CourtType = z.infer<typeof CourtType>;

export const RelatedCourt = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+$/),
  relation: z.enum(['bankruptcy', 'district', 'circuit']),
  source: Sources,
  note: Note.optional(),
});
export type RelatedCourt = z.infer<typeof RelatedCourt>;

export const CourtNote = z.strictObject({
  text: z.string().min(1),
  audience: z.enum(['all', 'attorney', 'pro-se', 'cja']).default('all').meta({
    description:
      'Whom the note is for: everyone, attorneys, self-represented filers, or CJA panel attorneys.',
  }),
  source: Sources,
  note: Note.optional(),
});
export type CourtNote = z.infer<typeof CourtNote>;

export const Cja = z.strictObject({
  panelName: z
    .string()
    .min(1)
    .meta({ description: 'How to name this court when asking PSC for CJA exemption.' }),
  source: Sources,
  note: Note.optional(),
});

/**
 * A fact the court's pages were searched for and do not state: recorded with the day it was
 * looked for, so that "unknown" and "not published" are told apart, and the search can be redone.
 */
export const NotPublished = z.strictObject({
  notPublished: IsoDate.meta({ description: "The day the court's pages were searched for it." }),
  lookedAt: z
    .array(z.string().min(1))
    .optional()
    .meta({ description: 'What was read or searched (pages, queries), for maintainers.' }),
  note: Note.optional(),
});
export type NotPublished = z.infer<typeof NotPublished>;

/** A court fact, or the record that the court's pages do not state it. */
const orNotPublished = <T extends z.ZodType>(fact: T) => z.union([fact, NotPublished]);

/** A fee in U.S. dollars as a page stated it: printed "as of" its date. */
export const Fee = z.strictObject({
  amount: z.number().nonnegative(),
  per: z.enum(['application', 'case', 'year', 'renewal']).optional(),
  asOf: z.union([IsoDate, IsoMonth]).meta({
    description: "The page's own date where it shows one, else the day it was read.",
  }),
  source: Sources,
  note: Note.optional(),
});
export type Fee = z.infer<typeof Fee>;

/** How the court takes applications for admission to its bar. */
export const ADMISSION_ROUTES = ['pacer', 'pacer-then-cmecf', 'court'] as const;
/** What an applicant must have or do, beyond the application itself. */
export const ADMISSION_REQUIREMENTS = [
  'state-bar',
  'named-state-bar',
  'court-exam',
  'sponsor',
  'good-standing-certificate',
  'notarized',
  'oath-in-person',
  'oath-written',
  'cle',
  'training',
  'judge-approval',
  'renewal',
] as const;
/** What comes first for a pro hac vice attorney: the court's order, the motion, or PACER. */
export const PRO_HAC_VICE_ORDERS = [
  'order-first',
  'motion-first',
  'with-motion',
  'pacer-first',
] as const;
/** Whether a self-represented party may e-file, and whether permission comes first. */
export const PRO_SE_EFILING = [
  'permission-first',
  'by-request',
  'no-permission-needed',
  'not-allowed',
] as const;

/** Periodic renewal of bar membership or e-filing registration. */
export const Renewal = z.strictObject({
  every: z.enum(['year', '2 years', '3 years', '4 years', '5 years']),
  fee: Fee.optional(),
  how: z.string().min(1).optional().meta({ description: "How it is done, in the court's words." }),
  lapse: z.string().min(1).optional().meta({ description: 'What happens when it lapses.' }),
  source: Sources,
  note: Note.optional(),
});
export type Renewal = z.infer<typeof Renewal>;

export const Admission = z.strictObject({
  route: z.enum(ADMISSION_ROUTES).meta({
    description:
      "pacer: PACER's Attorney Admissions and E-File request; pacer-then-cmecf: e-file registration through PACER, then the application inside CM/ECF; court: the court's own paper form or system, not PACER.",
  }),
  form: Link.optional().meta({ description: "The court's own form or system, where it has one." }),
  requirements: z.array(z.enum(ADMISSION_REQUIREMENTS)).optional(),
  fee: Fee.optional(),
  renewal: Renewal.optional(),
  localRule: z.string().min(1).optional().meta({ description: 'e.g. "LR 83.1"' }),
  source: Sources,
  note: Note.optional(),
});
export type Admission = z.infer<typeof Admission>;

/** Whose bar admits attorneys to practise in the court. */
export const Bar = z.strictObject({
  court: z
    .string()
    .regex(/^[a-z0-9]+$/)
    .meta({
      description:
        'The court whose bar admits attorneys to practise here: the court itself, or (most bankruptcy courts) its district court.',
    }),
  source: Sources,
  note: Note.optional(),
});
export type Bar = z.infer<typeof Bar>;

export const ProHacVice = z.strictObject({
  available: z.boolean().optional().meta({
    description: 'Whether the court admits attorneys pro hac vice at all (absent: not stated).',
  }),
  kind: z.enum(['motion', 'statement', 'association']).optional().meta({
    description:
      'motion: a motion or application the judge grants; statement: a statement filed with a sponsor, no order; association: no pro hac vice, associate with a member of the bar.',
  }),
  efiling: z.enum(['allowed', 'not-allowed']).optional(),
  order: z.enum(PRO_HAC_VICE_ORDERS).optional().meta({
    description:
      'order-first: the order admitting you, then the PACER request; motion-first: the motion filed, then PACER; with-motion: both together; pacer-first: PACER, then your own motion.',
  }),
  fee: Fee.optional(),
  localCounsel: z.enum(['required', 'not-required']).optional(),
  form: Link.optional(),
  localRule: z.string().min(1).optional(),
  source: Sources,
  note: Note.optional(),
});
export type ProHacVice = z.infer<typeof ProHacVice>;

export const EfileRegistration = z.strictObject({
  extras: z.array(z.enum(['local-form', 'training', 'own-system'])).meta({
    description:
      "What the court adds to PACER's e-file registration; an empty list: nothing, PACER is the whole process.",
  }),
  form: Link.optional().meta({ description: 'The local form, training or own system.' }),
  source: Sources,
  note: Note.optional(),
});
export type EfileRegistration = z.infer<typeof EfileRegistration>;

export const Government = z.strictObject({
  rule: z.enum(['no-admission-needed', 'admission-required', 'fee-waived']),
  text: z.string().min(1).optional().meta({ description: "The rule in the court's words." }),
  localRule: z.string().min(1).optional(),
  source: Sources,
  note: Note.optional(),
});
export type Government = z.infer<typeof Government>;

/** A way a self-represented party files without e-filing: an upload tool, e-mail, paper. */
export const FilingAlternative = z.strictObject({
  kind: z.enum(['upload-tool', 'self-help-filing', 'email', 'paper', 'drop-box']),
  label: z.string().min(1).meta({ description: 'The court\'s name for it, e.g. "EDSS".' }),
  url: z.string().regex(HTTPS_URL, { error: 'expected an https URL' }).optional(),
  accepts: z
    .string()
    .min(1)
    .optional()
    .meta({ description: "What it takes, in the court's words." }),
  source: Sources,
  note: Note.optional(),
});
export type FilingAlternative = z.infer<typeof FilingAlternative>;

export const ProSe = z.strictObject({
  efiling: z.enum(PRO_SE_EFILING).meta({
    description:
      "permission-first: a judge's or the court's leave before registering; by-request: the PACER e-file request is the request the court grants; no-permission-needed: any party may register; not-allowed: no e-filing for self-represented parties.",
  }),
  conditions: z.array(z.string().min(1)).optional().meta({
    description: 'e.g. "an open case", "a first filing on paper", in plain words.',
  }),
  form: Link.optional().meta({ description: 'The form or motion the court asks for.' }),
  alternatives: z.array(FilingAlternative).optional(),
  localRule: z.string().min(1).optional(),
  source: Sources,
  note: Note.optional(),
});
export type ProSe = z.infer<typeof ProSe>;

export const FilingAgents = z.strictObject({
  accepted: z.boolean(),
  source: Sources,
  note: Note.optional(),
});
export type FilingAgents = z.infer<typeof FilingAgents>;

export const LimitedFilers = z.strictObject({
  route: z.enum(['pacer', 'court-form', 'court-form-and-pacer', 'court-system']),
  form: Link.optional(),
  source: Sources,
  note: Note.optional(),
});
export type LimitedFilers = z.infer<typeof LimitedFilers>;

export const ProofOfClaim = z.strictObject({
  epoc: Link.optional().meta({ description: "The court's electronic proof of claim page." }),
  loginNeeded: z.boolean().optional(),
  source: Sources,
  note: Note.optional(),
});
export type ProofOfClaim = z.infer<typeof ProofOfClaim>;

export const Noticing = z.strictObject({
  debn: Link.optional().meta({ description: "Debtor's Electronic Bankruptcy Noticing (DeBN)." }),
  request: Link.optional().meta({
    description: 'A form to get notices of electronic filing without filing rights.',
  }),
  source: Sources,
  note: Note.optional(),
});
export type Noticing = z.infer<typeof Noticing>;

export const Leaving = z.strictObject({
  form: Link.optional().meta({ description: 'The form or request to end e-filing privileges.' }),
  text: z.string().min(1).optional(),
  source: Sources,
  note: Note.optional(),
});
export type Leaving = z.infer<typeof Leaving>;

/** How to ask the court for an exemption from PACER fees (other than CJA's), in its words. */
export const FeeExemption = z.strictObject({
  page: Link.optional().meta({ description: "The court's page on exemptions from PACER fees." }),
  form: Link.optional().meta({
    description: "The court's application for an exemption, where its own address is known.",
  }),
  who: z.array(z.string().min(1)).min(1).optional().meta({
    description: 'Who the court names as eligible, in its words.',
  }),
  how: z.string().min(1).optional().meta({ description: "How to ask, in the court's words." }),
  source: Sources,
  note: Note.optional(),
});
export type FeeExemption = z.infer<typeof FeeExemption>;

/**
 * What a filer joining the court must know of it, each fact sourced to the court's own pages,
 * or recorded as not published with the day it was looked for. A field left out is unknown:
 * the plan says so and points to the court's website.
 */
export const Joining = z.strictObject({
  checked: IsoDate.optional().meta({
    description: "The day the court's pages were last searched for these facts.",
  }),
  admissionsPage: orNotPublished(Link)
    .optional()
    .meta({ description: "The court's page on admission to its bar." }),
  bar: orNotPublished(Bar).optional(),
  admission: orNotPublished(Admission).optional(),
  proHacVice: orNotPublished(ProHacVice).optional(),
  efileRegistration: orNotPublished(EfileRegistration).optional(),
  government: orNotPublished(Government).optional(),
  proSe: orNotPublished(ProSe).optional(),
  filingAlternatives: z.array(FilingAlternative).optional().meta({
    description:
      'Ways to file without e-filing the court offers (an upload tool, e-mail, a drop box, paper), whatever its e-filing policy for self-represented parties.',
  }),
  filingAgents: orNotPublished(FilingAgents).optional(),
  limitedFilers: orNotPublished(LimitedFilers).optional(),
  proofOfClaim: orNotPublished(ProofOfClaim).optional(),
  noticing: orNotPublished(Noticing).optional(),
  leaving: orNotPublished(Leaving).optional(),
  feeExemption: orNotPublished(FeeExemption)
    .optional()
    .meta({ description: 'Exemptions from PACER fees the court grants, other than CJA.' }),
});
export type Joining = z.infer<typeof Joining>;

export const CourtProfile = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+$/, { error: 'expected a PACER court id: lower-case letters and digits' }),
  name: z.string().min(1),
  shortName: z
    .string()
    .min(1)
    .optional()
    .meta({ description: 'How sentences name the court, e.g. "District of Connecticut".' }),
  type: CourtType,
  jurisdiction: z.string().min(1).nullable().default(null).meta({
    description: 'The state or territory; null (or left out) for a court of appeals.',
  }),
  identitySource: Sources.meta({
    description: 'Where the id, name, type and jurisdiction come from.',
  }),
  ecf: Link.meta({ description: "The court's CM/ECF site." }),
  website: Link.optional(),
  nextGen: NextGen,
  acms: Acms.optional().meta({
    description:
      'Courts of appeals only: what is known of the move of new cases from CM/ECF to ACMS.',
  }),
  helpDesks: z.array(Contact).default([]),
  cja: Cja.optional(),
  related: z.array(RelatedCourt).default([]),
  joining: Joining.default({}),
  procedures: z.partialRecord(ProcedureId, ProcedureOverride).default({}),
  notes: z.array(CourtNote).default([]),
});
export type CourtProfile = z.infer<typeof CourtProfile>;
export type CourtProfileInput = z.input<typeof CourtProfile>;

/**
 * One layer of a bundled court's profile (courts/<id>.yaml, courts/generated/<id>.yaml): any of
 * the profile's fields, merged field by field over the layers below it (src/profile/layers.ts).
 * A fact is given whole, with its source; `null` says that a lower layer's fact does not hold
 * here. The merged profile must be a valid CourtProfile.
 */
const nullable = <T extends Record<string, z.ZodType>>(shape: T) =>
  Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, schema.nullable().optional()]),
  ) as { [K in keyof T]: z.ZodOptional<z.ZodNullable<T[K]>> };
export const CourtLayer = z.strictObject({
  ...nullable(CourtProfile.shape),
  nextGen: z
    .strictObject(nullable(NextGen.shape))
    .optional()
    .meta({ description: "Fields of nextGen; null leaves a lower layer's fact out." }),
});
export type CourtLayer = z.input<typeof CourtLayer>;

/** courts/defaults.yaml: what holds for every court (`all`), or every court of a type. */
export const CourtDefaults = z.strictObject({
  all: CourtLayer.optional(),
  district: CourtLayer.optional(),
  bankruptcy: CourtLayer.optional(),
  appellate: CourtLayer.optional(),
});

export const NationalFacts = z.strictObject({
  legacyCutoff: DatedFact.meta({
    description: 'PACER accounts created before this day are legacy accounts.',
  }),
  mfaEnrollmentBegan: DatedFact,
  mfaRequiredBy: DatedFact.meta({ description: 'The deadline PACER announced for every filer.' }),
  mfaRollout: DatedFact.optional().meta({
    description:
      'From this day, court notices say PACER rolls MFA out prompt by prompt: no action without a prompt.',
  }),
});

export const NationalProcedures = z.strictObject({
  facts: NationalFacts,
  pacerServiceCenter: Contact,
  procedures: z.record(ProcedureId, Procedure),
  notes: z.strictObject({ 'linking-per-court': CourtNote, 'shared-accounts': CourtNote }),
});
export type NationalProcedures = z.infer<typeof NationalProcedures>;

/** What kind of document a source is: how the output names it and how its age is told. */
export const SOURCE_KINDS = [
  'court-page',
  'court-notice',
  'pacer-page',
  'data-feed',
  'dataset',
  'seed-document',
  'third-party',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One document facts are taken from. */
export const SourceEntry = z
  .strictObject({
    id: z.string().regex(SOURCE_ID, { error: 'expected lower-case words joined by hyphens' }),
    title: z
      .string()
      .min(1)
      .meta({ description: 'As the document shows it, or a plain description.' }),
    publisher: z
      .string()
      .min(1)
      .meta({ description: 'Who published it, e.g. "PACER Service Center".' }),
    date: z.union([IsoDate, IsoMonth]).optional().meta({
      description: 'When it was published or, for a data feed, the day of the copy used.',
    }),
    url: z
      .string()
      .regex(ANY_URL, { error: 'expected an absolute http(s) URL' })
      .optional()
      .meta({ description: 'Where it can be read; https unless `httpReason` says why not.' }),
    httpReason: z.string().min(1).optional(),
    foundAt: z
      .string()
      .regex(HTTPS_URL, { error: 'expected an https URL' })
      .optional()
      .meta({ description: 'The public page that links to a document with no public copy found.' }),
    seedFile: z
      .string()
      .regex(SEED_FILE, { error: 'expected a seed file name like 001_8805ec3108b7372f.txt' })
      .optional()
      .meta({
        description: 'The copy of a seed document in sources/seeds/, shipped with the package.',
      }),
    kind: z.enum(SOURCE_KINDS),
    checked: IsoDate.meta({ description: 'The day this project last read it against the facts.' }),
    note: Note.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.url === undefined && entry.seedFile === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'a source needs a url or a seedFile',
      });
    if (entry.kind === 'seed-document' && entry.seedFile === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['seedFile'],
        message: 'a seed document needs its seedFile',
      });
    if (entry.url !== undefined && !HTTPS_URL.test(entry.url) && entry.httpReason === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'expected an https URL; a plain http URL needs `httpReason` saying why it is kept',
      });
  });
export type SourceEntry = z.infer<typeof SourceEntry>;

/** The source registry: every document the bundled data cites, once. */
export const SourceRegistry = z.strictObject({ sources: z.array(SourceEntry).min(1) });
export type SourceRegistry = z.infer<typeof SourceRegistry>;
