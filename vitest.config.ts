import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * First in every project: the run's own temporary directory and an empty court-feed cache,
 * removed when the run ends (test/global-setup-run.ts).
 */
const RUN_DIR = 'test/global-setup-run.ts';

/**
 * The tests in five projects, by what they need (`vitest run --project unit`, or all of them):
 *   unit   in-process, from source: no built binary, terminal or signal (npm run test:unit)
 *   sweep  the whole answer space over many courts and dates: minutes of CPU
 *   data   the bundled data itself: the data lint and canonical form over every file, the
 *          generated layer regenerated and compared, the registry, the facts audit
 *   edge   the built binary, where the process is the point: exit statuses, signals, pipes,
 *          stdin, what start-up loads, the bad-input catalogue's faults (full disks, users)
 *   e2e    a terminal (tmux) and the packed package
 *   types  type-only tests (*.test-d.ts), by the type checker (npm run test:types; npm test
 *          leaves them to `npm run typecheck`, which checks the same files: one tsc run, not two)
 */
const SLOW_AND_PROCESS = ['test/sweep/**', 'test/data/**', 'test/edge/**', 'test/e2e/**'];

/** The quick loop: in-process, from source (also what the mutation run uses: stryker.config.mjs). */
export const UNIT = {
  name: 'unit',
  include: ['test/**/*.test.ts'],
  exclude: SLOW_AND_PROCESS,
  // One module graph per worker, not per file: the files share the catalog, the schemas and
  // the commands instead of loading them again (most of their time).
  isolate: false,
  // The bundled court data compiled (dist/data/), recompiled when the data changed; the
  // bundles themselves are not needed.
  globalSetup: [RUN_DIR, 'test/global-setup-data.ts'],
};

// eslint-disable-next-line no-restricted-syntax -- vitest reads the default export
export default defineConfig({
  test: {
    // Vitest's default leaves one core free, which on a 2-core CI machine runs the files one by
    // one: two workers took the suite from 275 s to 154 s there (the CLI tests mostly wait on
    // the processes they spawn).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: UNIT,
      },
      {
        extends: true,
        test: {
          name: 'sweep',
          include: ['test/sweep/**/*.test.ts'],
          globalSetup: [RUN_DIR, 'test/global-setup-data.ts'],
          // Hundreds of thousands of plans each; a shared CI machine needs the room.
          testTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'data',
          include: ['test/data/**/*.test.ts'],
          globalSetup: [RUN_DIR, 'test/global-setup-data.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'edge',
          include: ['test/edge/**/*.test.ts'],
          // They run dist/: rebuilt first when it is older than src/.
          globalSetup: [RUN_DIR, 'test/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: [RUN_DIR, 'test/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'types',
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ['test/**/*.test-d.ts'],
            tsconfig: 'tsconfig.json',
          },
        },
      },
    ],
  },
});
