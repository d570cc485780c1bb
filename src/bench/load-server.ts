import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
  /** The child's resident memory now, in MB. */
  rssMb(): number;
  /** A full garbage collection in the child (through its inspector, on loopback); resolves to the JS heap in use after it, in MB (0 without an inspector). */
  collectGarbage(): Promise<number>;
  /** SIGTERM, then SIGKILL past 15 s; resolves to the exit code. */
  stop(): Promise<number | null>;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

type LogLine = Record<string, unknown> & { msg?: string };

/**
 * Starts `src/cli/serve.ts` with tsx on a free loopback port against `neo4j`,
 * loading the seed folder, and resolves once it says "Accord is ready". `env`
 * adds to (and wins over) what the child is given. The inspector listens on
 * a free loopback port so that the test can ask for a GC before it reads RSS.
 */
export async function startAccordChild(
  neo4j: LoadNeo4j,
  env: Record<string, string> = {},
  timeoutMs = 120_000,
): Promise<AccordChild> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--inspect=127.0.0.1:0', '--import', 'tsx', 'src/cli/serve.ts'],
    {
      cwd: ROOT,
      env: {
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
    },
  );
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
        if (line.msg === 'Accord is listening') url = String(line.url);
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
    rssMb: () => residentMb(pid),
    collectGarbage: () => (inspector ? collectGarbage(inspector) : Promise.resolve(0)),
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

/** HeapProfiler.collectGarbage, then Runtime.getHeapUsage, over the DevTools protocol. */
async function collectGarbage(inspectorUrl: string): Promise<number> {
  const socket = new WebSocket(inspectorUrl);
  try {
    return await new Promise<number>((resolve, reject) => {
      socket.addEventListener('open', () => {
        socket.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }));
      });
      socket.addEventListener('message', (event) => {
        const message = JSON.parse(String(event.data)) as {
          id?: number;
          result?: { usedSize?: number };
        };
        if (message.id === 1)
          socket.send(JSON.stringify({ id: 2, method: 'Runtime.getHeapUsage' }));
        if (message.id === 2) resolve(Math.round((message.result?.usedSize ?? 0) / 1024 / 1024));
      });
      socket.addEventListener('error', () => reject(new Error(`no inspector at ${inspectorUrl}`)));
      setTimeout(() => reject(new Error('the GC did not answer within 10 s')), 10_000).unref();
    });
  } finally {
    socket.close();
  }
}
