import { MIGRATION_LABEL } from '../../graph/vocabulary.js';
import type { Logger } from '../../logger.js';
import type { Executor, Tx } from '../executor.js';
import { valuesPerArticle } from './001-values-per-article.js';
import { partnershipReports } from './002-partnership-reports.js';
import { partnershipNamesMigration } from './003-partnership-names.js';
import { entityNames } from './004-entity-names.js';

/**
 * A change to the stored model, brought to a database loaded by an earlier
 * version of Accord. `up` runs in one write transaction and must be
 * idempotent: run on a database that already has the change (or is empty),
 * it changes nothing.
 */
export interface Migration {
  /** `NNN-kebab-name`, ordered: migrations run in the order of MIGRATIONS. */
  id: string;
  /** One line: what changes and why. */
  description: string;
  /** Applies the change; returns how many nodes and relationships it touched (for the log). */
  up(tx: Tx): Promise<number>;
}

/** Every migration, oldest first. Append; never reorder or edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  valuesPerArticle,
  partnershipReports,
  partnershipNamesMigration,
  entityNames,
];

/**
 * Applies the migrations the database has not had, in order, each in its own
 * transaction with its `Migration {id}` record, so a crash between two leaves
 * the first recorded and the second to run again. Run after the constraints
 * (schema.ts), by `npm run seed` and `npm start`. Returns the ids applied.
 */
export async function applyMigrations(
  executor: Executor,
  logger: Logger,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<string[]> {
  const rows = await executor.query<{ id: string }>({
    cypher: `MATCH (m:${MIGRATION_LABEL}) RETURN m.id AS id`,
  });
  const done = new Set(rows.map((row) => row.id));
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.id)) continue;
    const started = performance.now();
    const touched = await executor.write(
      async (tx) => {
        const count = await migration.up(tx);
        await tx.run({
          cypher: `MERGE (m:${MIGRATION_LABEL} {id: $id}) ON CREATE SET m.appliedAt = datetime(), m.description = $description`,
          params: { id: migration.id, description: migration.description },
        });
        return count;
      },
      { metadata: { purpose: 'migration', migration: migration.id } },
    );
    logger.info('migration applied', {
      migration: migration.id,
      touched,
      ms: Math.round(performance.now() - started),
    });
    applied.push(migration.id);
  }
  return applied;
}
