/**
 * The set of court profiles a command works with: the bundled ones, plus any a firm keeps in
 * its own directories (`--courts-dir`), which add courts or replace bundled ones by id.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import { formatProblem, type Problem } from './yaml-source.js';
import { loadCourtFile, loadNationalFile, type LoadResult } from './load.js';
import type { CourtProfile, NationalProcedures } from './schema.js';

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
export const BUNDLED_COURTS_DIR = join(packageRoot, 'courts');
export const NATIONAL_FILE = join(packageRoot, 'procedures', 'national.yaml');

export interface Catalog {
  /** Every court by id, in id order. */
  courts: Map<string, CourtProfile>;
  national: NationalProcedures;
  /** Which file each court came from, for messages. */
  files: Map<string, string>;
}

/** A profile or procedures file that does not validate. */
export class ProfileError extends UserError {
  override name = 'ProfileError';
  constructor(readonly problems: readonly Problem[]) {
    super(`${problems.length} problem(s) in court data`, {
      details: problems.map(formatProblem),
      hint: 'Fix the files named above; `nextgen-ready validate DIR` checks a directory of profiles.',
    });
  }
}

/** Shows a path relative to the working directory when that is shorter. */
export function displayPath(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && rel.length < file.length ? rel : file;
}

/** Lists the `*.yaml` files of a directory, or says clearly why it cannot. */
export async function listProfileFiles(dir: string): Promise<string[]> {
  const full = resolve(dir);
  let info;
  try {
    info = await stat(full);
  } catch {
    throw new UserError(`courts directory not found: ${dir}`, {
      hint: 'Give an existing directory of *.yaml court profiles.',
    });
  }
  if (!info.isDirectory())
    throw new UserError(`not a directory: ${dir}`, {
      hint: 'Give a directory of *.yaml court profiles.',
    });
  const names = (await readdir(full)).filter((name) => /\.ya?ml$/.test(name)).sort();
  return names.map((name) => join(full, name));
}

/** Loads every profile file of the given directories; later directories win by id. */
export async function loadCourtDirs(
  dirs: readonly string[],
): Promise<{ results: LoadResult<CourtProfile>[] }> {
  const files = (await Promise.all(dirs.map(listProfileFiles))).flat();
  const results = await Promise.all(files.map((file) => loadCourtFile(file, displayPath(file))));
  return { results };
}

/** Loads the bundled profiles, the national procedures and any extra directories; throws on any problem. */
export async function loadCatalog(
  options: { courtsDirs?: readonly string[] } = {},
): Promise<Catalog> {
  const dirs = [BUNDLED_COURTS_DIR, ...(options.courtsDirs ?? [])];
  const [{ results }, national] = await Promise.all([
    loadCourtDirs(dirs),
    loadNationalFile(NATIONAL_FILE, displayPath(NATIONAL_FILE)),
  ]);
  const problems = [...results, national].flatMap((result) => (result.ok ? [] : result.problems));
  if (problems.length > 0 || !national.ok) throw new ProfileError(problems);
  const courts = new Map<string, CourtProfile>();
  const files = new Map<string, string>();
  for (const result of results) {
    if (!result.ok) continue;
    courts.set(result.data.id, result.data);
    files.set(result.data.id, result.file);
  }
  const sorted = new Map([...courts].sort(([a], [b]) => a.localeCompare(b)));
  return { courts: sorted, national: national.data, files };
}
