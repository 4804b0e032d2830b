import { defineConfig } from 'vitest/config';
import { UNIT } from './vitest.config.js';

/**
 * The unit project alone, for the mutation run (npm run mutate, stryker.config.mjs): StrykerJS
 * runs a config's every project, and the others need a build, a terminal or minutes. It runs
 * vitest in worker threads, where process.chdir is refused: the CLI tests that run a command
 * in a directory of its own are left out (they exercise src/cli and src/roster, not src/plan,
 * which the tests of src/plan and the CLI's other tests cover), and so are those of `data`.
 */
// eslint-disable-next-line no-restricted-syntax -- vitest reads the default export
export default defineConfig({
  test: {
    ...UNIT,
    exclude: [
      ...UNIT.exclude,
      'test/cli/roster.test.ts',
      'test/cli/flags.test.ts',
      'test/cli/config.test.ts',
      'test/cli/spelling.test.ts',
      'test/cli/json-schemas.test.ts',
      // Fetching and storing the court feed: no plan rule runs there but through check.
      'test/cli/data.test.ts',
    ],
    // Instrumented code on a shared machine is slower.
    testTimeout: 120_000,
  },
});
