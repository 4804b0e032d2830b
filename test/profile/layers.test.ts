import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/io/problem.js';
import { layerBetween, mergeLayers, ownerOf } from '../../src/profile/layers.js';
import { loadCourtDirs } from '../../src/profile/profile-files.js';
import { tempDir } from '../helpers/fixtures.js';
import { wholeProfileText } from '../helpers/data.js';
import { bundledCatalog } from '../helpers/plan.js';
import { parse } from 'yaml';

const known = new Set((await bundledCatalog()).sources.keys());
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('merging layers', () => {
  const defaults = { nextGen: { liveBy: { date: '2022-11-27', source: 'feed' } } };
  const generated = {
    id: 'azd',
    shortName: 'District of Arizona',
    nextGen: { goLive: { precision: 'day', date: '2022-02-07', source: 'page', note: 'quoted' } },
    helpDesks: [{ label: 'A', phone: '602-322-7200', source: 'feed' }],
  };

  it('merges maps key by key and replaces a fact whole', () => {
    const curated = { nextGen: { goLive: { precision: 'unknown', source: 'other' } } };
    expect(mergeLayers([defaults, generated, curated])).toEqual({
      id: 'azd',
      shortName: 'District of Arizona',
      nextGen: {
        liveBy: { date: '2022-11-27', source: 'feed' },
        // Not { precision: 'unknown', date, note... }: half of one fact and half of another.
        goLive: { precision: 'unknown', source: 'other' },
      },
      helpDesks: [{ label: 'A', phone: '602-322-7200', source: 'feed' }],
    });
  });

  it('replaces a list whole, and leaves out a field a layer sets to null', () => {
    const curated = { helpDesks: [{ label: 'B', source: 'page' }], nextGen: { liveBy: null } };
    const merged = mergeLayers([defaults, generated, curated]);
    expect(merged.helpDesks).toEqual([{ label: 'B', source: 'page' }]);
    expect(merged.nextGen).toEqual({ goLive: generated.nextGen.goLive });
  });

  it('finds the smallest layer between two values: merging it back gives the whole', () => {
    const base = mergeLayers([defaults, generated]);
    const whole = {
      ...structuredClone(base),
      shortName: 'D. Ariz.',
      nextGen: { goLive: generated.nextGen.goLive },
    };
    const layer = layerBetween(base, whole);
    expect(layer).toEqual({ shortName: 'D. Ariz.', nextGen: { liveBy: null } });
    expect(mergeLayers([defaults, generated, layer])).toEqual(whole);
    expect(layerBetween(base, base)).toBeUndefined();
  });

  it('tells which layer a value comes from, for messages', () => {
    const curated = { nextGen: { goLive: { precision: 'unknown', source: 'other' } } };
    const layers = [defaults, generated, curated];
    expect(ownerOf(layers, ['nextGen', 'goLive', 'date'])).toBe(2); // the curated fact, whole
    expect(ownerOf(layers, ['nextGen', 'liveBy', 'date'])).toBe(0);
    expect(ownerOf(layers, ['helpDesks', 0, 'phone'])).toBe(1);
    expect(ownerOf(layers, ['name'])).toBe(2); // missing everywhere: the top file
  });
});

describe('a layered directory', () => {
  /** A copy of the bundled layout with one court: defaults, its generated layer, its curated file. */
  function layeredDir(curated: string): string {
    const dir = tempDir();
    made.push(dir);
    mkdirSync(join(dir, 'generated'));
    const whole = parse(wholeProfileText('azd')) as Record<string, unknown>;
    const { nextGen, ...rest } = whole as { nextGen: Record<string, unknown> };
    const { liveBy, ...ownNextGen } = nextGen;
    writeFileSync(
      join(dir, 'defaults.yaml'),
      `all:\n  nextGen:\n    liveBy: ${JSON.stringify(liveBy)}\n`,
    );
    writeFileSync(
      join(dir, 'generated', 'azd.yaml'),
      JSON.stringify({ ...rest, nextGen: ownNextGen }, null, 1),
    );
    writeFileSync(join(dir, 'azd.yaml'), curated);
    return dir;
  }

  it('loads the court merged from its three layers', async () => {
    const [result] = await loadCourtDirs([layeredDir('id: azd\nshortName: D. Ariz.\n')], known);
    expect(result?.ok && result.data.shortName).toBe('D. Ariz.');
    expect(result?.ok && result.data.nextGen.liveBy?.date).toBe('2022-11-27');
  });

  it('reports a problem in the curated file that gave the value, at its line', async () => {
    const dir = layeredDir('id: azd\n\nshortName: D. Ariz.\ntype: distict\n');
    const [result] = await loadCourtDirs([dir], known);
    expect(result?.ok).toBe(false);
    const lines = result && !result.ok ? result.problems.map(formatProblem) : [];
    expect(lines).toEqual([expect.stringMatching(/azd\.yaml:4:7: type: "distict" is not allowed/)]);
    expect(lines[0]).not.toContain('generated');
  });

  it('reports a missing fact in the generated layer it should be in', async () => {
    const dir = layeredDir('id: azd\n');
    writeFileSync(join(dir, 'generated', 'azd.yaml'), 'id: azd\ntype: district\n');
    const [result] = await loadCourtDirs([dir], known);
    const lines = result && !result.ok ? result.problems.map(formatProblem) : [];
    expect(lines.some((line) => /azd\.yaml:1:1: name: missing/.test(line))).toBe(true);
  });
});
