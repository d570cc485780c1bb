import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Folders made by `tempDir` in this test file; the setup file removes them after its last test. */
const made: string[] = [];

/**
 * A new, empty folder under the system's temporary directory, named
 * `accord-<prefix>-…`, removed with everything in it once the test file ends
 * (test/helpers/temp-dir-cleanup.ts), so that test runs leave nothing behind.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `accord-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made in this file. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
