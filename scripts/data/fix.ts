/**
 * `npm run data:fix`: rewrites every data file in its canonical form (scripts/data/canonical-yaml.ts):
 * key order, quoting, wrapping, the schema line. Values never change.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatYaml, NotCanonicalError } from './canonical-yaml.js';
import { readDataFiles, ROOT } from './data-files.js';

/** Rewrites the data files under `root` that are not canonical; says which, and which it could not. */
export function fixData(root = ROOT): { fixed: string[]; failed: string[] } {
  const fixed: string[] = [];
  const failed: string[] = [];
  for (const file of readDataFiles(root)) {
    try {
      const canonical = formatYaml(file.text, file.kind, file.schema);
      if (canonical === file.text) continue;
      writeFileSync(join(root, file.path), canonical);
      fixed.push(file.path);
    } catch (error) {
      if (!(error instanceof NotCanonicalError)) throw error;
      failed.push(`${file.path}: ${error.message}; fix it by hand first`);
    }
  }
  return { fixed, failed };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { fixed, failed } = fixData();
  for (const path of fixed) console.log(`fixed ${path}`);
  for (const line of failed) console.error(line);
  console.log(`${fixed.length} file${fixed.length === 1 ? '' : 's'} rewritten.`);
  if (failed.length > 0) process.exitCode = 1;
}
