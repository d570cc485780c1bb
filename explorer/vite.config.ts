import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The explorer's bundle: built into dist/explorer, which the server serves at
 * /explore (src/http/explorer-files.ts). Everything is bundled: no CDN, no
 * inline script (the page's CSP allows scripts from 'self' only).
 */
export default defineConfig({
  root: here('.'),
  base: '/explore/',
  publicDir: false,
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
