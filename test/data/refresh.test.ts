/**
 * The maintainers' refresh: `npm run generate:courts -- --feed FILE` adds a newer copy of
 * PACER's court feed (as PACER serves it) to sources/reference/ and regenerates the profiles
 * from it, in a copy of the repository's data.
 */
import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addFeedCopy } from '../../scripts/generate/add-feed.js';
import { readReferenceData, writeGenerated } from '../../scripts/generate/write-generated.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/fixtures.js';

const RAW = join(ROOT, 'sources', 'reference', 'pacer-feed-raw');

/** A copy of the data the generator reads and writes. */
function copyOfRepository(): string {
  const root = tempDir();
  for (const path of ['courts', 'data', 'sources/reference', 'sources/registry.yaml'])
    cpSync(join(ROOT, path), join(root, path), { recursive: true });
  return root;
}

/** The 2023 copy as PACER served it, dated 2026-11-20, with Tucson's help desk renumbered. */
function newerRawFeed(): string {
  const feed = JSON.parse(readFileSync(join(RAW, '2023-01-10.json'), 'utf8')) as {
    meta: { last_updated: string };
    data: { help_desk?: { phone?: string }[] }[];
  };
  feed.meta.last_updated = 'Fri, 20 Nov 2026 06:10:05 -0500';
  for (const entry of feed.data)
    for (const desk of entry.help_desk ?? [])
      if (desk.phone === '520-205-4200') desk.phone = '520-205-4299';
  const file = join(tempDir(), 'data.json');
  writeFileSync(file, JSON.stringify(feed));
  return file;
}

describe('generate:courts --feed', () => {
  it('keeps the bundled copy when given the same feed as PACER served it', async () => {
    const root = copyOfRepository();
    const added = await addFeedCopy(root, join(RAW, '2023-01-10.json'));
    expect(added).toEqual({
      path: 'sources/reference/pacer-feed-2023-01-10.json',
      day: '2023-01-10',
      written: false,
    });
    const report = await writeGenerated(root, await readReferenceData(root), { dryRun: true });
    expect(report.written).toEqual([]);
  });

  it('refuses an older copy than the newest there', async () => {
    await expect(addFeedCopy(copyOfRepository(), join(RAW, '2022-11-27.json'))).rejects.toThrow(
      'older than sources/reference/pacer-feed-2023-01-10.json',
    );
  });

  it('asks for a registry entry first, and writes nothing until there is one', async () => {
    const root = copyOfRepository();
    await expect(addFeedCopy(root, newerRawFeed())).rejects.toThrow(
      'sources/registry.yaml has no entry pacer-feed-2026-11-20',
    );
    expect(existsSync(join(root, 'sources/reference/pacer-feed-2026-11-20.json'))).toBe(false);
  });

  it('regenerates the generated layer from the newer copy, citing it; curated files stay', async () => {
    const root = copyOfRepository();
    appendFileSync(
      join(root, 'sources/registry.yaml'),
      [
        '  - id: pacer-feed-2026-11-20',
        '    title: Court CM/ECF Lookup (data.json), the copy of November 20, 2026',
        '    publisher: PACER Service Center',
        '    date: 2026-11-20',
        '    url: https://pacer.uscourts.gov/file-case/court-cmecf-lookup/data.json',
        '    kind: data-feed',
        '    checked: 2026-11-23',
        '',
      ].join('\n'),
    );
    const added = await addFeedCopy(root, newerRawFeed());
    expect(added.written).toBe(true);
    const data = await readReferenceData(root);
    expect(data.feedId).toBe('pacer-feed-2026-11-20');
    const ctd = readFileSync(join(root, 'courts/ctd.yaml'), 'utf8');
    const report = await writeGenerated(root, data);
    expect(report.written).toContain('courts/generated/azd.yaml');
    expect(report.written).toContain('data/counties.json');
    const azd = readFileSync(join(root, 'courts/generated/azd.yaml'), 'utf8');
    expect(azd).toContain("# Facts from PACER's court feed of 2026-11-20");
    expect(azd).toContain('phone: 520-205-4299');
    expect(azd).toContain('source: pacer-feed-2026-11-20');
    expect(azd).not.toContain('pacer-feed-2023-01-10');
    expect(readFileSync(join(root, 'courts/ctd.yaml'), 'utf8')).toBe(ctd);
  });
});
