/**
 * Writes courts/<id>.yaml for every court in sources/reference/ (except hand-curated files,
 * which lack the generated marker) and data/counties.json: `npm run generate:courts`.
 * `--check` writes nothing and exits 1 when a generated file is stale.
 * `--feed FILE` first adds a newer copy of PACER's court feed (raw or normalised) to
 * sources/reference/, then regenerates from it (README, "Refreshing the bundled data").
 */
import { fileURLToPath } from 'node:url';
import { addFeedCopy } from './generate/add-feed.js';
import { readReferenceData, writeGenerated } from './generate/write-generated.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const feedAt = args.indexOf('--feed');
const feedFile = feedAt >= 0 ? args[feedAt + 1] : undefined;
if (feedAt >= 0 && (feedFile === undefined || check)) {
  console.error('usage: npm run generate:courts -- --feed FILE   (not with --check)');
  process.exit(2);
}
if (feedFile !== undefined) {
  try {
    const added = await addFeedCopy(root, feedFile);
    console.log(
      added.written
        ? `wrote ${added.path} (PACER's court feed of ${added.day}, normalised)`
        : `${added.path} already holds this feed`,
    );
  } catch (error) {
    console.error(`generate:courts --feed: ${(error as Error).message}`);
    process.exit(1);
  }
}
const report = await writeGenerated(root, await readReferenceData(root), { dryRun: check });
for (const path of report.written) console.log(`${check ? 'stale' : 'wrote'} ${path}`);
console.log(
  `${report.written.length} ${check ? 'stale' : 'written'}, ${report.unchanged.length} unchanged, ` +
    `${report.curated.length} curated by hand and left alone (${report.curated.join(', ')}).`,
);
if (check && report.written.length > 0) process.exitCode = 1;
