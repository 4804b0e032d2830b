/**
 * The bundled data files, each with its kind (and so its schema and canonical form): the
 * court layers, the defaults, the national procedures and the source registry.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { z } from 'zod';
import {
  CourtDefaults,
  CourtLayer,
  NationalProcedures,
  SourceRegistry,
} from '../../src/profile/schema.js';
import type { DataFileKind } from './canonical-yaml.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface DataFile {
  /** The path from the repository root, as messages show it. */
  path: string;
  kind: DataFileKind;
  schema: z.ZodType;
  text: string;
  /** The parsed value (undefined where the YAML does not parse: the loader reports that). */
  value: unknown;
}

const SCHEMAS: Record<DataFileKind, z.ZodType> = {
  'court-layer': CourtLayer,
  'generated-layer': CourtLayer,
  defaults: CourtDefaults,
  national: NationalProcedures,
  registry: SourceRegistry,
};

function yamlIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => join(dir, name));
}

/** Every data file of the repository at `root`. */
export function readDataFiles(root = ROOT): DataFile[] {
  const courts = join(root, 'courts');
  const files: [string, DataFileKind][] = [
    ...yamlIn(courts).map((file): [string, DataFileKind] => [
      file,
      file.endsWith('/defaults.yaml') ? 'defaults' : 'court-layer',
    ]),
    ...yamlIn(join(courts, 'generated')).map((file): [string, DataFileKind] => [
      file,
      'generated-layer',
    ]),
    [join(root, 'procedures', 'national.yaml'), 'national'],
    [join(root, 'sources', 'registry.yaml'), 'registry'],
  ];
  return files.map(([file, kind]) => {
    const text = readFileSync(file, 'utf8');
    let value: unknown;
    try {
      value = parse(text);
    } catch {
      value = undefined;
    }
    return { path: relative(root, file), kind, schema: SCHEMAS[kind], text, value };
  });
}
