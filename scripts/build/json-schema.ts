/**
 * The JSON Schemas generated from the zod schemas: the profile files' (for editors,
 * yaml-language-server) and the CLI's JSON outputs' (for scripts that read them).
 */
import { z } from 'zod';
import { CourtListSchema, PlanSchema } from '../../src/plan/output-schema.js';
import {
  CourtDefaults,
  CourtLayer,
  CourtProfile,
  NationalProcedures,
  SourceRegistry,
} from '../../src/profile/schema.js';
import { RosterJsonSchema, RosterSummaryJsonSchema } from '../../src/roster/output-schema.js';

/** File name in schema/ → its JSON text. */
export function generateJsonSchemas(): Record<string, string> {
  const render = (schema: z.ZodType, title: string) =>
    `${JSON.stringify({ title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) }, null, 2)}\n`;
  // What the CLI writes: its output side, every object closed (no key the code does not write).
  const output = (schema: z.ZodType, title: string) =>
    `${JSON.stringify({ title, ...z.toJSONSchema(schema, { io: 'output' }) }, null, 2)}\n`;
  return {
    'court-profile.schema.json': render(CourtProfile, 'nextgen-ready court profile'),
    'court-layer.schema.json': render(
      CourtLayer,
      'nextgen-ready court profile layer (courts/<id>.yaml, courts/generated/<id>.yaml)',
    ),
    'court-defaults.schema.json': render(CourtDefaults, 'nextgen-ready court defaults'),
    'national-procedures.schema.json': render(
      NationalProcedures,
      'nextgen-ready national procedures',
    ),
    'source-registry.schema.json': render(SourceRegistry, 'nextgen-ready source registry'),
    'plan.schema.json': output(PlanSchema, 'nextgen-ready check --format json: the plan'),
    'court-list.schema.json': output(
      CourtListSchema,
      'nextgen-ready courts --format json: the courts listed',
    ),
    'roster.schema.json': output(
      RosterJsonSchema,
      'nextgen-ready roster --format json: every row with its plan',
    ),
    'roster-summary.schema.json': output(
      RosterSummaryJsonSchema,
      "nextgen-ready roster --out: summary.json, every row with its actions' ids",
    ),
  };
}
