import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { fetchClasspath } from '../src/neo4j/local/local-neo4j.js';

/**
 * docker-compose.yml as Docker would take it, with no Docker engine: compose's
 * own parser (compose-go, run with the installed Go) reads and validates the
 * file; the Neo4j image's rule turns the neo4j service's NEO4J_* variables into
 * settings, which Neo4j 5.26's strict validation (from the Maven jars, on the
 * installed Java) must accept; and Accord's service environment must pass
 * Accord's own configuration check.
 */
const HERE = resolve('test/compose');
const PASSWORD = 'compose-test-password';

interface ComposeService {
  environment?: Record<string, string | null>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}

function composeConfig(): { services: Record<string, ComposeService> } {
  const out = execFileSync('go', ['run', '.', resolve('docker-compose.yml')], {
    cwd: HERE,
    env: { ...process.env, NEO4J_PASSWORD: PASSWORD },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out);
}

/**
 * The neo4j image's docker-entrypoint.sh: every NEO4J_* variable but the
 * image's own becomes a setting, `_` turning into `.` and `__` into `_`
 * (NEO4J_server_memory_heap_max__size → server.memory.heap.max_size).
 */
const IMAGE_VARIABLES = new Set([
  'NEO4J_AUTH',
  'NEO4J_SHA256',
  'NEO4J_TARBALL',
  'NEO4J_EDITION',
  'NEO4J_ACCEPT_LICENSE_AGREEMENT',
  'NEO4J_HOME',
  'NEO4J_PLUGINS',
]);
function imageSettings(environment: Record<string, string | null>): string[] {
  return Object.entries(environment)
    .filter(([name, value]) => name.startsWith('NEO4J_') && !IMAGE_VARIABLES.has(name) && value)
    .map(([name, value]) => {
      const setting = name.slice('NEO4J_'.length).replaceAll('__', '\0').replaceAll('_', '.');
      return `${setting.replaceAll('\0', '_')}=${value}`;
    });
}

function neo4jAccepts(settings: string[]): string {
  const classpath = fetchClasspath(resolve(loadConfig({}).neo4j.local.dir), silentLogger);
  try {
    return execFileSync(
      'java',
      ['-cp', classpath, join(HERE, 'CheckNeo4jConfig.java'), ...settings],
      { encoding: 'utf8' },
    ).trim();
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error).trim();
  }
}

describe('docker-compose.yml', () => {
  let neo4j: ComposeService;
  let accord: ComposeService;
  // The first run on a machine fetches compose-go through the Go proxy and builds it.
  beforeAll(() => {
    const { services } = composeConfig();
    neo4j = services.neo4j ?? {};
    accord = services.accord ?? {};
  }, 300_000);

  it('gives Neo4j only settings that its strict validation accepts', () => {
    expect(neo4j.environment?.NEO4J_AUTH).toBe(`neo4j/${PASSWORD}`);
    expect(neo4jAccepts(imageSettings(neo4j.environment ?? {}))).toBe('valid');
    // The check can fail: the variable the file used to set is refused.
    expect(neo4jAccepts(imageSettings({ ...neo4j.environment, NEO4J_PASSWORD: PASSWORD }))).toMatch(
      /^invalid: Unrecognized setting\. No declared setting with name: PASSWORD/,
    );
  }, 180_000);

  it("checks Neo4j's health with the password NEO4J_AUTH holds", () => {
    const test = neo4j.healthcheck?.test.join(' ') ?? '';
    expect(test).toContain('cypher-shell');
    const passwordExpression = /-p "\$\{NEO4J_AUTH#neo4j\/\}"/;
    expect(test).toMatch(passwordExpression);
    expect(test).not.toContain('NEO4J_PASSWORD');
  });

  it('starts Accord once Neo4j is healthy, with a configuration Accord accepts', () => {
    expect(accord.depends_on?.neo4j?.condition).toBe('service_healthy');
    const environment = Object.fromEntries(
      Object.entries(accord.environment ?? {}).map(([k, v]) => [k, v ?? '']),
    );
    const config = loadConfig(environment);
    expect(config.neo4j.external).toEqual({
      uri: 'bolt://neo4j:7687',
      username: 'neo4j',
      password: PASSWORD,
    });
    expect(config.server.host).toBe('0.0.0.0');
  });
});
