import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../src/bench/load-csv.js';
import { MIGRATION_LABEL } from '../src/graph/vocabulary.js';
import { loadDirectory } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { useTestDatabase } from './helpers/neo4j.js';
import { tempDir } from './helpers/temp-dir.js';

/**
 * bench:load's reference exports the graph the loader made, then has the
 * server LOAD CSV it. The export must carry every node and relationship, each
 * in the file of its label or of its type and end labels: the reference is
 * only fair if it loads the same graph.
 */
const db = useTestDatabase();
const dir = tempDir('export');

describe('exporting the graph to CSV', () => {
  it('writes every node and relationship of the seeded graph, by label and by type', async () => {
    await loadDirectory(await db.reset(), 'seeds', silentLogger);
    const files = await exportGraph(await db.executor(), dir);

    // The migrations' bookkeeping is not the model's: the reference's empty
    // database gets its own when the schema is applied.
    const byLabel = await db.query(
      `MATCH (n) WHERE NOT n:${MIGRATION_LABEL} RETURN labels(n)[0] AS label, count(n) AS n`,
    );
    const exportedNodes = Object.fromEntries(
      files.flatMap((f) => (f.node ? [[f.node.label, f.rows]] : [])),
    );
    expect(exportedNodes).toEqual(
      Object.fromEntries(byLabel.map((r) => [String(r.label), Number(r.n)])),
    );
    expect(exportedNodes.Company).toBeGreaterThan(0);

    const byType = await db.query(
      'MATCH (a)-[r]->(b) RETURN type(r) + " " + labels(a)[0] + "→" + labels(b)[0] AS key, count(r) AS n',
    );
    const exportedRelationships = Object.fromEntries(
      files.flatMap((f) =>
        f.relationship
          ? [[`${f.relationship.type} ${f.relationship.from}→${f.relationship.to}`, f.rows]]
          : [],
      ),
    );
    expect(exportedRelationships).toEqual(
      Object.fromEntries(byType.map((r) => [String(r.key), Number(r.n)])),
    );

    // A file holds its header and one line per row, with each value as stored.
    const companies = files.find((f) => f.node?.label === 'Company');
    if (!companies) throw new Error('no Company file');
    const text = readFileSync(companies.file, 'utf8');
    expect(text.split('\n')[0]).toBe(companies.columns.map((c) => c.name).join(','));
    expect(text).toContain('"Bolloré"');
  });
});
