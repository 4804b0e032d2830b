/**
 * Before the in-process tests: the bundled court data they read is compiled (dist/data/), and
 * compiled again when the data or the code that compiles it changed. The bundles are not
 * needed: a change to src/plan, say, costs these tests no build.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { staleDataReason } from '../scripts/build/stale.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

// eslint-disable-next-line no-restricted-syntax -- vitest reads the default export
export default function setup(): void {
  const reason = staleDataReason(ROOT);
  if (reason === undefined) return;
  console.log(`Compiling the court data before the tests: ${reason}.`);
  const compile = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/build/compile-data-only.ts'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (compile.status !== 0) throw new Error('compiling the court data failed');
}
