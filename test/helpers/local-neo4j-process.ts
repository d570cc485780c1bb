import { readdirSync } from 'node:fs';
import { loadConfig } from '../../src/config.js';
import { localNeo4jStatus } from '../../src/neo4j/local/local-neo4j.js';

/**
 * The pid of the local Neo4j the global setup started and listening at this
 * URI, found by its instance's pid and port files; undefined when the tests
 * use another Neo4j (NEO4J_URI, Testcontainers), which a test cannot stop.
 */
export function localNeo4jPid(uri: string): number | undefined {
  const { dir } = loadConfig({}).neo4j.local;
  let instances: string[];
  try {
    instances = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return undefined;
  }
  const wanted = new URL(uri.replace(/^[a-z+]+:/, 'http:')).port;
  for (const instance of instances) {
    const status = localNeo4jStatus({ dir, instance });
    if (status && new URL(status.uri.replace(/^[a-z+]+:/, 'http:')).port === wanted) {
      return status.pid;
    }
  }
  return undefined;
}
