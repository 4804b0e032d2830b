/**
 * Whether dist/ is older than what it is built from. The CLI tests run the built binary, so a
 * message changed in src/ must not leave them green against yesterday's build.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the build reads: the source, the bundled data, the reference data the feed base is made
 * from (and the generator code that reads it), the build script and the manifest.
 */
export const BUILD_INPUTS = [
  'src',
  'courts',
  'procedures',
  'sources/registry.yaml',
  'sources/reference',
  'scripts/build',
  'scripts/generate',
  'package.json',
];
/** What the build writes; the oldest of them is the age of the build. */
export const BUILD_OUTPUTS = [
  'dist/main.cjs',
  'dist/commands.cjs',
  'dist/data/catalog.json',
  'dist/data/feed-base.json',
];

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why dist/ under `root` must be rebuilt, or undefined when it is current. */
export function staleBuildReason(root: string): string | undefined {
  let built = Infinity;
  for (const output of BUILD_OUTPUTS) {
    try {
      built = Math.min(built, statSync(join(root, output)).mtimeMs);
    } catch {
      return `${output} is missing`;
    }
  }
  for (const input of BUILD_INPUTS) {
    if (newestMtime(join(root, input)) > built) return `${input} changed after the last build`;
  }
  return undefined;
}
