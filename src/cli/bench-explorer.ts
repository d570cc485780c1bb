import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, SOFTWARE_WEBGL } from '../bench/chromium.js';
import { articlesDir, generateDataset } from '../bench/dataset-generator.js';
import { buildExplorerBundle } from '../bench/explorer-bundle.js';
import { measureExplorer } from '../bench/explorer-measure.js';
import { currentLoad, type ExplorerReport, writeExplorerReport } from '../bench/explorer-report.js';
import { loadConfig } from '../config.js';
import { bulkLoadDirectory } from '../ingest/bulk-loader.js';
import { createLogger } from '../logger.js';
import { resolveNeo4j } from '../neo4j/connection.js';
import { createExecutor } from '../neo4j/driver.js';
import { modelNodeCount } from '../neo4j/schema.js';
import { createApp } from '../yoga.js';
import { runCli } from './run.js';

/**
 * `npm run bench:explorer [-- --dataset <folder>] [--runs 3] [--steps 120]`:
 * a generated graph of 10,000 companies (generated with seed 1 unless
 * --dataset names one) loaded into an empty Neo4j (a throwaway one unless
 * NEO4J_URI is set; --reuse takes the database as it is, loaded by an earlier
 * run), the explorer built and served by Accord, and headless
 * Chromium opening the neighbourhood of the company with the most partners:
 * time to first draw, then frame times while panning. Prints the numbers and
 * writes docs/explorer-performance.md (and JSON to reports/).
 */

const USAGE =
  'usage: npm run bench:explorer [-- --dataset <folder>] [--runs <n>] [--steps <n>] [--reuse]';

const HUB = `query BenchExplorerHub { dashboard { companiesByPartners(first: 1) { partners company { id name } } } }`;

async function main(): Promise<number> {
  let values: { dataset?: string; runs: string; steps: string; reuse?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        dataset: { type: 'string' },
        runs: { type: 'string', default: '3' },
        steps: { type: 'string', default: '120' },
        reuse: { type: 'boolean' },
      },
      strict: true,
    }) as { values: typeof values });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const runs = Number(values.runs);
  const steps = Number(values.steps);
  if (!Number.isInteger(runs) || runs < 1 || runs > 50 || !Number.isInteger(steps) || steps < 10) {
    process.stderr.write(`--runs must be 1 to 50 and --steps at least 10\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger(config.log);
  // A dataset made here is removed at the end, with the bundle; a --dataset is the user's.
  const generated = values.dataset === undefined;
  const dataset = values.dataset ?? mkdtempSync(join(tmpdir(), 'accord-bench-explorer-'));
  if (generated) generateDataset({ companies: 10_000, seed: 1, out: dataset, force: true, logger });
  const articles = existsSync(articlesDir(dataset)) ? articlesDir(dataset) : dataset;
  const bundle = await buildExplorerBundle();
  const connection = await resolveNeo4j({ config, logger, purpose: 'bench' });
  const executor = createExecutor(connection, config, logger);
  const browser = await launchChromium(SOFTWARE_WEBGL);
  const server = createServer(createApp({ executor, logger, explorerDir: bundle }));
  try {
    const existing = await modelNodeCount(executor);
    let loadMs: number | null = null;
    if (existing > 0 && !values.reuse)
      throw new Error(
        `the benchmark needs an empty database; ${connection.uri} has ${existing} nodes (--reuse: use what it holds, loaded from the same data set)`,
      );
    if (!values.reuse) {
      const started = performance.now();
      await bulkLoadDirectory(executor, articles, logger, { batchSize: config.load.batchSize });
      loadMs = Math.round(performance.now() - started);
    }
    const [sizes] = await executor.query({
      cypher:
        'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const answer = (await (
      await fetch(`${origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: HUB }),
      })
    ).json()) as {
      data: {
        dashboard: {
          companiesByPartners: { partners: number; company: { id: string; name: string } }[];
        };
      };
    };
    const top = answer.data.dashboard.companiesByPartners[0];
    if (!top) throw new Error('the graph has no company with partners');
    const report: ExplorerReport = {
      date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      dataset: values.dataset
        ? `the data set in ${values.dataset}`
        : 'a data set generated with --companies 10000 --seed 1',
      graph: { nodes: Number(sizes?.nodes), relationships: Number(sizes?.rels), loadMs },
      hub: { id: top.company.id, name: top.company.name, partners: top.partners },
      chromium: `Chromium ${browser.version()}`,
      loadAverage: currentLoad(),
      runs: [],
    };
    for (let i = 0; i < runs; i += 1) {
      const run = await measureExplorer(browser, origin, top.company.id, steps);
      logger.info('bench explorer run', { run: i + 1, ...run.network, ...run.pan });
      report.runs.push(run);
    }
    const path = writeExplorerReport(report);
    process.stdout.write(
      [
        `load average ${report.loadAverage}; explorer on ${report.hub.name} (${report.hub.partners} partners), ${report.graph.nodes} nodes in the graph`,
        ...report.runs.map(
          ({ network: n, pan: p }, i) =>
            `  run ${i + 1}: ${n.nodes} nodes / ${n.edges} links, first draw ${n.firstDrawMs} ms (API ${n.apiMs} ms, layout + draw ${n.layoutAndDrawMs} ms); pan ${p.frames} frames, p50 ${p.p50Ms} ms, p95 ${p.p95Ms} ms, max ${p.maxMs} ms, ${p.fps} fps`,
        ),
        `report: ${path}`,
        '',
      ].join('\n'),
    );
    return 0;
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await browser.close();
    await executor.close();
    await connection.release();
    rmSync(bundle, { recursive: true, force: true });
    if (generated) rmSync(dataset, { recursive: true, force: true });
  }
}

runCli(main);
