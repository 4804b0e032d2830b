/**
 * Tests over the data itself: every bundled file, every fact. Each check names the file and
 * path of what is wrong, so a failure says where to look.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/dates.js';
import { SEED_FILE } from '../../src/profile/schema.js';
import {
  readDataFiles,
  readRegistry,
  SEEDS_DIR,
  sourcesIn,
  walkObjects,
  walkStrings,
} from '../helpers/data.js';

const files = readDataFiles();
const REGISTRY = readRegistry();
const FACT_KEYS = [
  'url',
  'phone',
  'email',
  'date',
  'month',
  'steps',
  'extension',
  'panelName',
  'text',
  'from',
  'to',
];

describe.each(files)('$name', ({ file, text, data }) => {
  it('names its JSON Schema on the first line, for editors', () => {
    const schema = file.endsWith('national.yaml') ? 'national-procedures' : 'court-profile';
    expect(text.split('\n')[0]).toBe(
      `# yaml-language-server: $schema=../schema/${schema}.schema.json`,
    );
  });

  it('gives a source for every fact', () => {
    const unsourced = [...walkObjects(data)]
      .filter(
        ({ object }) => FACT_KEYS.some((key) => key in object) && sourcesIn(object).length === 0,
      )
      .map(({ path }) => path.join('.'));
    expect(unsourced).toEqual([]);
  });

  it('cites only sources of the registry, by id', () => {
    const bad = [...walkObjects(data)].flatMap(({ path, object }) =>
      sourcesIn(object)
        .filter((source) => !REGISTRY.has(source))
        .map((source) => `${path.join('.')}: ${source}`),
    );
    expect(bad).toEqual([]);
  });

  it('links only to https URLs, or records why not', () => {
    const bad = [...walkObjects(data)]
      .filter(
        ({ object }) =>
          typeof object.url === 'string' &&
          !object.url.startsWith('https://') &&
          typeof object.httpReason !== 'string',
      )
      .map(({ path, object }) => `${path.join('.')}: ${String(object.url)}`);
    const inText = [...walkStrings(data)]
      .filter(
        ({ path }) =>
          path.at(-1) !== 'source' && !path.includes('source') && path.at(-1) !== 'note',
      )
      .flatMap(({ path, text: value }) =>
        [...value.matchAll(/http:\/\/\S+/g)].map((match) => `${path.join('.')}: ${match[0]}`),
      );
    expect([...bad, ...inText]).toEqual([]);
  });

  it('writes every e-mail address in plain ASCII', () => {
    // Notes may quote a source's broken address to record the correction.
    const texts = [...walkStrings(data)].filter(({ path }) => path.at(-1) !== 'note');
    const emails = texts.flatMap(({ path, text: value }) =>
      [...value.matchAll(/[^\s,;()<>"]+@[^\s,;()<>"]+/g)].map((match) => ({
        path: path.join('.'),
        email: match[0].replace(/[.]$/, ''),
      })),
    );
    const bad = emails.filter(
      ({ email }) => !/^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(email),
    );
    expect(bad).toEqual([]);
  });

  if (!file.endsWith('national.yaml')) {
    it('is named after its court id', () => {
      expect((data as { id: string }).id).toBe(basename(file, '.yaml'));
    });
  }

  it('copies seed facts exactly, unless a note says what was corrected', () => {
    // A phone, e-mail, URL or date sourced only to a seed must appear in that seed's text.
    const mismatches: string[] = [];
    for (const { path, object } of walkObjects(data)) {
      const sources = sourcesIn(object);
      const seeds = sources.map((source) => REGISTRY.get(source)?.seedFile);
      if (sources.length === 0 || seeds.some((seed) => seed === undefined) || 'note' in object)
        continue;
      const seedText = seeds
        .map((seed) => readFileSync(join(SEEDS_DIR, seed ?? ''), 'utf8'))
        .join('\n');
      const digits = seedText.replace(/\D/g, '');
      const check = (what: string, found: boolean) => {
        if (!found) mismatches.push(`${path.join('.')}: ${what} not in ${sources.join(', ')}`);
      };
      if (typeof object.phone === 'string')
        check(
          object.phone,
          digits.includes(object.phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '')),
        );
      if (typeof object.email === 'string') check(object.email, seedText.includes(object.email));
      if (typeof object.url === 'string') check(object.url, seedText.includes(object.url));
      if (typeof object.date === 'string') {
        const [year, month, day] = object.date.split('-').map(Number) as [number, number, number];
        const long = formatDay(object.date);
        const short = `${long.slice(0, 3)}. ${day}, ${year}`;
        check(
          object.date,
          [long, short, object.date, `${month}/${day}/${year}`].some((form) =>
            seedText.includes(form),
          ),
        );
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('the seed documents', () => {
  it('each have a registry entry, and every such entry is cited by some data file', () => {
    const cited = new Set(
      files.flatMap(({ data }) =>
        [...walkObjects(data)].flatMap(({ object }) => sourcesIn(object)),
      ),
    );
    const seeds = readdirSync(SEEDS_DIR).filter((name) => SEED_FILE.test(name));
    expect(seeds.length).toBe(5);
    const entries = [...REGISTRY.values()].filter((entry) => entry.kind === 'seed-document');
    expect(entries.map((entry) => entry.seedFile).sort()).toEqual(seeds.sort());
    expect(entries.filter((entry) => !cited.has(entry.id)).map((entry) => entry.id)).toEqual([]);
  });
});
