/**
 * The build step that validates the bundled YAML and compiles it into one JSON file, so the
 * CLI reads its data without parsing YAML or running zod (scripts/build.mjs calls this).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { COMPILED_CATALOG, ProfileError, type CompiledHeader } from '../../src/profile/catalog.js';
import { loadBundledYaml } from '../../src/profile/profile-files.js';

/** The compiled catalog as JSON text, from the bundled YAML; throws ProfileError if invalid. */
export async function compileCatalog(): Promise<string> {
  const { courts, national, sources, problems } = await loadBundledYaml();
  if (problems.length > 0 || !national) throw new ProfileError(problems);
  const parts: string[] = [];
  let offset = 0;
  const place = (value: unknown): [number, number] => {
    const text = JSON.stringify(value);
    const length = Buffer.byteLength(text);
    parts.push(text);
    offset += length;
    return [offset - length, offset];
  };
  const header: CompiledHeader = {
    format: 3,
    national: place(national),
    sources: place([...sources.values()]),
    courts: {},
  };
  for (const id of [...courts.keys()].sort()) header.courts[id] = place(courts.get(id));
  return `${JSON.stringify(header)}\n${parts.join('')}`;
}

/** Writes dist/data/catalog.json; returns its path. */
export async function writeCompiledCatalog(): Promise<string> {
  const text = await compileCatalog();
  await mkdir(dirname(COMPILED_CATALOG), { recursive: true });
  await writeFile(COMPILED_CATALOG, text);
  return COMPILED_CATALOG;
}
