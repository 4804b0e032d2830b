/**
 * Writing the generated layer: courts/generated/<id>.yaml for every court of the reference data
 * (each file is the generator's, rewritten whole) and data/counties.json. The curated files
 * (courts/<id>.yaml) are read, never written: a court whose curated file reads its go-live row
 * itself needs no rule for it.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { errnoOf } from '../../src/errors.js';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { COUNTIES_FILE, generateCounties, generateCourts } from './generate.js';
import { loadRegistryFile } from '../../src/profile/load.js';
import { formatProblem } from '../../src/io/problem.js';
import {
  newestFeedFile,
  parseReferenceData,
  REFERENCE_FILES,
  type ReferenceData,
} from './reference-data.js';

/** The curated courts whose file sets `nextGen.goLive`. */
async function curatedGoLiveOf(root: string): Promise<Set<string>> {
  const dir = join(root, 'courts');
  const ids = new Set<string>();
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.yaml') || name === 'defaults.yaml') continue;
    const layer = parse(await readFile(join(dir, name), 'utf8')) as {
      nextGen?: { goLive?: unknown };
    } | null;
    if (layer?.nextGen?.goLive !== undefined) ids.add(name.replace(/\.yaml$/, ''));
  }
  return ids;
}

/** Reads sources/reference/ under the repository root (of PACER's feed, the newest copy). */
export async function readReferenceData(root: string): Promise<ReferenceData> {
  const dir = join(root, 'sources', 'reference');
  const feedFile = newestFeedFile(await readdir(dir));
  const [courts, feed, goLive] = await Promise.all(
    [REFERENCE_FILES.courts, feedFile, REFERENCE_FILES.goLive].map((name) =>
      readFile(join(dir, name), 'utf8'),
    ),
  );
  const registry = await loadRegistryFile(join(root, 'sources', 'registry.yaml'));
  if (!registry.ok)
    throw new Error(
      `sources/registry.yaml is not valid:\n${registry.problems.map(formatProblem).join('\n')}`,
    );
  return parseReferenceData(
    { courts: courts ?? '', feed: feed ?? '', goLive: goLive ?? '' },
    feedFile,
    registry.data,
    await curatedGoLiveOf(root),
  );
}

export interface WriteReport {
  /** Files written (new or changed), relative to the root. */
  written: string[];
  unchanged: string[];
  /** Generated files of courts no longer in the reference data, removed. */
  removed: string[];
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** The folder of the generated layer, under the root. */
export const GENERATED_COURTS = 'courts/generated';

/**
 * Generates every court's layer and the counties file under `root`; with `dryRun`, only
 * reports what would change.
 */
export async function writeGenerated(
  root: string,
  data: ReferenceData,
  options: { dryRun?: boolean } = {},
): Promise<WriteReport> {
  const report: WriteReport = { written: [], unchanged: [], removed: [] };
  const files = [
    ...generateCourts(data).map((court) => ({
      path: `${GENERATED_COURTS}/${court.id}.yaml`,
      text: court.text,
    })),
    { path: COUNTIES_FILE, text: generateCounties(data) },
  ];
  for (const { path, text } of files) {
    const file = join(root, path);
    if ((await readIfExists(file)) === text) {
      report.unchanged.push(path);
      continue;
    }
    report.written.push(path);
    if (!options.dryRun) {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
    }
  }
  const wanted = new Set(files.map(({ path }) => path));
  let present: string[] = [];
  try {
    present = await readdir(join(root, GENERATED_COURTS));
  } catch (error) {
    if (errnoOf(error) !== 'ENOENT') throw error;
  }
  for (const name of present.sort()) {
    const path = `${GENERATED_COURTS}/${name}`;
    if (!name.endsWith('.yaml') || wanted.has(path)) continue;
    report.removed.push(path);
    if (!options.dryRun) await rm(join(root, path));
  }
  return report;
}
