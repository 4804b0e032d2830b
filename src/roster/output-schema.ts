/**
 * A roster's JSON, as zod schemas: `roster --format json` (each row with its whole plan) and
 * the summary.json that `--out` writes (each row with its action ids). The build turns them into
 * schema/*.schema.json; the types the roster code uses are checked against them below. Only
 * scripts and tests import this module at run time.
 */
import { z } from 'zod';
import { PlanSchema } from '../plan/output-schema.js';
import { ACTION_ORDER } from '../plan/types.js';
import type { Breakdown } from './breakdown.js';
import { ROSTER_SCHEMA_VERSION, type RosterSummary, type RosterTotals } from './summary.js';

/** Whether two types accept the same values (both ways). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const RosterTotalsSchema = z
  .strictObject({
    rows: z.int().min(0).describe('Attorney rows read: planned plus errors.'),
    ready: z.int().min(0),
    actionNeeded: z.int().min(0),
    waiting: z.int().min(0),
    errors: z.int().min(0),
    actions: z.int().min(0).describe('Actions across every plan.'),
    conditional: z
      .int()
      .min(0)
      .describe(
        'Of `actions`, those that apply only under a condition the tool cannot know (the action\'s caveat says "only if"); the rest are certain.',
      ),
    duplicates: z
      .int()
      .min(0)
      .describe(
        "Rows that repeat an earlier row's attorney (by id, else e-mail, else name) and courts.",
      ),
  })
  .meta({ id: 'RosterTotals' });

const RosterBreakdownSchema = z
  .strictObject({
    actions: z
      .array(
        z.strictObject({
          id: z.enum(ACTION_ORDER),
          court: z.string().nullable().describe('null: a PACER-level action, done once.'),
          title: z.string().describe('The title the checklists give it.'),
          attorneys: z.int().min(0).describe('Attorneys whose plan has it.'),
          certain: z.int().min(0),
          conditional: z
            .int()
            .min(0)
            .describe('Attorneys for whom it applies only if a condition holds.'),
        }),
      )
      .describe('Each action (per court, or in PACER), most attorneys first.'),
    courts: z
      .array(
        z.strictObject({
          id: z.string(),
          name: z.string(),
          attorneys: z
            .int()
            .min(0)
            .describe('Rows naming the court; a row with two counts in both.'),
          ready: z.int().min(0),
          actionNeeded: z.int().min(0),
          waiting: z.int().min(0),
          errors: z.int().min(0),
        }),
      )
      .describe('Each court the rows name, by the status of those rows, most attorneys first.'),
    errorGroups: z
      .array(
        z.strictObject({
          message: z.string(),
          rows: z.int().min(1),
          lines: z.array(z.int().min(1)).describe('The first lines with it (at most 10).'),
          firstName: z.string().describe('The attorney of the first row with it.'),
        }),
      )
      .describe('The row errors grouped by cause (the same message), most rows first.'),
    otherErrors: z.int().min(0).describe('Row errors past the 200 causes kept, counted together.'),
  })
  .meta({ id: 'RosterBreakdown' });

/** Who a row is: as the roster file gives it, made safe. */
const RowIdentity = {
  line: z.int().min(1).describe('The line of the roster file the row starts on.'),
  name: z.string(),
  email: z.string(),
  id: z.string(),
  courts: z.array(z.string()),
};

const Checklist = z
  .string()
  .optional()
  .describe("The attorney's checklist in the --out directory, if one was written.");

/** The document around the rows: what was read, as of which day, and the totals. */
function rosterDocument(row: z.ZodType, title: string) {
  return z
    .strictObject({
      schemaVersion: z.literal(ROSTER_SCHEMA_VERSION),
      roster: z.string().describe('The roster file read.'),
      asOf: z.iso.date(),
      attorneys: z.array(row),
      totals: RosterTotalsSchema,
      breakdown: RosterBreakdownSchema.describe(
        'What the roster comes to: counts per action and per court, the errors by cause.',
      ),
    })
    .describe(title);
}

/** A row of `roster --format json`: planned (with its plan) or not (with its errors). */
export const RosterJsonRowSchema = z.discriminatedUnion('status', [
  z.strictObject({
    ...RowIdentity,
    status: z.enum(['ready', 'action-needed', 'waiting']),
    checklist: Checklist,
    plan: PlanSchema,
  }),
  z.strictObject({
    ...RowIdentity,
    status: z.literal('error'),
    checklist: Checklist,
    errors: z.array(z.string()).min(1),
  }),
]);

/** `roster --format json` on stdout. */
export const RosterJsonSchema = rosterDocument(
  RosterJsonRowSchema,
  'nextgen-ready roster --format json: every row with its plan',
);

/** A row of summary.json. */
export const RosterSummaryRowSchema = z.strictObject({
  ...RowIdentity,
  status: z.enum(['ready', 'action-needed', 'waiting', 'error']),
  actions: z.array(
    z.strictObject({
      id: z.enum(ACTION_ORDER),
      court: z.string().nullable().describe('null: a PACER-level action, done once.'),
    }),
  ),
  checklist: Checklist,
  errors: z.array(z.string()),
});

/** summary.json in a roster's --out directory. */
export const RosterSummaryJsonSchema = rosterDocument(
  RosterSummaryRowSchema,
  "nextgen-ready roster --out: summary.json, every row with its actions' ids",
);

/**
 * The roster code's own types match the schemas; a change on either side that the other does
 * not follow fails `npm run typecheck`. (Exported so the compiler keeps it.)
 */
export type RosterSchemaChecks = [
  Same<z.infer<typeof RosterTotalsSchema>, RosterTotals>,
  Same<Omit<z.infer<typeof RosterBreakdownSchema>, 'actions'>, Omit<Breakdown, 'actions'>>,
  Same<Omit<z.infer<typeof RosterSummaryRowSchema>, 'actions'>, Omit<RosterSummary, 'actions'>>,
] extends true[]
  ? true
  : never;
export const ROSTER_SCHEMAS_MATCH: RosterSchemaChecks = true;
