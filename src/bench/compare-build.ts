import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../logger.js';
import { LIBRARY_DIR } from './compare-neo4j-graphql.js';

/**
 * `npm run bench` runs its three servers as production runs Accord
 * (`node dist/cli/serve.js`): JavaScript compiled by tsc, started by plain
 * node, without tsx and without source maps. Under tsx, esbuild wraps every
 * function it emits to keep its name, and Node maps each Error's stack
 * (neo4j-driver takes one per result) back to the TypeScript. The same
 * Accord measured 2.1 ms of Node CPU per request under tsx and 1.4-1.5 ms
 * compiled (the hub's company, one client, M).
 *
 * Two builds: Accord's sources with its bench folder, into dist-bench/ (the
 * depth of dist/, so paths relative to a module, as the explorer's, resolve
 * as in production), and server C's file with what it imports from here, into
 * bench/neo4j-graphql/dist/, under its package folder so that its imports
 * resolve to that folder's node_modules (@neo4j/graphql, its graphql).
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The compiled entry point of each server. */
export interface ServerScripts {
  raw: string;
  accord: string;
  library: string;
}

/** Compiles the servers (5-10 s) and gives their entry points; throws with tsc's output on an error. */
export function compileServers(logger: Logger): ServerScripts {
  const started = Date.now();
  const accord = compileAccord();
  tsc(join(LIBRARY_DIR, 'tsconfig.json'));
  logger.info('bench servers compiled', { ms: Date.now() - started });
  return {
    raw: join(accord, 'bench', 'compare-raw-server.js'),
    accord: join(accord, 'bench', 'compare-accord-server.js'),
    library: join(LIBRARY_DIR, 'dist', 'bench', 'neo4j-graphql', 'server.js'),
  };
}

/**
 * Compiles Accord's sources and its bench folder into dist-bench/ (3-6 s) and
 * gives that folder: `cli/serve.js` there is what `npm start` runs from dist/.
 * The local Neo4j's Maven project goes beside its module, as `npm run build`
 * copies it into dist/.
 */
export function compileAccord(): string {
  const out = join(ROOT, 'dist-bench');
  tsc(join(ROOT, 'tsconfig.bench.json'));
  for (const file of ['pom.xml', 'LocalNeo4j.java']) {
    copyFileSync(join(ROOT, 'src', 'neo4j', 'local', file), join(out, 'neo4j', 'local', file));
  }
  return out;
}

function tsc(project: string): void {
  // typescript's exports name no bin: it is found beside its package.json.
  const bin = join(
    dirname(createRequire(import.meta.url).resolve('typescript/package.json')),
    'bin',
    'tsc',
  );
  const result = spawnSync(process.execPath, [bin, '-p', project], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-30);
    throw new Error(
      `tsc -p ${project} failed (exit ${result.status ?? result.error?.message}):\n${output.join('\n')}`,
    );
  }
}
