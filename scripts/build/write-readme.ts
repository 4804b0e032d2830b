/** Writes the documents' generated tables (flags, settings, exit codes): `npm run readme`. */
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { documentFiles, placeSections, updateDocument } from './readme-tables.js';

const files = documentFiles();
const texts = new Map(
  await Promise.all(files.map(async (file) => [file, await readFile(file, 'utf8')] as const)),
);
placeSections(texts);
let written = 0;
for (const [file, before] of texts) {
  const after = await updateDocument(before);
  if (after === before) continue;
  await writeFile(file, after);
  console.log(`wrote the generated tables of ${relative(process.cwd(), file)}`);
  written++;
}
if (written === 0) console.log('the generated tables are up to date');
