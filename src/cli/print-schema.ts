import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { printedSchema, SDL_FILE } from '../schema/sdl.js';
import { runCli } from './run.js';

/**
 * `npm run schema:print` writes schema/schema.graphql from the code;
 * `npm run schema:check` fails when the committed file differs from it.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const printed = printedSchema();
  if (!values.check) {
    writeFileSync(SDL_FILE, printed);
    process.stdout.write(`wrote ${SDL_FILE}\n`);
    return 0;
  }
  let committed = '';
  try {
    committed = readFileSync(SDL_FILE, 'utf8');
  } catch {
    // reported as drift below
  }
  if (committed === printed) {
    process.stdout.write('schema/schema.graphql matches the code\n');
    return 0;
  }
  process.stderr.write(
    'schema/schema.graphql differs from the schema the code builds: run `npm run schema:print` and commit it.\n',
  );
  return 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runCli(main);
