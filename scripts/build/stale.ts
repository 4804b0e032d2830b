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

/**
 * What the compiled court data (dist/data/) is made from: the data, and the code that reads,
 * checks and packs it. The in-process tests need only this part of the build.
 */
export const DATA_INPUTS = [
  'courts',
  'procedures',
  'sources/registry.yaml',
  'sources/reference',
  'src/profile',
  'src/feed',
  'src/io',
  'scripts/build/compile-data.ts',
  'scripts/generate',
];
export const DATA_OUTPUTS = ['dist/data/catalog.json', 'dist/data/feed-base.json'];

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why dist/ under `root` must be rebuilt, or undefined when it is current. */
export function staleBuildReason(root: string): string | undefined {
  return staleReason(root, BUILD_OUTPUTS, BUILD_INPUTS);
}

/** Why the compiled court data under `root` must be made again, or undefined when current. */
export function staleDataReason(root: string): string | undefined {
  return staleReason(root, DATA_OUTPUTS, DATA_INPUTS);
}

function staleReason(
  root: string,
  outputs: readonly string[],
  inputs: readonly string[],
): string | undefined {
  let built = Infinity;
  for (const output of outputs) {
    try {
      built = Math.min(built, statSync(join(root, output)).mtimeMs);
    } catch {
      return `${output} is missing`;
    }
  }
  for (const input of inputs) {
    if (newestMtime(join(root, input)) > built) return `${input} changed after the last build`;
  }
  return undefined;
}
