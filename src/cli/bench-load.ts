import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { latency } from '../bench/latency.js';
import { syntheticArticles } from '../bench/synthetic-articles.js';
import { loadConfig } from '../config.js';
import { loadArticle, readArticles } from '../ingest/loader.js';
import { createLogger } from '../logger.js';
import { resolveNeo4j } from '../neo4j/connection.js';
import { createExecutor } from '../neo4j/driver.js';
import { applySchema } from '../neo4j/schema.js';
import { runCli } from './run.js';

/**
 * `npm run bench:load [-- --articles 500]`: generates articles, loads them into
 * an empty Neo4j (a throwaway instance unless NEO4J_URI is set), loads them
 * again, and prints and writes throughput, latency and memory to reports/.
 */

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '300' } } });
  const count = Number(values.articles);
  if (!Number.isInteger(count) || count < 1 || count > 100_000) {
    throw new Error(`--articles must be an integer from 1 to 100000, got "${values.articles}"`);
  }
  const config = loadConfig();
  const logger = createLogger(config.log);
  const dir = mkdtempSync(join(tmpdir(), 'accord-bench-'));
  for (const a of syntheticArticles(count)) {
    writeFileSync(join(dir, `${a.stem}.txt`), a.text);
    writeFileSync(join(dir, `${a.stem}.yaml`), a.extraction);
  }
  const connection = await resolveNeo4j({ config, logger, purpose: 'bench' });
  const executor = createExecutor(connection, config, logger);
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 50);
  try {
    const [existing] = await executor.query({ cypher: 'MATCH (n) RETURN count(n) AS n' });
    if (Number(existing?.n) > 0)
      throw new Error(
        `the benchmark needs an empty database; ${connection.uri} has ${existing?.n} nodes`,
      );

    const checkStart = performance.now();
    const sources = readArticles(dir);
    const checkMs = performance.now() - checkStart;
    await applySchema(executor, logger);

    const pass = async (name: string) => {
      const times: number[] = [];
      const started = performance.now();
      for (const [i, source] of sources.entries()) {
        const t = performance.now();
        await loadArticle(executor, source);
        times.push(performance.now() - t);
        if ((i + 1) % 50 === 0 || i + 1 === sources.length)
          logger.info(`${name} load`, { progress: `${i + 1}/${sources.length}` });
      }
      const totalMs = performance.now() - started;
      const { p50Ms, p95Ms, maxMs } = latency(times);
      return {
        totalMs: Math.round(totalMs),
        articlesPerSecond: Number(((sources.length / totalMs) * 1000).toFixed(1)),
        p50Ms,
        p95Ms,
        maxMs,
      };
    };
    const first = await pass('first');
    const counts = async () => {
      const [row] = await executor.query({
        cypher:
          'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
      });
      return { nodes: Number(row?.nodes), relationships: Number(row?.rels) };
    };
    const afterFirst = await counts();
    const second = await pass('reload');
    const afterSecond = await counts();
    clearInterval(sampler);

    const report = {
      benchmark: 'load',
      date: new Date().toISOString(),
      neo4j: { source: connection.source, uri: connection.uri },
      machine: { node: process.version, platform: process.platform },
      articles: count,
      checkMs: Math.round(checkMs),
      firstLoad: first,
      reload: second,
      graph: afterFirst,
      reloadChangedCounts: JSON.stringify(afterFirst) !== JSON.stringify(afterSecond),
      peakRssMb: Math.round(peakRss / 1024 / 1024),
    };
    mkdirSync('reports', { recursive: true });
    const file = join('reports', `bench-load-${report.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(
      [
        `load benchmark: ${count} articles (${connection.source} Neo4j)`,
        `  check (parse, validate, locate quotes): ${report.checkMs} ms`,
        `  first load:  ${first.totalMs} ms, ${first.articlesPerSecond} articles/s, p50 ${first.p50Ms} ms, p95 ${first.p95Ms} ms, max ${first.maxMs} ms`,
        `  reload:      ${second.totalMs} ms, ${second.articlesPerSecond} articles/s, p50 ${second.p50Ms} ms, p95 ${second.p95Ms} ms`,
        `  graph: ${afterFirst.nodes} nodes, ${afterFirst.relationships} relationships; reload changed counts: ${report.reloadChangedCounts}`,
        `  peak RSS of the loader: ${report.peakRssMb} MB`,
        `  report: ${file}`,
        '',
      ].join('\n'),
    );
    return report.reloadChangedCounts ? 1 : 0;
  } finally {
    clearInterval(sampler);
    await executor.close();
    await connection.release();
    rmSync(dir, { recursive: true, force: true });
  }
}

runCli(main);
