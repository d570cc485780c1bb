import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../neo4j/local/local-neo4j.js';
import { runCli } from './run.js';

/** `npm run neo4j:start|stop|status`: the long-lived local Neo4j ("dev") that seed and start use. */
async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.log);
  const { dir, port, heap, password } = config.neo4j.local;
  const instance = 'dev';
  if (config.neo4j.external && command !== 'status') {
    logger.warn('NEO4J_URI is set, so Accord does not use the local Neo4j', {
      uri: config.neo4j.external.uri,
    });
  }
  switch (command) {
    case 'start':
      await startLocalNeo4j({ dir, instance, port, heap, password, logger });
      return 0;
    case 'stop':
      if (!(await stopLocalNeo4j({ dir, instance, logger })))
        logger.info('local Neo4j was not running');
      return 0;
    case 'status': {
      const status = localNeo4jStatus({ dir, instance });
      logger.info(status ? 'local Neo4j running' : 'local Neo4j not running', status ?? {});
      return status ? 0 : 3;
    }
    default:
      logger.error('usage: tsx src/cli/neo4j.ts start|stop|status', { command });
      return 2;
  }
}

runCli(() => main(process.argv[2]));
