import { defineConfig } from 'vitest/config';

// eslint-disable-next-line no-restricted-syntax -- vitest reads the default export
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
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
    // CLI tests spawn the built binary; give slow CI machines room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
