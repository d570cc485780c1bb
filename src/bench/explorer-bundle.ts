import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * Builds the explorer's bundle, exactly as `npm run build` does into
 * dist/explorer, into `outDir` (emptied first), by default a fresh temporary
 * folder that the caller removes, and returns the folder.
 */
export async function buildExplorerBundle(
  outDir = mkdtempSync(join(tmpdir(), 'accord-explorer-')),
): Promise<string> {
  await build({
    configFile: 'explorer/vite.config.ts',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
