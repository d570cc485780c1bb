import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Ships the page's operations by id (codegen's persisted-documents.json) beside
 * the bundle, as persisted-operations.json: a server that runs only trusted
 * documents (PERSISTED_ONLY=true) adds them to its list (src/http/explorer-files.ts).
 */
function persistedOperations(): Plugin {
  return {
    name: 'accord-persisted-operations',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'persisted-operations.json',
        source: readFileSync(here('src/gql/persisted-documents.json'), 'utf8'),
      });
    },
  };
}

/**
 * The explorer's bundle: built into dist/explorer, which the server serves at
 * /explore (src/http/explorer-files.ts). Everything is bundled: no CDN, no
 * inline script (the page's CSP allows scripts from 'self' only).
 */
export default defineConfig({
  root: here('.'),
  base: '/explore/',
  publicDir: false,
  plugins: [persistedOperations()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: here('../dist/explorer'),
    emptyOutDir: true,
    // The modulepreload polyfill would be the one inline script.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 400,
  },
});
