/**
 * The plan: what `check --format json` prints, and what every renderer reads. Its shape is a
 * stable API (documented in the README, published as schema/plan.schema.json); `schemaVersion`
 * changes if it ever has to break. The shapes are defined once, as the zod schemas of
 * output-schema.ts, and the types here are inferred from them: `import type` only, so nothing
 * that renders a plan loads zod.
 */
import type { z } from 'zod';
import type {
  DataAsOfSchema,
  PlanActionSchema,
  PlanContactSchema,
  PlanCourtSchema,
  PlanLinkSchema,
  PlanNoteSchema,
  PlanSchema,
  PlanSourceSchema,
} from './output-schema.js';

export const PLAN_SCHEMA_VERSION = 1;

// Action ids and their order are the table of actions' (actions.ts).
export { ACTION_ORDER, type ActionId } from './actions.js';

export type PlanStatus = Plan['status'];

export type PlanLink = z.infer<typeof PlanLinkSchema>;
export type PlanContact = z.infer<typeof PlanContactSchema>;
export type PlanAction = z.infer<typeof PlanActionSchema>;
export type PlanCourt = z.infer<typeof PlanCourtSchema>;
export type PlanNote = z.infer<typeof PlanNoteSchema>;
/** A document the plan cites: what a reader needs to find it. */
export type PlanSource = z.infer<typeof PlanSourceSchema>;
/** How old the facts are, per kind of source: a feed's copy day, else the day last checked. */
export type DataAsOf = z.infer<typeof DataAsOfSchema>;
export type Plan = z.infer<typeof PlanSchema>;
