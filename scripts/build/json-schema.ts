/** The JSON Schemas generated from the zod schemas, for editors (yaml-language-server). */
import { z } from 'zod';
import { CourtProfile, NationalProcedures, SourceRegistry } from '../../src/profile/schema.js';

/** File name in schema/ → its JSON text. */
export function generateJsonSchemas(): Record<string, string> {
  const render = (schema: z.ZodType, title: string) =>
    `${JSON.stringify({ title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) }, null, 2)}\n`;
  return {
    'court-profile.schema.json': render(CourtProfile, 'nextgen-ready court profile'),
    'national-procedures.schema.json': render(
      NationalProcedures,
      'nextgen-ready national procedures',
    ),
    'source-registry.schema.json': render(SourceRegistry, 'nextgen-ready source registry'),
  };
}
