import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycles, folderEdges } from '../../scripts/lint/folder-cycles.js';

const src = '/repo/src';
const files = (entries: Record<string, string>) =>
  new Map(Object.entries(entries).map(([file, text]) => [join(src, file), text]));

describe('the folder-cycle lint', () => {
  it('finds two folders that import each other, naming an import of each', () => {
    const edges = folderEdges(
      src,
      files({
        'profile/catalog.ts': "import { applyFeedFacts } from '../feed/overlay.js';",
        'feed/overlay.ts': "import type { CourtProfile } from '../profile/schema.js';",
        'feed/store.ts': "import { x } from './overlay.js';",
      }),
    );
    const cycles = findCycles(edges);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.map((edge) => `${edge.from}→${edge.to}`).sort()).toEqual([
      'feed/→profile/',
      'profile/→feed/',
    ]);
    expect(cycles[0]?.map((edge) => edge.where.replace(/^.*src\//, ''))).toContain(
      'profile/catalog.ts:1',
    );
  });

  it('finds a cycle through three folders, and dynamic imports count', () => {
    const cycles = findCycles(
      folderEdges(
        src,
        files({
          'a/x.ts': "const m = await import('../b/y.js');",
          'b/y.ts': "export { z } from '../c/z.js';",
          'c/z.ts': "import '../a/x.js';",
        }),
      ),
    );
    expect(cycles.map((cycle) => cycle.length)).toEqual([3]);
  });

  it('passes layers that import one way, and modules at the top of src/', () => {
    const cycles = findCycles(
      folderEdges(
        src,
        files({
          'catalog/catalog.ts': "import '../profile/schema.js'; import '../feed/overlay.js';",
          'feed/overlay.ts': "import '../profile/schema.js'; import '../errors.js';",
          'profile/schema.ts': "import '../errors.js';",
          'errors.ts': "import { x } from './counts.js';",
          'counts.ts': '',
        }),
      ),
    );
    expect(cycles).toEqual([]);
  });
});
