import neo4j from 'neo4j-driver';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Neo4jConnection } from './connection.js';
import { Executor, type StatementObserver, type StatementTracer } from './executor.js';

/** Opens a driver on a resolved connection and wraps it in the executor (`observe`: see ExecutorOptions). */
export function createExecutor(
  connection: Neo4jConnection,
  config: Config,
  logger: Logger,
  observe?: StatementObserver,
  trace?: StatementTracer,
): Executor {
  const driver = neo4j.driver(
    connection.uri,
    neo4j.auth.basic(connection.username, connection.password),
    {
      disableLosslessIntegers: false,
      // Below the API's deadline, so that an unreachable Neo4j or a full pool
      // is reported as such (503) before the request times out.
      connectionAcquisitionTimeout: config.deadlines.acquisitionMs,
      connectionTimeout: config.deadlines.connectionMs,
      // The loader's retries; API reads under a deadline do not retry (executor.ts).
      maxTransactionRetryTime: 5_000,
      logging: {
        level: 'warn',
        logger: (level, message) =>
          logger[level === 'error' ? 'error' : 'warn']('neo4j driver', { message }),
      },
    },
  );
  return new Executor(driver, {
    database: connection.database,
    txTimeoutMs: config.neo4j.txTimeoutMs,
    uri: connection.uri,
    logger,
    observe,
    trace,
  });
}
