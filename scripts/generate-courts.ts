/**
 * Writes the generated layer, courts/generated/<id>.yaml, for every court in sources/reference/
 * and data/counties.json: `npm run generate:courts`. The curated files (courts/<id>.yaml) are
 * never written: they win over the generated layer field by field when the build merges them.
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
for (const path of report.removed) console.log(`${check ? 'not generated' : 'removed'} ${path}`);
console.log(
  `${report.written.length} ${check ? 'stale' : 'written'}, ${report.removed.length} ${check ? 'to remove' : 'removed'}, ${report.unchanged.length} unchanged.`,
);
if (check && report.written.length + report.removed.length > 0) process.exitCode = 1;
