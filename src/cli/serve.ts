import { loadConfig } from '../config.js';
import { SourceFileError } from '../ingest/article-source.js';
import { ArticleLoadError, LoadRejectedError } from '../ingest/loader.js';
import { createLogger } from '../logger.js';
import { serve } from '../server.js';

/**
 * `npm start`: loads seeds/ and serves the GraphQL API with GraphiQL at
 * http://localhost:4000/graphql (PORT, HOST). Runs until SIGINT or SIGTERM.
 */
const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
})();
const logger = createLogger(config.log);

serve(config, logger).catch((error: Error) => {
  const expected =
    error instanceof LoadRejectedError ||
    error instanceof SourceFileError ||
    error instanceof ArticleLoadError;
  logger.error('Accord could not start', { reason: error.name });
  process.stderr.write(`${expected ? '' : `${error.name}: `}${error.message}\n`);
  process.exit(1);
});
