import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { ArticleLoadError, LoadRejectedError, loadDirectory } from '../ingest/loader.js';
import { createLogger } from '../logger.js';
import { resolveNeo4j } from '../neo4j/connection.js';
import { createExecutor } from '../neo4j/driver.js';

/** `npm run seed [-- --dir <folder>]`: checks every article of the folder, then loads each atomically. */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { dir: { type: 'string', default: 'seeds' } },
    strict: true,
  });
  const config = loadConfig();
  const logger = createLogger(config.log);
  const connection = await resolveNeo4j({ config, logger, purpose: 'app' });
  const executor = createExecutor(connection, config, logger);
  try {
    const started = Date.now();
    const results = await loadDirectory(executor, values.dir ?? 'seeds', logger);
    logger.info('seed complete', {
      dir: values.dir,
      articles: results.length,
      ms: Date.now() - started,
    });
    return 0;
  } catch (error) {
    if (error instanceof LoadRejectedError || error instanceof ArticleLoadError) {
      logger.error('seed rejected', { dir: values.dir, reason: error.name });
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await executor.close();
    await connection.release();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(
      `${error instanceof ConfigError ? '' : `${error.name}: `}${error.message}\n`,
    );
    process.exit(1);
  },
);
