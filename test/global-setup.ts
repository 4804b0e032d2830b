/**
 * Before any test: the CLI tests run dist/, so rebuild it when it is older than src/ (or the
 * data it compiles). `npm test` builds first, and then this finds nothing to do.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { staleBuildReason } from '../scripts/build/stale.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

// eslint-disable-next-line no-restricted-syntax -- vitest reads the default export
export default function setup(): void {
  const reason = staleBuildReason(ROOT);
  if (reason === undefined) return;
  console.log(`Rebuilding dist/ before the tests: ${reason}.`);
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build/build.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0)
    throw new Error('the build failed; the CLI tests would run a stale dist/');
}
