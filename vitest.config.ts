import { defineConfig } from 'vitest/config';

/**
 * Two projects: unit tests run in parallel with no database; integration
 * tests (*.int.test.ts) share one real Neo4j, resolved once by the global
 * setup, and run one file at a time because each resets the database.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.int.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.int.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
