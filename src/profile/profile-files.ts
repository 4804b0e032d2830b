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
import { readUserFile } from '../io/read-file.js';
import { LIMITS } from '../limits.js';
import {
  loadCourtFile,
  loadNationalFile,
  loadRegistryFile,
  parseLayeredCourt,
  type LayerText,
  type LoadResult,
} from './load.js';
import type { Problem } from '../io/problem.js';
import { parseYamlSource, type YamlSource } from '../io/yaml-source.js';
import type { CourtProfile, NationalProcedures, SourceEntry } from './schema.js';

const root = packageRoot(() => import.meta.url);
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

/** The file of a layered directory that holds what every court shares. */
export const DEFAULTS_FILE = 'defaults.yaml';
/** The folder of a layered directory that holds the generator's layer. */
export const GENERATED_DIR = 'generated';

/**
 * True for a directory of layered profiles (the bundled courts/, or a firm's copy of its
 * layout): `defaults.yaml` and `generated/` beside the curated files.
 */
async function isLayered(dir: string): Promise<boolean> {
  try {
    return (await stat(join(resolve(dir), GENERATED_DIR))).isDirectory();
  } catch {
    return false;
  }
}

const readLayer = (file: string) =>
  readUserFile(file, 'court profile', LIMITS.profileFileBytes).then((text) => ({
    file: displayPath(file),
    text,
  }));

/**
 * Loads a layered directory: for each court, defaults (`all`, then its type's), then
 * generated/<id>.yaml, then <id>.yaml, merged field by field (src/profile/layers.ts).
 */
async function loadLayeredDir(
  dir: string,
  knownSources: ReadonlySet<string>,
): Promise<LoadResult<CourtProfile>[]> {
  const curated = (await listProfileFiles(dir)).filter(
    (file) => !file.endsWith(`/${DEFAULTS_FILE}`),
  );
  const generated = await listProfileFiles(join(dir, GENERATED_DIR));
  const idOf = (file: string) => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  const byId = new Map<string, { generated?: string; curated?: string }>();
  for (const file of generated) byId.set(idOf(file), { generated: file });
  for (const file of curated) byId.set(idOf(file), { ...byId.get(idOf(file)), curated: file });
  let defaults: { file: string; text: string } | undefined;
  try {
    defaults = await readLayer(join(resolve(dir), DEFAULTS_FILE));
  } catch (error) {
    if (!(error instanceof UserError && /not found/.test(error.message))) throw error;
  }
  const defaultsValue = defaults ? parseYamlSource(defaults.text, defaults.file) : undefined;
  return Promise.all(
    [...byId].map(async ([id, files]) => {
      const layers: LayerText[] = [];
      if (defaults) {
        layers.push({ ...defaults, at: ['all'] });
        const type = await typeOf(files, defaultsValue);
        if (type) layers.push({ ...defaults, at: [type] });
      }
      if (files.generated) layers.push(await readLayer(files.generated));
      if (files.curated) layers.push(await readLayer(files.curated));
      return parseLayeredCourt(layers, id, knownSources);
    }),
  );
}

/** The court's type, as its curated or generated layer states it, for the defaults by type. */
async function typeOf(
  files: { generated?: string; curated?: string },
  defaults: YamlSource | undefined,
): Promise<string | undefined> {
  if (!defaults) return undefined;
  for (const file of [files.curated, files.generated]) {
    if (!file) continue;
    const { value } = parseYamlSource((await readLayer(file)).text, file);
    const type = (value as { type?: unknown } | null)?.type;
    if (typeof type === 'string') return type;
  }
  return undefined;
}

/** Loads every profile file of the given directories; cited source ids must be known. */
export async function loadCourtDirs(
  dirs: readonly string[],
  knownSources: ReadonlySet<string>,
): Promise<LoadResult<CourtProfile>[]> {
  const results = await Promise.all(
    dirs.map(async (dir) => {
      if (await isLayered(dir)) return loadLayeredDir(dir, knownSources);
      const files = await listProfileFiles(dir);
      return Promise.all(files.map((file) => loadCourtFile(file, displayPath(file), knownSources)));
    }),
  );
  return results.flat();
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
