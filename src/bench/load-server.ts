import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MALLOC_MMAP_THRESHOLD } from '../config.js';
import { compileAccord } from './compare-build.js';
import { inspect } from './inspector.js';
import { type MemoryBreakdown, readMemoryBreakdown } from './memory-breakdown.js';

/** Where Neo4j is, as the caller resolved it. */
export interface LoadNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

/** Accord as `npm start` runs it, in a child process of the load test. */
export interface AccordChild {
  /** Where GraphQL answers, on 127.0.0.1 and a free port. */
  url: string;
  pid: number;
  /** MALLOC_MMAP_THRESHOLD_ as the child read it at start (its "Accord is listening" line); undefined: glibc's default. */
  mallocMmapThreshold: number | undefined;
  /** The child's resident memory now, in MB. */
  rssMb(): number;
  /** A full garbage collection in the child (through its inspector, on loopback); resolves to the JS heap in use after it, in MB (0 without an inspector). */
  collectGarbage(): Promise<number>;
  /** Where the child's memory is now (undefined without an inspector). */
  memory(): Promise<MemoryBreakdown | undefined>;
  /** SIGTERM, then SIGKILL past 15 s; resolves to the exit code. */
  stop(): Promise<number | null>;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

type LogLine = Record<string, unknown> & { msg?: string };

/**
 * Starts Accord as `npm start` does, compiled by tsc and run by plain node
 * (compare-build.ts: tsx's wrappers and source maps cost 40-50% more
 * Node CPU per request), on a free loopback port against `neo4j`, loading the seed
 * folder, and resolves once it says "Accord is ready". `env`
 * adds to (and wins over) what the child is given. The inspector listens on
 * a free loopback port so that the test can ask for a GC before it reads RSS.
 * The child gets `npm start`'s MALLOC_MMAP_THRESHOLD_ unless the caller's
 * environment (or `env`) sets another.
 */
export async function startAccordChild(
  neo4j: LoadNeo4j,
  env: Record<string, string> = {},
  timeoutMs = 120_000,
): Promise<AccordChild> {
  const serve = join(compileAccord(), 'cli', 'serve.js');
  const child: ChildProcess = spawn(process.execPath, ['--inspect=127.0.0.1:0', serve], {
    cwd: ROOT,
    env: {
      // As `npm start` does: its default, unless the caller's environment sets one.
      MALLOC_MMAP_THRESHOLD_: String(DEFAULT_MALLOC_MMAP_THRESHOLD),
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      ...(neo4j.database ? { NEO4J_DATABASE: neo4j.database } : {}),
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
      SEEDS_DIR: 'seeds',
      LOAD_SEEDS: 'true',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Only the last lines are kept (to quote on failure), and only the start-up lines parsed:
  // under load the child logs a line per request.
  const tail: string[] = [];
  let inspector: string | undefined;
  let buffered = '';
  const seen: ((line: LogLine) => void)[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const text of parts) {
      tail.push(text);
      if (tail.length > 15) tail.shift();
      inspector ??= /Debugger listening on (ws:\/\/\S+)/.exec(text)?.[1];
      if (!text.includes('"msg":"Accord is ')) continue;
      const line = JSON.parse(text) as LogLine;
      for (const notify of seen) notify(line);
    }
  });

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const code = await exited;
    clearTimeout(killer);
    return code;
  };

  // "Accord is listening" says where; "Accord is ready" that the seeds are in.
  let url: string | undefined;
  let mallocMmapThreshold: number | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Accord was not ready within ${timeoutMs} ms:\n${tail.join('\n')}`)),
        timeoutMs,
      );
      exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`Accord exited with ${code} before it was ready:\n${tail.join('\n')}`));
      });
      seen.push((line) => {
        if (line.msg === 'Accord is listening') {
          url = String(line.url);
          if (typeof line.mallocMmapThreshold === 'number') {
            mallocMmapThreshold = line.mallocMmapThreshold;
          }
        }
        if (line.msg === 'Accord is ready') {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const pid = child.pid as number;
  return {
    url: url ?? '',
    pid,
    mallocMmapThreshold,
    rssMb: () => residentMb(pid),
    collectGarbage: () => (inspector ? collectGarbage(inspector) : Promise.resolve(0)),
    memory: () => (inspector ? readMemoryBreakdown(inspector) : Promise.resolve(undefined)),
    stop,
  };
}

/** A process's resident set in MB: /proc on Linux, `ps` elsewhere. */
function residentMb(pid: number): number {
  const status = `/proc/${pid}/status`;
  if (existsSync(status)) {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'))?.[1];
    return Math.round(Number(kb) / 1024);
  }
  const kb = execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
  return Math.round(Number(kb.trim()) / 1024);
}

/** HeapProfiler.collectGarbage, then Runtime.getHeapUsage: the JS heap in use after a full GC, in MB. */
async function collectGarbage(inspectorUrl: string): Promise<number> {
  const [, usage] = await inspect(inspectorUrl, [
    { method: 'HeapProfiler.collectGarbage' },
    { method: 'Runtime.getHeapUsage' },
  ]);
  return Math.round(Number(usage?.usedSize ?? 0) / 1024 / 1024);
}
