/**
 * A stored feed laid over the bundled profiles: only the feed's facts of generated profiles
 * change; curated profiles, a firm's own profiles and every other fact stay as they are. And
 * the diff of two real copies of the feed finds PACER's real changes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadFeedBase } from '../../src/feed/base.js';
import { courtFactsFromFeed, feedRecordsOf } from '../../src/feed/court-facts.js';
import { diffFeed } from '../../src/feed/diff.js';
import { FEED_FIELDS } from '../../src/feed/overlay.js';
import { readFeedJson } from '../../src/feed/raw-feed.js';
import { COMPILED_CATALOG, loadCatalog, type CompiledHeader } from '../../src/catalog/catalog.js';
import { summarizeCourt } from '../../src/catalog/court-summary.js';
import { readPackedFile } from '../../src/io/packed-json.js';
import { ROOT } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';
import { tempDir } from '../helpers/fixtures.js';

const CURATED = ['cacd', 'ctd', 'prd', 'utd'];
const RAW = join(ROOT, 'sources', 'reference', 'pacer-feed-raw');

function header(): CompiledHeader {
  const text = readFileSync(COMPILED_CATALOG, 'utf8');
  return JSON.parse(text.slice(0, text.indexOf('\n'))) as CompiledHeader;
}

/** The feed fields the build recorded, per court (a span of the compiled catalog). */
function compiledFeedFields(): Record<string, string[]> {
  const file = readPackedFile<CompiledHeader>(COMPILED_CATALOG);
  if (!file) throw new Error('no compiled catalog: run `npm run build`');
  return file.parse<Record<string, string[]>>(file.header.feedFields);
}

/** A cache holding the 2023 copy, dated 2026-11-20, with Tucson's and Bridgeport's numbers changed. */
async function storedChangedFeed(): Promise<string> {
  const feed = JSON.parse(readFileSync(join(RAW, '2023-01-10.json'), 'utf8')) as {
    meta: { last_updated: string };
    data: { help_desk?: { phone?: string }[] }[];
  };
  feed.meta.last_updated = 'Fri, 20 Nov 2026 06:10:05 -0500';
  for (const entry of feed.data)
    for (const desk of entry.help_desk ?? []) {
      if (desk.phone === '520-205-4200') desk.phone = '520-205-4299';
      if (desk.phone === '203-579-5861') desk.phone = '203-579-5999';
    }
  const file = join(tempDir(), 'data.json');
  writeFileSync(file, JSON.stringify(feed));
  const cache = tempDir();
  const result = await runInProcess(['data', 'update', '--from', file], {
    env: { NEXTGEN_READY_CACHE_DIR: cache },
  });
  expect(result.stderr).toBe('');
  return cache;
}

describe('which facts a stored feed may replace (recorded by the build)', () => {
  it('every feed fact of every court, but the fields its curated file sets', () => {
    const { courts } = header();
    const feedFields = compiledFeedFields();
    expect(Object.keys(courts)).toHaveLength(201);
    for (const id of Object.keys(courts)) {
      const file = join(ROOT, 'courts', `${id}.yaml`);
      const layer = (existsSync(file) ? parse(readFileSync(file, 'utf8')) : {}) as {
        nextGen?: Record<string, unknown>;
      } & Record<string, unknown>;
      const curated = (field: string) =>
        (field === 'feedRelease' ? layer.nextGen?.feedRelease : layer[field]) !== undefined;
      const expected = FEED_FIELDS.filter((field) => !curated(field));
      expect(feedFields[id] ?? [], id).toEqual(expected);
    }
    // The seed courts keep every feed fact as a person checked it.
    for (const id of CURATED) expect(feedFields[id], id).toBeUndefined();
  });
});

describe('the catalog with a stored feed in force', async () => {
  const cache = await storedChangedFeed();
  const env = { NEXTGEN_READY_CACHE_DIR: cache };

  it('takes the feed facts of generated profiles from it, citing it', async () => {
    const catalog = await loadCatalog({ env });
    expect(catalog.feed.day).toBe('2026-11-20');
    const azd = catalog.courts.get('azd');
    const tucson = azd?.helpDesks.find((desk) => desk.division === 'Tucson');
    expect(tucson).toEqual({
      label: 'CM/ECF Help Desk',
      division: 'Tucson',
      phone: '520-205-4299',
      source: 'pacer-feed-2026-11-20-downloaded',
    });
    expect(azd?.nextGen.feedRelease).toEqual({
      text: 'NextGen CM/ECF Release 1.6 (Revision 1.6.3)',
      asOf: '2026-11-20',
      source: 'pacer-feed-2026-11-20-downloaded',
    });
    expect(catalog.sources.get('pacer-feed-2026-11-20-downloaded')).toMatchObject({
      kind: 'data-feed',
      date: '2026-11-20',
    });
  });

  it('changes nothing but the feed facts, and nothing at all of a curated profile', async () => {
    const [stored, bundled] = await Promise.all([loadCatalog({ env }), loadCatalog()]);
    for (const [id, profile] of bundled.courts) {
      const overlaid = stored.courts.get(id);
      if (CURATED.includes(id)) {
        expect(overlaid, id).toEqual(profile);
        continue;
      }
      const { ecf: _e, website: _w, helpDesks: _h, nextGen, ...rest } = profile;
      const { feedRelease: _r, ...otherNextGen } = nextGen;
      expect(overlaid, id).toMatchObject({ ...rest, nextGen: otherNextGen });
    }
    expect(stored.courts.get('ctd')?.helpDesks.map((desk) => desk.phone)).toContain('203-579-5861');
  });

  it('lists each court as summarizing its overlaid profile gives it, without parsing it', async () => {
    const catalog = await loadCatalog({ env });
    let changedAge = 0;
    const bundled = await loadCatalog();
    for (const [id, summary] of catalog.summaries) {
      expect(summary, id).toEqual(summarizeCourt(catalog.courts.get(id)!, catalog.sources));
      if (summary.dataAsOf['data-feed'] !== bundled.summaries.get(id)?.dataAsOf['data-feed'])
        changedAge += 1;
    }
    // The feed's newer copy is what the generated courts' facts are as of now.
    expect(changedAge).toBeGreaterThan(150);
    expect(catalog.summaries.get('azd')?.dataAsOf['data-feed']).toBe('2026-11-20');
    expect(catalog.summaries.get('ctd')?.dataAsOf).toEqual(bundled.summaries.get('ctd')?.dataAsOf);
  });

  it("leaves a firm's own profile (--courts-dir) as the firm wrote it", async () => {
    // A firm's profile is whole: here, the bundled court's merged layers, written out.
    const bundled = (await loadCatalog()).courts.get('azd');
    const dir = tempDir({ 'azd.yaml': stringify(bundled) });
    const catalog = await loadCatalog({ env, courtsDirs: [dir] });
    const tucson = catalog.courts.get('azd')?.helpDesks.find((desk) => desk.division === 'Tucson');
    expect(tucson?.phone).toBe('520-205-4200');
    expect(tucson?.source).toBe('pacer-feed-2023-01-10');
  });
});

describe('the diff of two real copies of the feed (2022-11-27 against 2023-01-10)', () => {
  const base = loadFeedBase();
  const read = (name: string) =>
    readFeedJson(JSON.parse(readFileSync(join(RAW, name), 'utf8'))).feed;
  const factsOf = (feed: ReturnType<typeof read>, day: string) => (id: string) => {
    const court = base.courts[id];
    return court && courtFactsFromFeed(court.identity, feedRecordsOf(id, feed), day, 'x').facts;
  };
  // The older copy as if it were the bundled one, the newer as if it were downloaded.
  const older = factsOf(read('2022-11-27.json'), '2022-11-27');
  const olderBase = {
    ...base,
    courts: Object.fromEntries(
      Object.entries(base.courts).map(([id, court]) => [
        id,
        { ...court, facts: older(id) ?? court.facts },
      ]),
    ),
  };
  const diff = diffFeed(olderBase, {}, factsOf(read('2023-01-10.json'), '2023-01-10'), {});

  it('finds the releases, help desks and offices PACER changed', () => {
    const byId = new Map(diff.courts.map((court) => [court.id, court]));
    expect(byId.get('cadc')).toEqual({
      id: 'cadc',
      name: 'Court of Appeals for the D.C. Circuit',
      status: 'changed',
      changes: [
        {
          field: 'feedRelease',
          removed: ['NextGen CM/ECF Appellate Release 1.6'],
          added: ['NextGen CM/ECF Appellate Release 1.7.1'],
        },
      ],
    });
    // A help desk a person checked against the court's page (cod, okwb) is curated: kept.
    expect(byId.get('cod')).toMatchObject({
      status: 'kept',
      changes: [
        {
          field: 'helpDesks',
          removed: ['CM/ECF Help Desk: 303-335-2466, Cod_attorneyservices@cod.uscourts.gov'],
          added: [
            'Admissions/biennial fee inquiries: 303-335-2466, cod_attorneyservices@cod.uscourts.gov',
          ],
        },
      ],
    });
    expect(byId.get('okwb')?.status).toBe('kept');
    expect(byId.get('okwb')?.changes[0]?.added).toEqual([
      'Court office (Western District of Oklahoma): 405-609-5700, cmecfhelpdesk@okwb.uscourts.gov, 8:30am - 4:30pm',
    ]);
    // Utah is curated by hand: its change is a conflict to check, not applied.
    expect(byId.get('utd')?.status).toBe('kept');
  });

  it('counts every court once', () => {
    expect(diff.totals).toEqual({
      courts: 201,
      changed: 11,
      kept: 13,
      notInFeed: 0,
      unchanged: 177,
    });
  });
});
