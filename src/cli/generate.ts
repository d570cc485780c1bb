import { parseArgs } from 'node:util';
import { articlesDir, generateDataset, OutputFolderError } from '../bench/dataset-generator.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { runCli } from './run.js';

const USAGE = 'usage: npm run generate -- --companies <N> --seed <S> --out <folder> [--force]';

/** Company counts the generator accepts: enough for deals, and what fits in memory. */
const MIN_COMPANIES = 10;
const MAX_COMPANIES = 2_000_000;

class UsageError extends Error {}

function integer(name: string, value: string | undefined, min: number, max: number): number {
  const n = Number(value);
  if (value === undefined || !/^\d+$/.test(value) || n < min || n > max)
    throw new UsageError(
      `--${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(value ?? '')}`,
    );
  return n;
}

/**
 * `npm run generate -- --companies N --seed S --out <folder> [--force]`: writes
 * a synthetic dataset (articles under <folder>/articles, a summary in
 * <folder>/manifest.json), the same bytes for the same N and S.
 */
async function main(): Promise<number> {
  let options: { companies: number; seed: number; out: string; force: boolean };
  try {
    const { values } = parseArgs({
      options: {
        companies: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
      },
      strict: true,
    });
    if (!values.out) throw new UsageError('--out is required: the folder to write the dataset to');
    options = {
      companies: integer('companies', values.companies, MIN_COMPANIES, MAX_COMPANIES),
      seed: integer('seed', values.seed, 0, 4_294_967_295),
      out: values.out,
      force: values.force ?? false,
    };
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger(config.log);
  const started = performance.now();
  try {
    const manifest = generateDataset({ ...options, logger });
    const seconds = (performance.now() - started) / 1000;
    const p = manifest.partners;
    logger.info('dataset generated', {
      out: options.out,
      seconds: Number(seconds.toFixed(1)),
      megabytes: Number((manifest.bytes / 1e6).toFixed(1)),
    });
    process.stdout.write(
      [
        `generated ${options.out} (seed ${manifest.seed}) in ${seconds.toFixed(1)} s, ${(manifest.bytes / 1e6).toFixed(1)} MB`,
        `  companies ${manifest.companies}, people ${manifest.people}, authors ${manifest.authors}`,
        `  articles ${manifest.articles.total} (${manifest.articles.deals} deal round-ups, ${manifest.articles.briefs} briefs; ${manifest.articles.fr} fr, ${manifest.articles.en} en)`,
        `  partnerships ${manifest.partnerships} (+${manifest.followUps} follow-ups)`,
        `  partners per company: max ${p.max} (${p.top[0]?.name ?? '-'}), p99 ${p.p99}, p90 ${p.p90}, median ${p.median}, mean ${p.mean}, none ${p.withoutPartners}`,
        `  load with: npm run seed -- --dir ${articlesDir(options.out)}`,
        '',
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    if (!(error instanceof OutputFolderError)) throw error;
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    return 2;
  }
}

runCli(main);
