import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/**
 * Builds the explorer's bundle into a fresh folder, exactly as `npm run
 * build` does into dist/explorer, and returns the folder.
 */
export async function buildExplorerBundle(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'accord-explorer-'));
  await build({
    configFile: 'explorer/vite.config.ts',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
