import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJsonSchemas } from '../../scripts/build/json-schema.js';
import { ROOT } from '../helpers/cli.js';

describe('the committed JSON Schemas', () => {
  it.each(Object.entries(generateJsonSchemas()))(
    'schema/%s is up to date (run `npm run schema` if not)',
    (name, generated) => {
      const committed = readFileSync(join(ROOT, 'schema', name), 'utf8');
      expect(
        committed === generated,
        `schema/${name} is stale: run \`npm run schema\` and commit it`,
      ).toBe(true);
    },
  );
});
