/**
 * Writes courts/<id>.yaml for every court in sources/reference/ (except hand-curated files,
 * which lack the generated marker) and data/counties.json: `npm run generate:courts`.
 * `--check` writes nothing and exits 1 when a generated file is stale.
 */
import { fileURLToPath } from 'node:url';
import { readReferenceData, writeGenerated } from './generate/write-generated.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const check = process.argv.includes('--check');
const report = await writeGenerated(root, await readReferenceData(root), { dryRun: check });
for (const path of report.written) console.log(`${check ? 'stale' : 'wrote'} ${path}`);
console.log(
  `${report.written.length} ${check ? 'stale' : 'written'}, ${report.unchanged.length} unchanged, ` +
    `${report.curated.length} curated by hand and left alone (${report.curated.join(', ')}).`,
);
if (check && report.written.length > 0) process.exitCode = 1;
