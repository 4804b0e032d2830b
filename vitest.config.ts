import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Every test, and every CLI it runs, gets an empty cache directory of its own: a court feed a
// developer downloaded must not change what the tests see. Tests of `data` set their own.
const cacheDir = mkdtempSync(join(tmpdir(), 'nextgen-ready-test-cache-'));

// eslint-disable-next-line no-restricted-syntax -- vitest reads the default export
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    env: { NEXTGEN_READY_CACHE_DIR: cacheDir },
    // The CLI tests run dist/: rebuild it first when it is older than src/.
    globalSetup: ['test/global-setup.ts'],
    // `npm run test:fast` skips these (--tags-filter='!slow').
    tags: [
      {
        name: 'slow',
        description: 'sweeps of the whole answer space over many courts and dates',
        // Hundreds of thousands of plans each; a shared CI machine needs the room.
        timeout: 180_000,
      },
    ],
    // Vitest's default leaves one core free, which on a 2-core CI machine runs the files one by
    // one: two workers took the suite from 275 s to 154 s there (the CLI tests mostly wait on
    // the processes they spawn).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // CLI tests spawn the built binary; give slow CI machines room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
