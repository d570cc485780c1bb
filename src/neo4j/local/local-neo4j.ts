import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import type { Logger } from '../../logger.js';

/**
 * A real Neo4j 5.26 Community that the project fetches from Maven Central with
 * the machine's Maven and runs on its Java 17, for machines without a Docker
 * engine. One folder per instance under the local directory holds the DBMS
 * home (data, logs), the pid file and the launcher's output.
 */

const HERE = dirname(fileURLToPath(import.meta.url));
const POM = join(HERE, 'pom.xml');
const LAUNCHER = join(HERE, 'LocalNeo4j.java');
/** The Neo4j version pom.xml pins; it names the cached classpath file. */
export const LOCAL_NEO4J_VERSION = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(
  readFileSync(POM, 'utf8'),
)?.[1] as string;

export interface LocalNeo4jOptions {
  /** Root folder for local instances, git-ignored. */
  dir: string;
  /** Instance name: its own data, port and pid file. */
  instance: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** JVM heap, e.g. 1g. */
  heap: string;
  password: string;
  logger: Logger;
  /** How long to wait for Bolt to answer. @default 180000 */
  startTimeoutMs?: number;
}

export interface LocalNeo4jHandle {
  uri: string;
  username: string;
  password: string;
  /** True when this call started the process (false when it was already running). */
  started: boolean;
  pid: number;
}

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

const ALTERNATIVES =
  'Alternatives: set NEO4J_URI (with NEO4J_USERNAME and NEO4J_PASSWORD) to use any Neo4j 5.26 server, ' +
  'or run the tests where a Docker engine answers so Testcontainers starts neo4j:5.26-community.';

function paths(dir: string, instance: string) {
  const root = resolve(dir, instance);
  return {
    root,
    home: join(root, 'home'),
    pidFile: join(root, 'neo4j.pid'),
    portFile: join(root, 'neo4j.port'),
    outFile: join(root, 'neo4j.out'),
    classpathFile: resolve(dir, `classpath-${LOCAL_NEO4J_VERSION}.txt`),
  };
}

function requireTool(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      `${what} is needed to run the local Neo4j but \`${command} ${args.join(' ')}\` failed` +
        `${result.error ? ` (${result.error.message})` : ''}. Install it, or use another Neo4j. ${ALTERNATIVES}`,
    );
  }
}

/** Resolves the Neo4j jars with Maven (downloaded once into ~/.m2) and returns the classpath. */
export function fetchClasspath(dir: string, logger: Logger): string {
  const { classpathFile } = paths(dir, '.');
  if (existsSync(classpathFile)) {
    const cached = readFileSync(classpathFile, 'utf8').trim();
    if (cached.split(':').every((jar) => existsSync(jar))) return cached;
  }
  requireTool('java', ['-version'], 'Java 17');
  requireTool('mvn', ['-v'], 'Maven');
  mkdirSync(dirname(classpathFile), { recursive: true });
  logger.info('fetching Neo4j from Maven Central (first run only)', {
    version: LOCAL_NEO4J_VERSION,
  });
  const started = Date.now();
  const result = spawnSync(
    'mvn',
    ['-B', '-q', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (result.status !== 0 || !existsSync(classpathFile)) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15);
    throw new LocalNeo4jError(
      `Maven could not fetch Neo4j ${LOCAL_NEO4J_VERSION} (exit ${result.status}):\n${output.join('\n')}\n${ALTERNATIVES}`,
    );
  }
  logger.info('fetched Neo4j', { ms: Date.now() - started });
  return readFileSync(classpathFile, 'utf8').trim();
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A pid file can outlive its process and the pid be reused: only a java running the launcher counts. */
function isLauncher(pid: number): boolean {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync('/proc/self/cmdline')) return true; // no procfs: trust the pid file
  return existsSync(cmdline) && readFileSync(cmdline, 'utf8').includes('LocalNeo4j.java');
}

function readPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) && isLauncher(pid) ? pid : undefined;
}

/** A free TCP port on 127.0.0.1, or the given one after checking nothing listens there. */
async function choosePort(port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new LocalNeo4jError(
              `port ${port} on 127.0.0.1 is already in use by another process. ` +
                'Set NEO4J_LOCAL_PORT to another port, or NEO4J_URI to use the server that listens there.',
            )
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const chosen = typeof address === 'object' && address ? address.port : port;
      server.close(() => resolvePort(chosen));
    });
  });
}

async function boltAnswers(uri: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
  });
  try {
    // Resolves false (rather than throwing) while the password is not yet set.
    return await driver.verifyAuthentication();
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function tail(file: string, lines = 20): string {
  if (!existsSync(file)) return '(no output)';
  return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
}

/** Starts the instance unless it already runs, and waits until Bolt accepts the password. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4jHandle> {
  const { logger } = options;
  const p = paths(options.dir, options.instance);
  const running = readPid(p.pidFile);
  if (running !== undefined && existsSync(p.portFile)) {
    const port = Number(readFileSync(p.portFile, 'utf8'));
    const uri = `bolt://127.0.0.1:${port}`;
    if (await boltAnswers(uri, options.password)) {
      logger.info('local Neo4j already running', { instance: options.instance, uri, pid: running });
      return { uri, username: 'neo4j', password: options.password, started: false, pid: running };
    }
  }

  const classpath = fetchClasspath(options.dir, logger);
  const port = await choosePort(options.port);
  const uri = `bolt://127.0.0.1:${port}`;
  mkdirSync(p.home, { recursive: true });
  const out = openSync(p.outFile, 'w');
  logger.info('starting local Neo4j', { instance: options.instance, uri, home: p.home });
  const child: ChildProcess = spawn(
    'java',
    [
      `-Xmx${options.heap}`,
      '-XX:+UseG1GC',
      '-cp',
      classpath,
      LAUNCHER,
      p.home,
      String(port),
      options.password,
      '256',
    ],
    { detached: true, stdio: ['ignore', out, out] },
  );
  closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new LocalNeo4jError('could not start java for the local Neo4j');
  let exited: number | null | undefined;
  child.once('exit', (code) => {
    exited = code;
  });
  child.unref();
  writeFileSync(p.pidFile, String(pid));
  writeFileSync(p.portFile, String(port));

  const deadline = Date.now() + (options.startTimeoutMs ?? 180_000);
  const started = Date.now();
  let lastReport = started;
  while (!(await boltAnswers(uri, options.password))) {
    if (exited !== undefined) {
      rmSync(p.pidFile, { force: true });
      throw new LocalNeo4jError(
        `the local Neo4j exited with code ${exited} before Bolt answered. Its output (${p.outFile}):\n${tail(p.outFile)}`,
      );
    }
    if (Date.now() > deadline) {
      await stopLocalNeo4j(options);
      throw new LocalNeo4jError(
        `the local Neo4j did not answer on ${uri} within ${Math.round((options.startTimeoutMs ?? 180_000) / 1000)} s. Its output:\n${tail(p.outFile)}`,
      );
    }
    if (Date.now() - lastReport > 5000) {
      lastReport = Date.now();
      logger.info('waiting for local Neo4j', {
        uri,
        seconds: Math.round((lastReport - started) / 1000),
      });
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  logger.info('local Neo4j ready', { uri, pid, ms: Date.now() - started });
  return { uri, username: 'neo4j', password: options.password, started: true, pid };
}

/** Stops the instance if it runs (SIGTERM, so Neo4j shuts down cleanly) and waits for it to exit. */
export async function stopLocalNeo4j(
  options: Pick<LocalNeo4jOptions, 'dir' | 'instance' | 'logger'>,
  timeoutMs = 60_000,
): Promise<boolean> {
  const p = paths(options.dir, options.instance);
  const pid = readPid(p.pidFile);
  if (pid === undefined) {
    rmSync(p.pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      options.logger.warn('local Neo4j did not stop in time; killing it', { pid });
      process.kill(pid, 'SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  rmSync(p.pidFile, { force: true });
  options.logger.info('local Neo4j stopped', { instance: options.instance, pid });
  return true;
}

/** The running instance's URI and pid, if any. */
export function localNeo4jStatus(options: Pick<LocalNeo4jOptions, 'dir' | 'instance'>) {
  const p = paths(options.dir, options.instance);
  const pid = readPid(p.pidFile);
  const port = existsSync(p.portFile) ? Number(readFileSync(p.portFile, 'utf8')) : undefined;
  return pid === undefined ? undefined : { pid, uri: `bolt://127.0.0.1:${port}`, home: p.home };
}

/** Deletes the instance's data (it must be stopped). */
export function removeLocalNeo4jData(options: Pick<LocalNeo4jOptions, 'dir' | 'instance'>): void {
  rmSync(paths(options.dir, options.instance).root, { recursive: true, force: true });
}

/**
 * Throwaway instances are named `<purpose>-<pid of their owner>`. Stops and
 * deletes those whose owner has died (a test run that crashed or was killed).
 */
export async function sweepThrowawayInstances(dir: string, logger: Logger): Promise<void> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const owner = /^(?:test|bench)-(\d+)$/.exec(name)?.[1];
    if (owner === undefined || isAlive(Number(owner))) continue;
    await stopLocalNeo4j({ dir, instance: name, logger });
    removeLocalNeo4jData({ dir, instance: name });
    logger.info('removed a throwaway local Neo4j left by a run that ended', { instance: name });
  }
}
