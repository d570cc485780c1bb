import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MIGRATION_LABEL } from '../graph/vocabulary.js';
import type { Logger } from '../logger.js';
import type { Executor } from './executor.js';
import { applyMigrations } from './migrations/index.js';

/** schema/constraints.cypher, the idempotent constraints and indexes of the model. */
export const CONSTRAINTS_FILE = fileURLToPath(
  new URL('../../schema/constraints.cypher', import.meta.url),
);

/** The statements of a Cypher script: comments dropped, split on `;` at line ends. */
export function splitCypherScript(script: string): string[] {
  return script
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

/**
 * Applies every constraint and index (a no-op when they exist), waits until
 * indexes are online, then brings the stored model up to date (migrations/).
 */
export async function applySchema(executor: Executor, logger: Logger): Promise<number> {
  const statements = splitCypherScript(readFileSync(CONSTRAINTS_FILE, 'utf8'));
  for (const cypher of statements) {
    await executor.query({ cypher }, 'WRITE');
  }
  await executor.query({ cypher: 'CALL db.awaitIndexes(300)' });
  logger.debug('schema applied', { statements: statements.length });
  await applyMigrations(executor, logger);
  return statements.length;
}

/**
 * How many nodes of the model the database holds: what "empty" means to a
 * loader or a benchmark, the migrations' own bookkeeping left out.
 */
export async function modelNodeCount(executor: Executor): Promise<number> {
  const [row] = await executor.query<{ n: number }>({
    cypher: `MATCH (n) WHERE NOT n:${MIGRATION_LABEL} RETURN count(n) AS n`,
  });
  return Number(row?.n ?? 0);
}
