import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { loadDirectory } from '../ingest/loader.js';
import { createLogger } from '../logger.js';
import { resolveNeo4j } from '../neo4j/connection.js';
import { createExecutor } from '../neo4j/driver.js';
import { dumpGraph } from '../neo4j/graph-dump.js';
import { modelNodeCount } from '../neo4j/schema.js';
import { runCli } from './run.js';

const USAGE = 'usage: npx tsx src/cli/dump-graph.ts --out <file.json> [--dir <folder>]...';

/**
 * Loads folders into a throwaway Neo4j with this version's loader (one article
 * per transaction) and writes the graph as JSON (graph-dump.ts): the stored
 * model of this version, for testing migrations from it.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, dir: { type: 'string', multiple: true } },
    strict: true,
  });
  if (!values.out) {
    process.stderr.write(`--out is required\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger(config.log);
  const connection = await resolveNeo4j({ config, logger, purpose: 'bench' });
  const executor = createExecutor(connection, config, logger);
  try {
    const row = await modelNodeCount(executor);
    if (row > 0)
      throw new Error(`${connection.uri} is not empty: dump-graph loads into an empty database`);
    for (const dir of values.dir ?? []) await loadDirectory(executor, dir, logger);
    const dump = await dumpGraph(executor);
    writeFileSync(values.out, `${JSON.stringify(dump, null, 1)}\n`);
    logger.info('graph dumped', {
      out: values.out,
      nodes: dump.nodes.length,
      relationships: dump.relationships.length,
    });
    return 0;
  } finally {
    await executor.close();
    await connection.release();
  }
}

runCli(main);
