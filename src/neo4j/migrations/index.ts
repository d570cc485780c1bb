import { assertNodeLabel, MIGRATION_LABEL, type NodeLabel } from '../../graph/vocabulary.js';
import type { Logger } from '../../logger.js';
import type { Executor, Tx } from '../executor.js';
import { valuesPerArticle } from './001-values-per-article.js';
import { partnershipReports } from './002-partnership-reports.js';
import { partnershipNamesMigration } from './003-partnership-names.js';
import { entityNames } from './004-entity-names.js';

interface MigrationInfo {
  /** `NNN-kebab-name`, ordered: migrations run in the order of MIGRATIONS. */
  id: string;
  /** One line: what changes and why. */
  description: string;
}

/**
 * A change to the stored model, brought to a database loaded by an earlier
 * version of Accord, in one write transaction. It must be idempotent: run on
 * a database that already has the change (or is empty), it changes nothing.
 */
export interface WholeMigration extends MigrationInfo {
  /** Applies the change; returns how many nodes and relationships it touched (for the log). */
  up(tx: Tx): Promise<number>;
}

/** Nodes of one label, by id: what one step of a paged migration migrates. */
export interface NodePage {
  label: NodeLabel;
  ids: string[];
}

/**
 * A change to every node of some labels and what hangs off them, applied a
 * page of nodes at a time, each page in its own write transaction. A graph of
 * millions of nodes fits neither one transaction nor its timeout
 * (NEO4J_TX_TIMEOUT_MS); a page does. `up` migrates its page's nodes whole
 * (all their edges, then the nodes settled from them) and is idempotent, so a
 * crash between pages loses nothing and the next start walks again, the
 * pages done costing a read each.
 */
export interface PagedMigration extends MigrationInfo {
  /** The labels whose nodes are walked, in this order, each in the order of its id index. */
  walks: readonly NodeLabel[];
  /** Migrates the page; returns how many nodes and relationships it touched. */
  up(tx: Tx, page: NodePage): Promise<number>;
}

export type Migration = WholeMigration | PagedMigration;

export interface MigrationOptions {
  /** Most nodes in a page of a paged migration. @default 1000 */
  pageSize?: number;
  /**
   * Most relationships of a page's nodes, counted all together: a page ends
   * before the node that would pass it, unless that node is the page's first,
   * so that a page of 48 sectors mentioned 500,000 times becomes many pages,
   * and a node with more relationships than this is a page of its own. @default 20000
   */
  pageRelationships?: number;
  /** Time between progress lines of a paged migration. @default 5000 */
  logEveryMs?: number;
}

/**
 * Every migration, oldest first. Append; never reorder one that has shipped,
 * nor change what it changes (how it runs may change: 002, 003 and 004 were
 * made paged once a graph of 100k companies outgrew one transaction).
 */
export const MIGRATIONS: readonly Migration[] = [
  valuesPerArticle,
  partnershipReports,
  partnershipNamesMigration,
  entityNames,
];

/**
 * Applies the migrations the database has not had, in order, each recorded
 * by a `Migration {id}` node once the whole of it is done: a crash in the
 * middle leaves it unrecorded, to run again (from the start, which finds the
 * work done already). Run after the constraints (schema.ts), by
 * `npm run seed` and `npm start`. Returns the ids applied.
 */
export async function applyMigrations(
  executor: Executor,
  logger: Logger,
  migrations: readonly Migration[] = MIGRATIONS,
  options: MigrationOptions = {},
): Promise<string[]> {
  const rows = await executor.query<{ id: string }>({
    cypher: `MATCH (m:${MIGRATION_LABEL}) RETURN m.id AS id`,
  });
  const done = new Set(rows.map((row) => row.id));
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.id)) continue;
    const started = performance.now();
    const touched = await runMigration(executor, logger, migration, options);
    await executor.write(
      (tx) =>
        tx.run({
          cypher: `MERGE (m:${MIGRATION_LABEL} {id: $id}) ON CREATE SET m.appliedAt = datetime(), m.description = $description`,
          params: { id: migration.id, description: migration.description },
        }),
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

/**
 * Runs one migration, whether or not the database records it, and returns
 * how many nodes and relationships it touched: 0 on a database that has the
 * change. applyMigrations records it; tests run it again to show it is idempotent.
 */
export async function runMigration(
  executor: Executor,
  logger: Logger,
  migration: Migration,
  { pageSize = 1000, pageRelationships = 20_000, logEveryMs = 5000 }: MigrationOptions = {},
): Promise<number> {
  const metadata = { purpose: 'migration', migration: migration.id };
  if (!('walks' in migration)) return executor.write((tx) => migration.up(tx), { metadata });
  // What the walk will read, for its progress: its nodes and their relationships.
  const [sizes] = await executor.query<{ nodes: number; relationships: number }>({
    cypher: `CALL () { ${migration.walks
      .map(
        (label) =>
          `MATCH (n:${assertNodeLabel(label)}) RETURN count(n) AS nodes, sum(COUNT { (n)--() }) AS relationships`,
      )
      .join(' UNION ALL ')} } RETURN sum(nodes) AS nodes, sum(relationships) AS relationships`,
  });
  const total = {
    nodes: Number(sizes?.nodes ?? 0),
    relationships: Number(sizes?.relationships ?? 0),
  };
  const started = performance.now();
  let logged = started;
  const walked = { nodes: 0, relationships: 0 };
  let touched = 0;
  for (const label of migration.walks) {
    let after = '';
    for (;;) {
      const step = await executor.write(
        async (tx) => {
          const page = await nextPage(tx, label, after, pageSize, pageRelationships);
          const count = page.ids.length > 0 ? await migration.up(tx, { label, ids: page.ids }) : 0;
          return { ...page, touched: count };
        },
        { metadata },
      );
      if (step.ids.length === 0) break;
      after = step.ids[step.ids.length - 1] as string;
      walked.nodes += step.ids.length;
      walked.relationships += step.relationships;
      touched += step.touched;
      const now = performance.now();
      if (now - logged >= logEveryMs) {
        logged = now;
        // Time goes with relationships more than nodes: 48 sectors take longer than 30,000 people.
        const perSecond = walked.relationships / ((now - started) / 1000);
        logger.info('migration progress', {
          migration: migration.id,
          label,
          nodes: walked.nodes,
          totalNodes: total.nodes,
          relationships: walked.relationships,
          totalRelationships: total.relationships,
          touched,
          etaSeconds:
            perSecond > 0
              ? Math.round(Math.max(total.relationships - walked.relationships, 0) / perSecond)
              : undefined,
        });
      }
    }
  }
  return touched;
}

/**
 * The ids of the next nodes of `label` after `after`, in the order of the
 * label's id index: at most `limit`, and as many as keep their relationships
 * within `budget` (the first one always), with how many relationships they have.
 */
async function nextPage(
  tx: Tx,
  label: NodeLabel,
  after: string,
  limit: number,
  budget: number,
): Promise<{ ids: string[]; relationships: number }> {
  const rows = await tx.run<{ id: string; degree: number }>({
    cypher: `MATCH (n:${assertNodeLabel(label)}) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, COUNT { (n)--() } AS degree`,
    params: { after, limit },
  });
  const page = { ids: [] as string[], relationships: 0 };
  for (const row of rows) {
    const degree = Number(row.degree);
    if (page.ids.length > 0 && page.relationships + degree > budget) break;
    page.ids.push(row.id);
    page.relationships += degree;
  }
  return page;
}
