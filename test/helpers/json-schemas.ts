/** The JSON Schemas committed in schema/, compiled by an independent validator (ajv, not zod). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { ROOT } from './cli.js';

export function schemaValidators() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  // ajv-formats is CommonJS: its plugin is the module's `default` (also the module itself).
  ajvFormats.default(ajv);
  const validator = (name: string): ValidateFunction =>
    ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema', name), 'utf8')) as object);
  return {
    plan: validator('plan.schema.json'),
    courts: validator('court-list.schema.json'),
    roster: validator('roster.schema.json'),
    summary: validator('roster-summary.schema.json'),
  };
}

/** The validator's complaints, one line each; empty when the value follows the schema. */
export function schemaProblems(check: ValidateFunction, value: unknown): string[] {
  return check(value)
    ? []
    : (check.errors ?? []).map(
        (error) => `${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`,
      );
}
