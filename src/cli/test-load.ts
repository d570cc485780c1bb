import { parseArgs } from 'node:util';
import { loadReportText, writeLoadReport } from '../bench/load-report.js';
import { runLoad } from '../bench/load-run.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { resolveNeo4j } from '../neo4j/connection.js';
import { runCli } from './run.js';

/**
 * `npm run test:load [-- --duration 20]`: starts Accord (NODE_ENV=production)
 * in a child process on a throwaway local Neo4j (or NEO4J_URI), loads the
 * seeds, and for a fixed time sends the README's questions together with the
 * abuses of issue 8; then the fairness probe and the memory check. Prints a
 * table, writes reports/load-<date>.json, and exits 1 when a README question
 * got a 5xx. `--smoke` is the 3-second form.
 */

const USAGE = 'usage: npm run test:load [-- --duration <seconds>] [--smoke]';

function parseOptions(): { durationS: number; smoke: boolean } | string {
  try {
    const { values } = parseArgs({
      options: { duration: { type: 'string' }, smoke: { type: 'boolean', default: false } },
      strict: true,
    });
    const raw = values.duration ?? (values.smoke ? '3' : '20');
    const durationS = Number(raw);
    if (!Number.isInteger(durationS) || durationS < 1 || durationS > 3_600) {
      return `--duration must be a whole number of seconds from 1 to 3600, got "${raw}"`;
    }
    return { durationS, smoke: values.smoke ?? false };
  } catch (error) {
    return (error as Error).message;
  }
}

async function main(): Promise<number> {
  const options = parseOptions();
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger(config.log);
  const connection = await resolveNeo4j({ config, logger, purpose: 'bench' });
  try {
    const report = await runLoad({
      neo4j: connection,
      durationS: options.durationS,
      idleMs: options.smoke ? 1_000 : 3_000,
      fairnessRounds: options.smoke ? 1 : 3,
      log: (line) => logger.info(`test:load: ${line}`),
    });
    process.stdout.write(loadReportText(report, writeLoadReport(report)));
    return report.passed ? 0 : 1;
  } finally {
    await connection.release();
  }
}

runCli(main);
