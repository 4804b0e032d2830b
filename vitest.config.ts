import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// eslint-disable-next-line no-restricted-syntax -- vitest reads the default export
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests run dist/: rebuild it first when it is older than src/. It also gives the
    // run its own temporary directory and an empty court-feed cache, and removes them after.
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
