/** Writes schema/*.schema.json from the zod schemas: `npm run schema`. */
import { writeFile } from 'node:fs/promises';
import { generateJsonSchemas } from './json-schema.js';

const dir = new URL('../../schema/', import.meta.url);
for (const [name, text] of Object.entries(generateJsonSchemas())) {
  await writeFile(new URL(name, dir), text);
  console.log(`wrote schema/${name}`);
}
