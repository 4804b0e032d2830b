/**
 * The source registry (sources/registry.yaml): every entry valid and cited, every cited id an
 * entry, https wherever it exists, and each seed document's copy in the package.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/plan/questions.js';
import { loadRegistryFile } from '../../src/profile/load.js';
import { REGISTRY_RULES } from '../../src/profile/rules/index.js';
import { SourceEntry, type SourceRegistry } from '../../src/profile/schema.js';
import {
  readDataFiles,
  readRegistry,
  REGISTRY_FILE,
  SEEDS_DIR,
  sourcesIn,
  walkObjects,
} from '../helpers/data.js';

const registry = readRegistry();
const cited = new Set([
  ...readDataFiles().flatMap(({ data }) =>
    [...walkObjects(data)].flatMap(({ object }) => sourcesIn(object)),
  ),
  ...QUESTIONS.flatMap((question) => question.options.flatMap((option) => option.source ?? [])),
]);

describe('the source registry', () => {
  it('passes its schema and rules', async () => {
    const result = await loadRegistryFile(REGISTRY_FILE);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  // Every cited id is an entry (sources-registered) and every entry is cited
  // (registry-entries-cited): the data lint checks both, test/data/lint.test.ts runs it.
  it('cites the question catalogue’s sources from the registry', () => {
    expect([...cited].filter((id) => !registry.has(id))).toEqual([]);
  });

  it('ships the copy of every seed document it names', () => {
    const missing = [...registry.values()]
      .filter((entry) => entry.seedFile !== undefined)
      .filter((entry) => !existsSync(join(SEEDS_DIR, entry.seedFile ?? '')))
      .map((entry) => entry.id);
    expect(missing).toEqual([]);
  });

  it('gives every court page over https, since every uscourts.gov site serves it', () => {
    const plain = [...registry.values()]
      .filter((entry) => entry.url?.startsWith('http:') && /uscourts\.gov/.test(entry.url))
      .map((entry) => `${entry.id}: ${entry.url}`);
    expect(plain).toEqual([]);
  });

  it('dates each entry by when this project last read it', () => {
    const undated = [...registry.values()].filter((entry) => !/^\d{4}-\d{2}-\d{2}$/.test(entry.checked));
    expect(undated.map((entry) => entry.id)).toEqual([]);
  });
});

describe('the registry rules', () => {
  const entry = (fields: Partial<SourceEntry>) => ({
    id: 'x-page',
    title: 'A page',
    publisher: 'A court',
    url: 'https://www.xxd.uscourts.gov/page',
    kind: 'court-page' as const,
    checked: '2026-11-23',
    ...fields,
  });
  const problems = (sources: SourceRegistry['sources']) => {
    const found: string[] = [];
    for (const rule of REGISTRY_RULES)
      rule.check({
        data: { sources },
        fileId: 'registry',
        report: (path, message) => found.push(`${path.join('.')}: ${message}`),
      });
    return found;
  };

  it('refuses an http court page and a repeated id', () => {
    expect(problems([entry({ url: 'http://www.xxd.uscourts.gov/page' })])).toEqual([
      'sources.0.url: http://www.xxd.uscourts.gov/page is also served over https: write https://',
    ]);
    expect(problems([entry({}), entry({})])).toEqual([
      'sources.1.id: id "x-page" is already used by entry 1',
    ]);
    expect(problems([entry({})])).toEqual([]);
  });

  it('needs a reason for any other http address, and a copy for a seed document', () => {
    expect(SourceEntry.safeParse(entry({ url: 'http://example.org/' })).success).toBe(false);
    expect(
      SourceEntry.safeParse(entry({ url: 'http://example.org/', httpReason: 'no https' }))
        .success,
    ).toBe(true);
    expect(SourceEntry.safeParse(entry({ kind: 'seed-document' })).success).toBe(false);
  });
});
