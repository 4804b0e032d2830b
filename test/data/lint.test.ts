/**
 * The data lint over the bundled data (one run of every rule over every file, in place of a
 * test per court), each repository rule with a passing and a failing example, and the canonical
 * form: a file out of it fails the lint with a tip naming the fix command, which restores it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatYaml } from '../../scripts/data/canonical-yaml.js';
import { readDataFiles } from '../../scripts/data/data-files.js';
import { fixData } from '../../scripts/data/fix.js';
import { lintData } from '../../scripts/data/lint.js';
import { REPO_RULES, seedReader, type BundledData } from '../../scripts/data/repo-rules.js';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { QUESTIONS } from '../../src/plan/questions.js';
import { CourtLayer, type CourtProfile, type SourceEntry } from '../../src/profile/schema.js';
import { ROOT } from '../helpers/cli.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('the data lint', () => {
  it('finds nothing in the bundled data', async () => {
    expect(await lintData()).toEqual([]);
  });
});

const catalog = await loadCatalog();
const bundled: BundledData = {
  files: readDataFiles(),
  courts: catalog.courts,
  registry: catalog.sources,
  citedElsewhere: new Set(
    QUESTIONS.flatMap((question) => question.options.flatMap((option) => option.source ?? [])),
  ),
  seeds: [
    '000_ff91dc48e6e1c465.txt',
    '001_8805ec3108b7372f.txt',
    '002_e6055f1543b403b7.txt',
    '003_8ea0f3a91e852e42.txt',
    '004_a41e1d1ccf7e65df.txt',
  ],
  seedText: seedReader(ROOT),
};

/** The bundled data with one file's value or text changed. */
function withFile(path: string, change: (value: Record<string, unknown>) => void, text?: string): BundledData {
  return {
    ...bundled,
    files: bundled.files.map((file) => {
      if (file.path !== path) return file;
      const value = structuredClone(file.value) as Record<string, unknown>;
      change(value);
      return { ...file, value, text: text ?? file.text };
    }),
  };
}
function withCourt(id: string, change: (court: CourtProfile) => void): BundledData {
  const courts = new Map(catalog.courts);
  const court = structuredClone(courts.get(id) as CourtProfile);
  change(court);
  courts.set(id, court);
  return { ...bundled, courts };
}

const BAD: Record<string, { data: BundledData; reports: RegExp }> = {
  'go-live-known-when-sourced': {
    // ca1 as it was before the facts audit: "unknown", while its cited page gives the day.
    data: withCourt('ca1', (court) => {
      court.nextGen.goLive = { precision: 'unknown', source: 'pacer-feed-2022-11-27' };
      court.acms = { status: 'no-statement-found', checked: '2026-11-23', source: 'ca1-cmecf' };
    }),
    reports: /^courts\/ca1\.yaml nextGen\.goLive: is unknown, but ca1-cmecf, which the profile cites, says: .*August 21, 2017/,
  },
  'canonical-form': {
    data: withFile('courts/ctd.yaml', () => {}, readFileSync(join(ROOT, 'courts/ctd.yaml'), 'utf8').replace('id: ctd\n', "id: 'ctd'\n")),
    reports: /^courts\/ctd\.yaml: is not in its canonical form$/,
  },
  'curated-files-name-their-court': {
    data: withFile('courts/ctd.yaml', (value) => (value.id = 'ctb')),
    reports: /^courts\/ctd\.yaml id: needs `id: ctd`/,
  },
  'registry-entries-cited': {
    data: {
      ...bundled,
      registry: new Map([
        ...catalog.sources,
        ['ctd-orphan', { ...(catalog.sources.get('ctd-nextgen-page') as SourceEntry), id: 'ctd-orphan' }],
      ]),
    },
    reports: /entry "ctd-orphan" is cited by nothing/,
  },
  'seeds-registered': {
    data: { ...bundled, seeds: [...bundled.seeds, '005_0000000000000000.txt'] },
    reports: /seed 005_0000000000000000\.txt has no entry/,
  },
  'seed-facts-exact': {
    data: withFile('courts/ctd.yaml', (value) => {
      const procedures = value.procedures as Record<string, Record<string, unknown>>;
      procedures['add-cja-exemption'] = {
        ...procedures['add-cja-exemption'],
        contacts: [{ label: 'PSC', phone: '800-676-6857', source: 'seed-000-ctd-cja-pacer-accounts' }],
      };
    }),
    reports: /procedures\.add-cja-exemption\.contacts\.0\.phone: 800-676-6857 is not in seed-000/,
  },
  'related-courts-resolve': {
    data: withCourt('ctb', (court) => (court.related = court.related.filter((r) => r.relation !== 'district'))),
    reports: /^courts\/generated\/ctb\.yaml related: does not name its district court ctd back$/,
  },
  'appeals-record-acms': {
    data: withCourt('ca4', (court) => delete court.acms),
    reports: /^courts\/ca4\.yaml: a court of appeals needs `acms`/,
  },
  'notes-not-repeated': {
    data: {
      ...bundled,
      files: bundled.files.map((file) =>
        file.kind === 'generated-layer' && /\/(a[kl]|az)/.test(file.path)
          ? { ...file, value: { ...(file.value as object), cja: { panelName: 'X', source: 'courts-db', note: 'The same words everywhere.' } } }
          : file,
      ),
    },
    reports: /this note is in \d+ court files \("The same words everywhere\./,
  },
};

const show = (finding: { file: string; path?: (string | number)[]; message: string }) =>
  `${finding.file}${finding.path ? ` ${finding.path.join('.')}` : ''}: ${finding.message}`;

describe.each(REPO_RULES.map((rule) => ({ id: rule.id, rule })))('repository rule $id', ({ id, rule }) => {
  it('passes the bundled data', () => {
    expect(rule.check(bundled)).toEqual([]);
  });
  it('reports a bad example', () => {
    const bad = BAD[id];
    expect(bad, `no bad example for ${id}`).toBeDefined();
    const found = rule.check(bad?.data as BundledData).map(show);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(bad?.reports as RegExp);
  });
});

describe('the canonical form', () => {
  it('is kept by every data file, and formatting it again changes nothing', () => {
    for (const file of readDataFiles()) {
      const once = formatYaml(file.text, file.kind, file.schema);
      expect(once, file.path).toBe(file.text);
      expect(formatYaml(once, file.kind, file.schema)).toBe(once);
    }
  });

  it('fails the lint on keys out of order or another quoting, with the fix command; the fix restores it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nextgen-ready-data-'));
    made.push(root);
    for (const dir of ['courts', 'procedures', 'sources', 'package.json'])
      cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
    const file = join(root, 'courts', 'ctd.yaml');
    const original = readFileSync(file, 'utf8');
    // Keys out of order (type before name), and a single-quoted id.
    const edited = original
      .replace('id: ctd\n', "id: 'ctd'\n")
      .replace(/^name: (.*)\n((?:.*\n)*?)^type: district\n/m, 'type: district\nname: $1\n$2');
    expect(edited).not.toBe(original);
    writeFileSync(file, edited);
    const found = await lintData(root);
    expect(found).toContain('courts/ctd.yaml:1:1: is not in its canonical form (canonical-form)');
    expect(found).toContain('  tip: run `npm run data:fix` to rewrite the files in their canonical form');
    expect(fixData(root).fixed).toEqual(['courts/ctd.yaml']);
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('never changes a value: a string that cannot be folded stays as written', () => {
    const long = `A note with  two spaces and a trailing space, long enough to be folded by the rule ${'x'.repeat(20)} `;
    const text = formatYaml(`id: ctd\nnotes:\n  - text: ${JSON.stringify(long)}\n    source: courts-db\n`, 'court-layer', CourtLayer);
    expect(text).toContain(JSON.stringify(long).slice(1, 20));
  });
});
