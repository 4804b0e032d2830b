/** The two walks over what a profile cites must agree: one with paths, one without. */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { addCitedIds, citedSourceIds } from '../../src/profile/sources.js';

describe('the ids a profile cites', () => {
  it('are the same set with or without their paths, for every bundled court', async () => {
    const catalog = await loadCatalog();
    for (const [id, profile] of catalog.courts) {
      const withPaths = new Set([...citedSourceIds(profile)].map(([, cited]) => cited));
      expect(addCitedIds(profile, new Set()), id).toEqual(withPaths);
      expect(withPaths.size, id).toBeGreaterThan(0);
    }
  });

  it('adds to the set it is given', () => {
    const ids = addCitedIds({ a: { source: 'x' } }, new Set(['y']));
    expect(addCitedIds([{ identitySource: ['z', 'x'] }], ids)).toEqual(new Set(['y', 'x', 'z']));
  });
});
