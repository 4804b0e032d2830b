/**
 * Writing the generated profiles: a file is written only where there is none yet or where the
 * one there still carries the generated marker. A file without it was curated by hand and is
 * never touched.
 */
import { errnoOf } from '../../src/errors.js';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { COUNTIES_FILE, generateCounties, generateCourts, isGenerated } from './generate.js';
import { loadRegistryFile } from '../../src/profile/load.js';
import { formatProblem } from '../../src/profile/problem.js';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  joiningByCourt,
  JoiningFile,
  newestFeedFile,
  parseReferenceData,
  REFERENCE_FILES,
  type ReferenceData,
} from './reference-data.js';

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
  const joiningText = await readFile(join(root, 'sources', 'joining.yaml'), 'utf8');
  const joining = JoiningFile.safeParse(parse(joiningText));
  if (!joining.success) throw new Error(`sources/joining.yaml: ${z.prettifyError(joining.error)}`);
  return parseReferenceData(
    { courts: courts ?? '', feed: feed ?? '', goLive: goLive ?? '' },
    feedFile,
    registry.data,
    joiningByCourt(joining.data),
  );
}

export interface WriteReport {
  /** Files written (new or changed), relative to the root. */
  written: string[];
  unchanged: string[];
  /** Hand-curated files left alone. */
  curated: string[];
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if (errnoOf(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Generates every profile and the counties file under `root`; with `dryRun`, only reports what
 * would change.
 */
export async function writeGenerated(
  root: string,
  data: ReferenceData,
  options: { dryRun?: boolean } = {},
): Promise<WriteReport> {
  const report: WriteReport = { written: [], unchanged: [], curated: [] };
  const files = [
    ...generateCourts(data).map((court) => ({ path: `courts/${court.id}.yaml`, text: court.text })),
    { path: COUNTIES_FILE, text: generateCounties(data) },
  ];
  for (const { path, text } of files) {
    const file = join(root, path);
    const existing = await readIfExists(file);
    if (existing !== undefined && path.endsWith('.yaml') && !isGenerated(existing)) {
      report.curated.push(path);
    } else if (existing === text) {
      report.unchanged.push(path);
    } else {
      report.written.push(path);
      if (!options.dryRun) {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, text);
      }
    }
  }
  return report;
}
