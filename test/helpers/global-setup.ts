import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { type Neo4jConnection, resolveNeo4j } from '../../src/neo4j/connection.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Pick<Neo4jConnection, 'uri' | 'username' | 'password' | 'database' | 'source'>;
  }
}

/**
 * Resolves the Neo4j the integration tests use, once per run: NEO4J_URI, else
 * a Testcontainers Neo4j when a Docker engine answers, else a local Neo4j
 * instance of its own (not the one `npm run seed` uses), stopped at the end.
 */
export default async function setup(project: TestProject) {
  const config = loadConfig();
  const logger = createLogger({ level: 'info', format: 'pretty' });
  const connection = await resolveNeo4j({ config, logger, purpose: 'test' });
  logger.info('integration tests use Neo4j', { source: connection.source, uri: connection.uri });
  const { uri, username, password, database, source } = connection;
  project.provide('neo4j', { uri, username, password, database, source });
  return async () => {
    await connection.release();
  };
}
