/** Writes the README's generated tables (flags, settings, exit codes): `npm run readme`. */
import { readFile, writeFile } from 'node:fs/promises';
import { README, updateReadme } from './readme-tables.js';

const before = await readFile(README, 'utf8');
const after = await updateReadme(before);
if (after === before) console.log('README.md: the generated tables are up to date');
else {
  await writeFile(README, after);
  console.log('wrote the generated tables of README.md');
}
