import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { type Neo4jConnection, resolveNeo4j } from '../../src/neo4j/connection.js';
import { createExecutor } from '../../src/neo4j/driver.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Pick<Neo4jConnection, 'uri' | 'username' | 'password' | 'database' | 'source'>;
  }
}

const EMPTY = { cypher: 'MATCH (n) DETACH DELETE n' };

/**
 * Resolves the Neo4j the integration tests use, once per run: NEO4J_URI, else
 * a Testcontainers Neo4j when a Docker engine answers, else a local Neo4j
 * instance of its own (not the one `npm run seed` uses), stopped at the end.
 * The tests empty the database: one at NEO4J_URI must be empty to start with
 * (or NEO4J_TEST_WIPE=yes), and is emptied again at the end.
 */
export default async function setup(project: TestProject) {
  const config = loadConfig();
  const logger = createLogger({ level: 'info', format: 'pretty' });
  const connection = await resolveNeo4j({ config, logger, purpose: 'test' });
  logger.info('integration tests use Neo4j', { source: connection.source, uri: connection.uri });
  const external = connection.source === 'external';
  if (external) {
    const executor = createExecutor(connection, config, logger);
    try {
      const [row] = await executor.query({ cypher: 'MATCH (n) RETURN count(n) AS n' });
      if (Number(row?.n) > 0 && !config.neo4j.testsMayWipe) {
        throw new Error(
          `NEO4J_URI=${connection.uri} holds ${row?.n} nodes, and the integration tests delete everything in it. ` +
            'Point NEO4J_URI at an empty database, unset it to use a throwaway one, or set NEO4J_TEST_WIPE=yes.',
        );
      }
    } finally {
      await executor.close();
    }
  }
  const { uri, username, password, database, source } = connection;
  project.provide('neo4j', { uri, username, password, database, source });
  return async () => {
    if (external) {
      const executor = createExecutor(connection, config, logger);
      await executor.query(EMPTY, 'WRITE').finally(() => executor.close());
    }
    await connection.release();
  };
}
