/**
 * The JSON the CLI prints, as zod schemas: the plan (`check --format json`, and each row of a
 * roster's JSON) and the court listing (`courts --format json`). The plan's types in types.ts
 * are `z.infer` of these (through `import type`, so no run reaches zod for them); the build turns
 * them into schema/*.schema.json (`npm run schema`), and a test checks real outputs against those
 * with an independent validator. Only scripts and tests import this module at run time.
 */
import { z } from 'zod';
import type { AcmsFields } from '../profile/acms.js';
import type { GoLiveFields } from '../profile/go-live.js';
import { CourtType, SOURCE_KINDS } from '../profile/schema.js';
import type { ResolvedAnswers } from './answers.js';
import type { LiveStatus } from './live-status.js';
import { QUESTIONS } from './questions.js';
import { ACTION_ORDER, PLAN_SCHEMA_VERSION } from './types.js';

/** Whether two types accept the same values (both ways): the schemas below match the code. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const IsoDate = z.iso.date().meta({ id: 'IsoDate', description: 'A calendar day, YYYY-MM-DD.' });
const SourceIds = z
  .array(z.string())
  .meta({ id: 'SourceIds', description: "Ids of sources: keys of the plan's `sources`." });

const LiveStatusSchema = z.enum(['live', 'not-live', 'unknown']).meta({ id: 'LiveStatus' });

/** The go-live fields of a court (profile/go-live.ts's GoLiveFields). */
const GoLiveFieldsShape = {
  precision: z.enum(['day', 'window', 'month', 'expected-month', 'unknown']),
  goLive: z.string().describe('The go-live in words, e.g. "February 18, 2020".'),
  date: IsoDate.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  month: z.string().optional().describe('YYYY-MM'),
};

/** A court of appeals' ACMS facts on the day (profile/acms.ts's AcmsFields). */
const AcmsFieldsSchema = z
  .strictObject({
    status: z.enum([
      'all-new-cases',
      'some-case-types',
      'not-yet',
      'unknown',
      'no-statement-found',
    ]),
    summary: z.string(),
    inAcms: z.string().optional(),
    moves: z.array(
      z.strictObject({
        cases: z.enum(['all-new', 'some-types']),
        caseTypes: z.string().optional(),
        from: IsoDate.optional(),
        to: IsoDate.optional(),
        sources: SourceIds,
      }),
    ),
    existingCases: z.string().optional(),
    portal: z.string().optional(),
    checked: IsoDate,
    sources: SourceIds,
  })
  .meta({ id: 'AcmsFields' });

/** One question's value in the plan: one of its options (a list for `multiple` questions). */
function answerSchema(question: (typeof QUESTIONS)[number]): z.ZodType {
  const value = z.enum(question.options.map((option) => option.value) as [string, ...string[]]);
  return (question.multiple ? z.array(value) : value).optional();
}

// Built from the question catalogue that FilerAnswers and CourtAnswers are typed from, so it is
// typed by them here (zod cannot infer literal unions from a loop over the catalogue).
const ResolvedAnswersSchema = z.strictObject({
  filer: z.strictObject(
    Object.fromEntries(
      QUESTIONS.filter((q) => q.scope === 'filer').map((q) => [q.id, answerSchema(q)]),
    ),
  ),
  courts: z
    .record(
      z.string(),
      z.strictObject(
        Object.fromEntries(
          QUESTIONS.filter((q) => q.scope === 'court').map((q) => [q.id, answerSchema(q)]),
        ),
      ),
    )
    .describe("Each court's answers, by court id."),
}) as unknown as z.ZodType<ResolvedAnswers>;

export const PlanLinkSchema = z
  .strictObject({
    label: z.string(),
    url: z.string(),
    sources: SourceIds.describe(
      "Ids of the sources that give this link (keys of the plan's `sources`).",
    ),
  })
  .meta({ id: 'PlanLink' });

export const PlanContactSchema = z
  .strictObject({
    label: z.string(),
    name: z.string().optional(),
    division: z.string().optional(),
    phone: z.string().optional(),
    extension: z.string().optional(),
    email: z.string().optional(),
    hours: z.string().optional(),
    url: z.string().optional(),
    checked: z
      .string()
      .optional()
      .describe("The day this contact was last compared with the court's own page (YYYY-MM-DD)."),
    sources: SourceIds.describe('Ids of the sources that give this contact.'),
  })
  .meta({ id: 'PlanContact' });

export const PlanActionSchema = z
  .strictObject({
    id: z.enum(ACTION_ORDER),
    court: z
      .string()
      .nullable()
      .describe('The court this action is for, or null for a PACER-level action done once.'),
    title: z.string(),
    why: z.string().describe('Which answer and which court rule make this action apply.'),
    whySources: SourceIds.describe(
      'Ids of the sources of the facts in `why`, `deadline`, `notBefore` and `caveat`.',
    ),
    steps: z.array(z.string()),
    stepSources: z
      .array(SourceIds)
      .describe('For each step, the ids of the sources that support it.'),
    links: z.array(PlanLinkSchema),
    contacts: z.array(PlanContactSchema),
    notBefore: IsoDate.optional().describe(
      "It cannot be done before this day (the court's go-live).",
    ),
    notBeforeGoLive: z
      .string()
      .optional()
      .describe(
        "It cannot be done before the court's go-live, whose day no source gives: the go-live in words.",
      ),
    deadline: IsoDate.optional().describe('Do it before this day.'),
    caveat: z
      .string()
      .optional()
      .describe('When the action applies only under a condition the tool cannot know.'),
    sources: SourceIds.describe(
      'Every source the action cites (its steps, links, contacts and why), in first-cited order.',
    ),
  })
  .meta({ id: 'PlanAction' });

export const PlanCourtSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    jurisdiction: z.string().nullable(),
    ecfUrl: z.string(),
    website: z.string().optional(),
    nextGen: z.strictObject({
      status: LiveStatusSchema.describe(
        'On NextGen on the as-of date: live, not-live, or unknown when the facts cannot say.',
      ),
      ...GoLiveFieldsShape,
      earliest: IsoDate.optional().describe('Earliest day the go-live can have been, where known.'),
      latest: IsoDate.optional().describe('Latest day the go-live can have been, where known.'),
      page: z.string().optional(),
      sources: SourceIds,
    }),
    acms: AcmsFieldsSchema.optional().describe(
      'Courts of appeals: which new cases are filed in ACMS rather than CM/ECF on the as-of date.',
    ),
    helpDesks: z.array(PlanContactSchema),
  })
  .meta({ id: 'PlanCourt' });

export const PlanNoteSchema = z
  .strictObject({
    court: z.string().nullable(),
    text: z.string(),
    sources: SourceIds,
  })
  .meta({ id: 'PlanNote' });

const SourceKindSchema = z.enum([...SOURCE_KINDS, 'web-page']).meta({ id: 'SourceKind' });

export const PlanSourceSchema = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    publisher: z.string(),
    kind: SourceKindSchema.describe(
      "`web-page`: a URL a firm's own profile cites directly, with nothing known of it.",
    ),
    date: z
      .string()
      .optional()
      .describe("When it was published, or the day of a data feed's copy."),
    url: z.string().optional(),
    foundAt: z
      .string()
      .optional()
      .describe('The public page that links to a document with no public copy found.'),
    copy: z
      .string()
      .optional()
      .describe('Where a copy ships in the package (seed documents), relative to the package.'),
    checked: IsoDate.optional().describe('The day the project last read it against the facts.'),
  })
  .meta({ id: 'PlanSource' });

export const DataAsOfSchema = z
  .partialRecord(SourceKindSchema, IsoDate)
  .describe(
    "How old the facts are, per kind of source: a feed's copy day, else the day last checked.",
  );

export const PlanSchema = z
  .strictObject({
    schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
    asOf: IsoDate,
    dataAsOf: DataAsOfSchema,
    status: z.enum(['ready', 'action-needed', 'waiting']),
    courts: z.array(PlanCourtSchema),
    answers: ResolvedAnswersSchema,
    actions: z.array(PlanActionSchema),
    notes: z.array(PlanNoteSchema),
    sources: z
      .array(PlanSourceSchema)
      .describe('Every source cited above, by id, in first-cited order.'),
  })
  .meta({ id: 'Plan' });

/** One court as `courts --format json` lists it. */
export const CourtListingSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    type: CourtType,
    jurisdiction: z.string().nullable(),
    nextGen: z.strictObject({
      status: LiveStatusSchema,
      liveBy: IsoDate.optional(),
      ...GoLiveFieldsShape,
    }),
    acms: AcmsFieldsSchema.optional().describe(
      'Courts of appeals: which new cases are filed in ACMS on the day (absent for other courts).',
    ),
    ecfUrl: z.string(),
    dataAsOf: DataAsOfSchema,
  })
  .meta({ id: 'CourtListing' });

/** `courts --format json`: the courts listed. */
export const CourtListSchema = z.array(CourtListingSchema);

/**
 * The pieces typed elsewhere in the code match their schemas; a change on either side that the
 * other does not follow fails `npm run typecheck`. (Exported so the compiler keeps it.)
 */
export type OutputSchemaChecks = [
  Same<z.infer<typeof LiveStatusSchema>, LiveStatus>,
  Same<z.infer<z.ZodObject<typeof GoLiveFieldsShape>>, GoLiveFields>,
  Same<z.infer<typeof AcmsFieldsSchema>, AcmsFields>,
] extends true[]
  ? true
  : never;
export const OUTPUT_SCHEMAS_MATCH: OutputSchemaChecks = true;
