// @ts-check
/**
 * The mutation run over the pure rules (`npm run mutate`; not in CI: about half an hour on two
 * cores). StrykerJS changes src/plan/ one small way at a time (a condition, an operator, a
 * string) and runs the unit tests that cover the change: a mutant no test fails is a gap.
 * The score is in the README ("Development").
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
// eslint-disable-next-line no-restricted-syntax -- StrykerJS reads the default export
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  mutate: ['src/plan/**/*.ts'],
  // Each mutant is run against the tests that cover it.
  coverageAnalysis: 'perTest',
  // A mutant of a module's top level (the question catalogue, the tables) would need every
  // test run again in a fresh process: left out, and said so in the report.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  // A run after a change tests again only the mutants the change touched (or whose tests did).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  thresholds: { high: 90, low: 80, break: null },
};
