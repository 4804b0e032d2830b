/**
 * Which district and bankruptcy court covers a county, from the counties PACER's court feed
 * lists (data/counties.json, generated with the profiles). Read only when `courts --county`
 * asks, so other commands never pay for it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { packageRoot } from '../package-root.js';
import { SOURCE_ID } from './schema.js';

export const COUNTIES_PATH = join(
  packageRoot(() => import.meta.url),
  'data',
  'counties.json',
);

export const CountiesData = z.strictObject({
  $comment: z.string(),
  source: z
    .string()
    .regex(SOURCE_ID)
    .meta({ description: 'The source registry id of the feed copy.' }),
  asOf: z.iso.date(),
  note: z.string(),
  courts: z.record(z.string(), z.record(z.string(), z.array(z.string()))),
});
export type CountiesData = z.infer<typeof CountiesData>;

/** Reads the bundled counties file; a broken file is a bug in the package, not a user error. */
export async function loadCounties(file = COUNTIES_PATH): Promise<CountiesData> {
  return CountiesData.parse(JSON.parse(await readFile(file, 'utf8')));
}

/**
 * A county name as people type it: any case, with or without dots, "Saint" or "St.", with or
 * without a trailing "County", "Parish" or "Borough". "St. Louis City" stays apart from
 * "St. Louis": Virginia and Missouri list independent cities as their own entries.
 */
export function normalizeCounty(text: string): string {
  return text
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^saint /, 'st ')
    .replace(/^sainte /, 'ste ')
    .replace(/ (county|parish|borough|census area|municipality|municipio)$/, '');
}

export interface CountyMatch {
  /** The county as the feed spells it, when found. */
  county?: string;
  /** Court ids whose feed list has the county in that state, in id order. */
  courtIds: string[];
  /** Every county the feed lists in that state, for suggestions. */
  countiesInState: string[];
}

/** The courts whose counties, in `state` (a jurisdiction name), include `county`. */
export function findCounty(data: CountiesData, state: string, county: string): CountyMatch {
  const wanted = normalizeCounty(county);
  const inState = new Set<string>();
  const courtIds: string[] = [];
  let found: string | undefined;
  for (const [id, byState] of Object.entries(data.courts)) {
    for (const name of byState[state] ?? []) {
      inState.add(name);
      if (normalizeCounty(name) === wanted) {
        found = name;
        courtIds.push(id);
      }
    }
  }
  const match: CountyMatch = {
    courtIds: courtIds.sort(),
    countiesInState: [...inState].sort((a, b) => a.localeCompare(b)),
  };
  if (found !== undefined) match.county = found;
  return match;
}
