import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CommonJS (main) and ESM (module). Node, and so Pothos and
// yoga, load the CommonJS one; Vite would give our sources the ESM one, and
// two copies of graphql break `instanceof GraphQLError`. One copy, as in production:
const graphql = createRequire(import.meta.url).resolve('graphql');

/**
 * Two projects: unit tests run in parallel with no database; integration
 * tests (*.int.test.ts) share one real Neo4j, resolved once by the global
 * setup, and run one file at a time because each resets the database.
 */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphql }] },
  test: {
    // Removes the temporary folders each test file made (test/helpers/temp-dir.ts).
    setupFiles: ['test/helpers/temp-dir-cleanup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.int.test.ts'],
        },
      },
      {
        extends: true,
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
