/** The bundled data files, read raw (as YAML) for data tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { COMPILED_CATALOG, type CompiledHeader } from '../../src/catalog/catalog.js';
import { openPackedJson } from '../../src/io/packed-json.js';
import type { SourceEntry } from '../../src/profile/schema.js';
import { ROOT } from './cli.js';

export const COURTS_DIR = join(ROOT, 'courts');
export const NATIONAL_FILE = join(ROOT, 'procedures', 'national.yaml');
export const SEEDS_DIR = join(ROOT, 'sources', 'seeds');
export const REGISTRY_FILE = join(ROOT, 'sources', 'registry.yaml');

export interface DataFile {
  file: string;
  name: string;
  text: string;
  data: unknown;
}

/** Every bundled court file (curated, generated, defaults), plus the national procedures file. */
export function readDataFiles(): DataFile[] {
  const yamlIn = (dir: string) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => join(dir, name));
  const courts = [...yamlIn(COURTS_DIR), ...yamlIn(join(COURTS_DIR, 'generated'))];
  return [...courts, NATIONAL_FILE].map((file) => {
    const text = readFileSync(file, 'utf8');
    return { file, name: file.slice(ROOT.length), text, data: parse(text) as unknown };
  });
}

/** Walks every object in a value, with its path. */
export function* walkObjects(
  value: unknown,
  path: string[] = [],
): Generator<{ path: string[]; object: Record<string, unknown> }> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* walkObjects(item, [...path, String(index)]);
  } else if (value !== null && typeof value === 'object') {
    yield { path, object: value as Record<string, unknown> };
    for (const [key, item] of Object.entries(value)) yield* walkObjects(item, [...path, key]);
  }
}

/** Every string in a value, with its path. */
export function* walkStrings(
  value: unknown,
  path: string[] = [],
): Generator<{ path: string[]; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value))
    for (const [index, item] of value.entries()) yield* walkStrings(item, [...path, String(index)]);
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* walkStrings(item, [...path, key]);
}

/** The sources of a fact object, as a list. */
export function sourcesIn(object: Record<string, unknown>): string[] {
  const source = object.source;
  if (typeof source === 'string') return [source];
  if (Array.isArray(source)) return source.map(String);
  return [];
}

/** The source registry's entries by id, read raw (the schema is tested on its own). */
export function readRegistry(): Map<string, SourceEntry> {
  const { sources } = parse(readFileSync(REGISTRY_FILE, 'utf8')) as { sources: SourceEntry[] };
  return new Map(sources.map((entry) => [entry.id, entry]));
}

/**
 * A bundled court's whole profile as a YAML file a firm could keep in --courts-dir: its
 * layers (defaults, generated, curated) merged, as the build compiles them, one line per value.
 */
export function wholeProfileText(id: string): string {
  const { header, parse: parseSpan } = openPackedJson<CompiledHeader>(
    readFileSync(COMPILED_CATALOG),
  );
  const span = header.courts[id];
  if (!span) throw new Error(`no court ${id} in ${COMPILED_CATALOG}`);
  return `# yaml-language-server: $schema=../schema/court-profile.schema.json\n${stringify(parseSpan(span), { lineWidth: 0 })}`;
}
