import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-dir.js';

export const SEED_STEM = '2018-07-02-bollore-alibaba-accord-mondial';

/** A temporary folder holding copies of the given folders' files. */
export function copyOf(...dirs: string[]): string {
  const target = tempDir('seeds');
  for (const dir of dirs) cpSync(dir, target, { recursive: true });
  return target;
}

/** Replaces text in a file of a copied folder, failing if the text is not there (so a test cannot silently corrupt nothing). */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`edit: ${String(from)} not found in ${file}`);
  writeFileSync(path, after);
}
