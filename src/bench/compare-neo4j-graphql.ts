import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../logger.js';
import type { ServerNeo4j } from './compare-child.js';
import { type ServerProcess, startServerProcess } from './compare-servers.js';
import { NEO4J_GRAPHQL_TYPE_DEFS } from './compare-typedefs.js';

/**
 * Server C of `npm run bench`: @neo4j/graphql 7 lives in its own package
 * folder, bench/neo4j-graphql/, with its own lock file, so Accord's
 * dependencies never include it. It is installed there on demand, from the
 * lock file, and started as a child process from there.
 */

/** The package folder of server C. */
export const LIBRARY_DIR = fileURLToPath(new URL('../../bench/neo4j-graphql/', import.meta.url));

type Lock = { packages: Record<string, { version?: string }> };

const readLock = (path: string): Lock | undefined =>
  existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Lock) : undefined;

/** True when node_modules holds exactly the versions the lock file names (npm's own record of it). */
function installedAsLocked(): boolean {
  const lock = readLock(join(LIBRARY_DIR, 'package-lock.json'));
  const installed = readLock(join(LIBRARY_DIR, 'node_modules', '.package-lock.json'));
  if (!lock || !installed) return false;
  return Object.entries(lock.packages).every(
    ([path, entry]) => path === '' || installed.packages[path]?.version === entry.version,
  );
}

/**
 * Installs bench/neo4j-graphql from its lock file unless it already is:
 * `npm ci`, preferring npm's cache, so a machine that installed it once needs
 * no registry. Throws with npm's output when it fails.
 */
export function ensureLibraryInstalled(logger: Logger): void {
  if (installedAsLocked()) return;
  logger.info('installing @neo4j/graphql for the benchmark', { dir: LIBRARY_DIR });
  const started = Date.now();
  const result = spawnSync(
    'npm',
    ['ci', '--prefix', LIBRARY_DIR, '--prefer-offline', '--no-audit', '--no-fund'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0 || !installedAsLocked()) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-20);
    throw new Error(
      `npm ci --prefix ${LIBRARY_DIR} failed (exit ${result.status ?? result.error?.message}):\n${output.join('\n')}`,
    );
  }
  logger.info('installed @neo4j/graphql', { ms: Date.now() - started });
}

/** The installed @neo4j/graphql version, for the report. */
export function libraryVersion(): string {
  const path = join(LIBRARY_DIR, 'node_modules', '@neo4j', 'graphql', 'package.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}

/** Starts server C, compiled to `script` (compare-build.ts), with the benchmark's type definitions. */
export function startLibraryServer(
  script: string,
  neo4j: ServerNeo4j,
  logger: Logger,
): Promise<ServerProcess> {
  return startServerProcess(
    'neo4j-graphql',
    script,
    neo4j,
    { typeDefs: NEO4J_GRAPHQL_TYPE_DEFS },
    logger,
  );
}
