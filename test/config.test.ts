import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_MALLOC_MMAP_THRESHOLD, loadConfig } from '../src/config.js';
import { tempDir } from './helpers/temp-dir.js';

describe('loadConfig', () => {
  it('defaults to the local Neo4j when NEO4J_URI is unset', () => {
    const config = loadConfig({});
    expect(config.neo4j.external).toBeUndefined();
    expect(config.neo4j.local).toMatchObject({ port: 7687, dir: '.neo4j' });
  });

  it.each(['bolt://db:7687', 'neo4j://cluster', 'neo4j+s://x.databases.neo4j.io'])(
    'takes %s',
    (uri) => {
      expect(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'p' }).neo4j.external?.uri).toBe(uri);
    },
  );

  it('names every bad variable and its value at once', () => {
    const env = { NEO4J_URI: 'http://db', NEO4J_LOCAL_PORT: '70000', LOG_LEVEL: 'loud' };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('NEO4J_URI="http://db"');
      expect(message).toContain('NEO4J_LOCAL_PORT="70000"');
      expect(message).toContain('LOG_LEVEL="loud"');
    }
  });

  it('reports a missing password together with the other problems', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687', LOG_LEVEL: 'loud' })).toThrow(
      /LOG_LEVEL="loud".*\n {2}NEO4J_PASSWORD="": required when NEO4J_URI is set/,
    );
  });

  it('requires a password with NEO4J_URI', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(
      /NEO4J_PASSWORD.*required when NEO4J_URI is set/,
    );
  });

  it('serves on localhost:4000 and loads seeds/ unless told otherwise', () => {
    expect(loadConfig({}).server).toEqual({ port: 4000, host: 'localhost', seedsDir: 'seeds' });
    expect(loadConfig({ PORT: '0', HOST: '0.0.0.0', LOAD_SEEDS: 'false' }).server).toEqual({
      port: 0,
      host: '0.0.0.0',
      seedsDir: undefined,
    });
  });

  it('names a bad PORT and LOAD_SEEDS', () => {
    expect(() => loadConfig({ PORT: 'http', LOAD_SEEDS: 'yes' })).toThrow(
      /PORT="http".*\n {2}LOAD_SEEDS="yes"/s,
    );
  });
});

describe('loadConfig: the HTTP layer', () => {
  it('keeps everything open outside production, with the limits on', () => {
    expect(loadConfig({}).http).toEqual({
      production: false,
      maxBodyBytes: 102_400,
      maxConcurrentRequests: 32,
      maxQueuedRequests: 100,
      shutdownGraceMs: 10_000,
      graphiql: true,
      introspection: true,
      getQueries: true,
      corsOrigins: '*',
      persistedOperations: undefined,
      persistedOnly: false,
      metrics: { enabled: true, token: undefined },
    });
  });

  it('closes GraphiQL, introspection, GET queries and CORS in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).http).toMatchObject({
      production: true,
      graphiql: false,
      introspection: false,
      getQueries: false,
      corsOrigins: [],
    });
  });

  it('lets each production default be overridden', () => {
    const http = loadConfig({
      NODE_ENV: 'production',
      GRAPHIQL: 'true',
      INTROSPECTION: 'true',
      GET_QUERIES: 'true',
      CORS_ORIGINS: 'https://dash.example.com, http://localhost:5173',
      MAX_BODY_BYTES: '2048',
      MAX_CONCURRENT_REQUESTS: '4',
      MAX_QUEUED_REQUESTS: '0',
    }).http;
    expect(http).toMatchObject({
      graphiql: true,
      introspection: true,
      getQueries: true,
      corsOrigins: ['https://dash.example.com', 'http://localhost:5173'],
      maxBodyBytes: 2048,
      maxConcurrentRequests: 4,
      maxQueuedRequests: 0,
    });
    expect(loadConfig({ GRAPHIQL: 'false', INTROSPECTION: 'false' }).http).toMatchObject({
      graphiql: false,
      introspection: false,
    });
    expect(loadConfig({ NODE_ENV: 'production', CORS_ORIGINS: '*' }).http.corsOrigins).toBe('*');
  });

  it('serves /metrics openly outside production, and in production only behind a token', () => {
    expect(loadConfig({}).http.metrics).toEqual({ enabled: true, token: undefined });
    expect(loadConfig({ NODE_ENV: 'production' }).http.metrics.enabled).toBe(false);
    const token = 'sixteen-chars-long!';
    expect(loadConfig({ NODE_ENV: 'production', METRICS_TOKEN: token }).http.metrics).toEqual({
      enabled: true,
      token,
    });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(
      /METRICS_TOKEN="short": must be at least 16 characters/,
    );
  });

  it('names every bad HTTP setting at once', () => {
    const env = {
      MAX_BODY_BYTES: '10',
      MAX_CONCURRENT_REQUESTS: '0',
      MAX_QUEUED_REQUESTS: '-1',
      GRAPHIQL: 'yes',
      CORS_ORIGINS: 'https://ok.example.com,dash.example.com/path',
      PERSISTED_ONLY: 'true',
    };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    const message = (() => {
      try {
        loadConfig(env);
      } catch (error) {
        return (error as Error).message;
      }
    })();
    for (const name of Object.keys(env).filter((n) => n !== 'PERSISTED_ONLY')) {
      expect(message).toContain(`${name}=${JSON.stringify(env[name as keyof typeof env])}`);
    }
    expect(message).toContain('PERSISTED_OPERATIONS_FILE="": required when PERSISTED_ONLY=true');
    expect(message).toMatch(/CORS_ORIGINS=.*origins such as https:\/\/dash\.example\.com/);
  });

  describe('PERSISTED_OPERATIONS_FILE', () => {
    const dir = tempDir('config');
    const file = (name: string, text: string) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    };

    it('reads the trusted documents by id', () => {
      const path = file('ok.json', JSON.stringify({ abc: '{ company(id: "bollore") { name } }' }));
      const http = loadConfig({ PERSISTED_OPERATIONS_FILE: path, PERSISTED_ONLY: 'true' }).http;
      expect(http.persistedOnly).toBe(true);
      expect({ ...http.persistedOperations }).toEqual({
        abc: '{ company(id: "bollore") { name } }',
      });
    });

    it.each([
      ['missing.json', undefined, /cannot be read \(ENOENT\)/],
      ['bad.json', '{ nope', /is not JSON/],
      ['list.json', '["{ a }"]', /must hold a JSON object/],
      ['number.json', '{"x": 3}', /operation "x" must be a GraphQL document/],
      ['syntax.json', '{"x": "{ company( }"}', /operation "x" does not parse: Syntax Error/],
      ['empty.json', '{}', /holds no operation/],
    ])('refuses %s, saying what is wrong', (name, text, problem) => {
      const path = text === undefined ? join(dir, name) : file(name, text);
      expect(() => loadConfig({ PERSISTED_OPERATIONS_FILE: path, LOG_LEVEL: 'loud' })).toThrow(
        new RegExp(
          `LOG_LEVEL="loud"[\\s\\S]*PERSISTED_OPERATIONS_FILE="${path}": ${problem.source}`,
        ),
      );
    });
  });
});

describe('loadConfig: memory', () => {
  it('reads MALLOC_MMAP_THRESHOLD_, which glibc itself applies, and leaves it unset by default', () => {
    expect(loadConfig({}).memory.mallocMmapThreshold).toBeUndefined();
    expect(loadConfig({ MALLOC_MMAP_THRESHOLD_: '' }).memory.mallocMmapThreshold).toBeUndefined();
    expect(loadConfig({ MALLOC_MMAP_THRESHOLD_: '65536' }).memory.mallocMmapThreshold).toBe(65_536);
  });

  it.each(['32k', '-1', '33554433', '1.5'])(
    'names a MALLOC_MMAP_THRESHOLD_ of %s, which glibc would ignore silently',
    (value) => {
      expect(() => loadConfig({ MALLOC_MMAP_THRESHOLD_: value, LOG_LEVEL: 'loud' })).toThrow(
        new RegExp(`LOG_LEVEL="loud"[\\s\\S]*MALLOC_MMAP_THRESHOLD_="${value}"`),
      );
    },
  );

  // `npm start` sets the threshold in its own shell line; run that line with
  // `node dist/cli/serve.js` swapped for a node that prints what it was given.
  const startScript = (
    JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts.start as string;
  const startedWith = (env: Record<string, string>) => {
    const script = startScript.replace(
      'node dist/cli/serve.js',
      `"${process.execPath}" -e "process.stdout.write(String(process.env.MALLOC_MMAP_THRESHOLD_))"`,
    );
    const inherited = { ...process.env };
    delete inherited.MALLOC_MMAP_THRESHOLD_;
    return execFileSync('sh', ['-c', script], { env: { ...inherited, ...env }, encoding: 'utf8' });
  };

  it('is given its default by `npm start`, and the caller’s value wins', () => {
    expect(startScript).toContain('node dist/cli/serve.js');
    expect(startedWith({})).toBe(String(DEFAULT_MALLOC_MMAP_THRESHOLD));
    expect(startedWith({ MALLOC_MMAP_THRESHOLD_: '131072' })).toBe('131072');
  });

  it('is set to the same default by the Dockerfile’s runtime stage', () => {
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runtime).toMatch(
      new RegExp(`^ENV MALLOC_MMAP_THRESHOLD_=${DEFAULT_MALLOC_MMAP_THRESHOLD}$`, 'm'),
    );
  });
});
