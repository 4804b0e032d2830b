/** The sources a plan cites, as a reader follows them, and how old the facts are per kind. */
import { describe, expect, it } from 'vitest';
import { courtFactsOf } from '../../src/plan/applies-facts.js';
import {
  citedSources,
  dataAsOf,
  mergeDataAsOf,
  sourceAge,
  toPlanSource,
} from '../../src/plan/cited-sources.js';
import type { SourceEntry } from '../../src/profile/schema.js';
import { bundledCatalog } from '../helpers/plan.js';

const entry = (id: string, extra: Partial<SourceEntry>): SourceEntry => ({
  id,
  title: id,
  publisher: 'PACER',
  kind: 'pacer-page',
  checked: '2026-01-05',
  ...extra,
});

describe('cited sources', () => {
  it('shows a registry entry with what it has, and nothing it has not', () => {
    expect(toPlanSource(entry('a', {}))).toEqual({
      id: 'a',
      title: 'a',
      publisher: 'PACER',
      kind: 'pacer-page',
      checked: '2026-01-05',
    });
    const full = entry('b', {
      date: '2025-05-11',
      url: 'https://pacer.uscourts.gov/b',
      foundAt: 'https://pacer.uscourts.gov/',
      seedFile: 'b.pdf',
    });
    expect(toPlanSource(full)).toMatchObject({
      date: '2025-05-11',
      url: 'https://pacer.uscourts.gov/b',
      foundAt: 'https://pacer.uscourts.gov/',
      copy: 'sources/seeds/b.pdf',
    });
  });

  it("cites a firm profile's own https address as a page, and an unknown id is a bug", () => {
    const registry = new Map([['a', entry('a', {})]]);
    expect(citedSources(['a', 'https://firm.example/courts', 'a'], registry)).toEqual([
      toPlanSource(entry('a', {})),
      {
        id: 'https://firm.example/courts',
        title: 'https://firm.example/courts',
        publisher: 'firm.example',
        kind: 'web-page',
        url: 'https://firm.example/courts',
      },
    ]);
    expect(() => citedSources(['nope'], registry)).toThrow(
      'source "nope" is not in the source registry',
    );
  });

  it('dates pages by the oldest check and the feed by its newest full-day copy', () => {
    const sources = [
      entry('p1', { checked: '2026-02-01' }),
      entry('p2', { checked: '2026-01-05' }),
      entry('f1', { kind: 'data-feed', date: '2023-01-10', checked: '2026-03-01' }),
      entry('f2', { kind: 'data-feed', date: '2026-11-20', checked: '2026-03-01' }),
      entry('f3', { kind: 'data-feed', date: '2024-06', checked: '2024-07-01' }),
      entry('d1', { kind: 'seed-document', checked: undefined }),
    ].map(toPlanSource);
    expect(sourceAge(sources[2]!)).toBe('2023-01-10');
    // A feed copy known only by its month is as old as the day it was checked.
    expect(sourceAge(sources[4]!)).toBe('2024-07-01');
    expect(dataAsOf(sources)).toEqual({ 'pacer-page': '2026-01-05', 'data-feed': '2026-11-20' });
    expect(dataAsOf([...sources].reverse())).toEqual(dataAsOf(sources));
  });

  it('gives for several sets taken together what the union of their sources gives', () => {
    const sets = [
      [
        entry('old-page', { checked: '2025-03-01' }),
        entry('feed-1', { kind: 'data-feed', date: '2023-01-10', checked: '2026-11-22' }),
      ],
      [
        entry('new-page', { checked: '2026-02-01' }),
        entry('feed-2', { kind: 'data-feed', date: '2026-11-20', checked: '2026-11-22' }),
        entry('rule', { kind: 'court-page', checked: '2026-12-06' }),
      ],
      [],
    ].map((set) => set.map(toPlanSource));
    const merged = mergeDataAsOf(sets.map(dataAsOf));
    expect(merged).toEqual(dataAsOf(sets.flat()));
    // The oldest check of a page, the newest copy of the feed.
    expect(merged).toEqual({
      'pacer-page': '2025-03-01',
      'data-feed': '2026-11-20',
      'court-page': '2026-12-06',
    });
  });
});

describe('the facts of the courts asked about', () => {
  it('says what the questions need of each, and a court missing from the catalog is a bug', async () => {
    const catalog = await bundledCatalog();
    expect(
      courtFactsOf(catalog, ['ctd', 'ca2', 'ctb'], '2026-11-22').map((court) => court.info),
    ).toEqual([
      { type: 'district', liveStatus: 'live', hasBankruptcyCourt: true },
      { type: 'appellate', liveStatus: 'live', hasBankruptcyCourt: false },
      { type: 'bankruptcy', liveStatus: 'live', hasBankruptcyCourt: false },
    ]);
    expect(() => courtFactsOf(catalog, ['zzz'], '2026-11-22')).toThrow(
      'court zzz vanished from the catalog',
    );
  });
});
