import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  coverageOf,
  renderCoverage,
  withCoverageTable,
} from '../../scripts/data/coverage.js';
import { loadCatalog } from '../../src/catalog/catalog.js';
import type { CourtProfile } from '../../src/profile/schema.js';
import { ROOT } from '../helpers/cli.js';

const catalog = await loadCatalog();

describe('the coverage report', () => {
  it('counts sourced, not-published and unknown facts, each court of its type once', () => {
    const ctd = catalog.courts.get('ctd') as CourtProfile;
    const ctb = catalog.courts.get('ctb') as CourtProfile;
    const courts = new Map([
      ['ctd', { ...ctd, joining: { ...ctd.joining, proSe: { notPublished: '2026-12-06' } } }],
      ['ctb', { ...ctb, joining: { bar: { court: 'ctd', source: 'ctd-how-apply-admission' } } }],
    ]);
    const rows = new Map(coverageOf(courts).map((row) => [row.field, row]));
    expect(rows.get('pro se policy')).toMatchObject({ courts: 2, sourced: 0, notPublished: 1, unknown: 1 });
    expect(rows.get('bar (whose bar admits)')).toMatchObject({ courts: 1, sourced: 1 });
    // ctb's admission goes through its bar, the district's, whose route ctd's page gives.
    expect(rows.get('admission route (own or its bar’s)')).toMatchObject({ courts: 2, sourced: 2 });
    expect(rows.get('admission route (own)')).toMatchObject({ courts: 1, sourced: 1 });
  });

  it('is in docs/court-data.md as the data stands (npx tsx scripts/data/coverage.ts --readme)', () => {
    const readme = readFileSync(join(ROOT, 'docs', 'court-data.md'), 'utf8');
    const table = renderCoverage(coverageOf(catalog.courts), true);
    expect(withCoverageTable(readme, table)).toBe(readme);
  });
});
