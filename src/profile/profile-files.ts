/**
 * Court profiles as YAML files: the bundled ones in courts/ and procedures/, and any a firm
 * keeps in its own directories. Loading them parses YAML and runs zod, so this module is
 * imported only when YAML must be read (validate, --courts-dir, the build).
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { UserError, errnoOf } from '../errors.js';
import { fileError } from '../io/file-errors.js';
import { packageRoot } from '../package-root.js';
import { loadCourtFile, loadNationalFile, loadRegistryFile, type LoadResult } from './load.js';
import type { Problem } from './problem.js';
import type { CourtProfile, NationalProcedures, SourceEntry } from './schema.js';

const root = packageRoot(import.meta.url);
export const BUNDLED_COURTS_DIR = join(root, 'courts');
export const NATIONAL_FILE = join(root, 'procedures', 'national.yaml');
export const REGISTRY_FILE = join(root, 'sources', 'registry.yaml');

export { loadNationalFile, loadRegistryFile };

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
  } catch (error) {
    if (errnoOf(error) === 'ENOENT')
      throw new UserError(`courts directory not found: ${dir}`, {
        hint: 'Give an existing directory of *.yaml court profiles.',
      });
    throw fileError(error, dir, 'courts directory', 'read');
  }
  if (!info.isDirectory()) {
    throw new UserError(`not a directory: ${dir}`, {
      hint: 'Give a directory of *.yaml court profiles.',
    });
  }
  let names: string[];
  try {
    names = await readdir(full);
  } catch (error) {
    throw fileError(error, dir, 'courts directory', 'read');
  }
  return names
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(full, name));
}

/** Loads every profile file of the given directories; cited source ids must be known. */
export async function loadCourtDirs(
  dirs: readonly string[],
  knownSources: ReadonlySet<string>,
): Promise<LoadResult<CourtProfile>[]> {
  const files = (await Promise.all(dirs.map(listProfileFiles))).flat();
  return Promise.all(files.map((file) => loadCourtFile(file, displayPath(file), knownSources)));
}

/** The bundled source registry, read from YAML: its entries by id, or its problems. */
export async function loadBundledRegistry(): Promise<{
  sources: Map<string, SourceEntry>;
  problems: Problem[];
}> {
  const result = await loadRegistryFile(REGISTRY_FILE, displayPath(REGISTRY_FILE));
  if (!result.ok) return { sources: new Map(), problems: result.problems };
  return {
    sources: new Map(result.data.sources.map((entry) => [entry.id, entry])),
    problems: [],
  };
}

/** Courts by id from load results (later results win), and every problem found. */
export function collectCourts(results: readonly LoadResult<CourtProfile>[]): {
  courts: Map<string, CourtProfile>;
  problems: Problem[];
} {
  const courts = new Map<string, CourtProfile>();
  const problems: Problem[] = [];
  for (const result of results) {
    if (result.ok) courts.set(result.data.id, result.data);
    else problems.push(...result.problems);
  }
  return { courts, problems };
}

/** The bundled profiles, national procedures and source registry, read from YAML. */
export async function loadBundledYaml(): Promise<{
  courts: Map<string, CourtProfile>;
  national: NationalProcedures | undefined;
  sources: Map<string, SourceEntry>;
  problems: Problem[];
}> {
  const registry = await loadBundledRegistry();
  const known = new Set(registry.sources.keys());
  const [results, national] = await Promise.all([
    loadCourtDirs([BUNDLED_COURTS_DIR], known),
    loadNationalFile(NATIONAL_FILE, displayPath(NATIONAL_FILE), known),
  ]);
  const { courts, problems } = collectCourts(results);
  problems.unshift(...registry.problems);
  if (!national.ok) problems.push(...national.problems);
  return {
    courts,
    national: national.ok ? national.data : undefined,
    sources: registry.sources,
    problems,
  };
}
