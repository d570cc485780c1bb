import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CalendarDate } from '../graph/calendar-date.js';
import type { Logger } from '../logger.js';
import { type DatasetState, writeArticle } from './dataset-article.js';
import { DealRegistry } from './dataset-deal-text.js';
import { NameRegistry } from './dataset-names.js';
import {
  buildPlan,
  DEALS_PER_COMPANY,
  type Deal,
  partnerCounts,
  ZIPF_EXPONENT,
} from './dataset-plan.js';
import { buildUniverse } from './dataset-universe.js';

/**
 * `npm run generate`: a folder of articles in the layout of seeds/, the same
 * bytes for the same company count and seed. Articles are written one at a
 * time (nothing holds the whole text), then a manifest summarises the run.
 *
 * Layout: `<out>/articles/NAME.txt` + `NAME.yaml`, and `<out>/manifest.json`.
 * The manifest stays out of the articles' folder because the loader reads
 * every .json there as an extraction file.
 */

/** The folder of `out` that holds the articles: what `npm run seed -- --dir` takes. */
export function articlesDir(out: string): string {
  return join(out, 'articles');
}

export interface GenerateOptions {
  companies: number;
  seed: number;
  out: string;
  /** Write into a folder that is not empty, deleting a previous generated dataset first. */
  force?: boolean;
  logger: Logger;
}

export interface Manifest {
  generator: string;
  companies: number;
  seed: number;
  parameters: { dealsPerCompany: number; zipfExponent: number };
  articles: { total: number; deals: number; briefs: number; fr: number; en: number };
  partnerships: number;
  partnershipsByKind: Record<string, number>;
  followUps: number;
  people: number;
  authors: number;
  sectors: number;
  places: number;
  partners: {
    max: number;
    p99: number;
    p90: number;
    median: number;
    mean: number;
    withoutPartners: number;
    top: { id: string; name: string; partners: number }[];
  };
  firstDate: string;
  lastDate: string;
  /** Size of the articles' text and extraction files. */
  bytes: number;
}

/** A folder the generator may not write into; the message says why. */
export class OutputFolderError extends Error {
  override name = 'OutputFolderError';
}

/** Files a previous run wrote in the articles' folder, which --force deletes. */
const GENERATED = /^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.(txt|yaml)$/;
const FIRST_DAY = Date.UTC(2012, 0, 2);
const LAST_DAY = Date.UTC(2025, 11, 31);

function prepareFolder(out: string, force: boolean, logger: Logger): void {
  const entries = existsSync(out) ? readdirSync(out) : [];
  if (entries.length > 0 && !force)
    throw new OutputFolderError(
      `--out ${out} is not empty (${entries.length} entries); pass --force to replace a generated dataset there`,
    );
  const dir = articlesDir(out);
  const old = existsSync(dir) ? readdirSync(dir).filter((e) => GENERATED.test(e)) : [];
  for (const e of old) rmSync(join(dir, e));
  rmSync(join(out, 'manifest.json'), { force: true });
  if (old.length > 0) logger.info('previous dataset deleted', { out, files: old.length });
  mkdirSync(dir, { recursive: true });
}

function dayOf(index: number, total: number): CalendarDate {
  const span = (LAST_DAY - FIRST_DAY) / 86_400_000;
  const d = new Date(FIRST_DAY + Math.floor((index * span) / Math.max(1, total)) * 86_400_000);
  return CalendarDate.of(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) as CalendarDate;
}

function quantile(sorted: Uint32Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function partnerSummary(state: DatasetState, deals: Deal[]): Manifest['partners'] {
  const counts = partnerCounts(deals, state.universe.companies.length);
  const sorted = Uint32Array.from(counts).sort();
  const top = [...counts.keys()]
    .sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b)
    .slice(0, 10)
    .map((i) => ({
      id: state.universe.companies[i]?.id ?? '',
      name: state.universe.companies[i]?.name ?? '',
      partners: counts[i] ?? 0,
    }));
  const total = counts.reduce((sum, c) => sum + c, 0);
  return {
    max: sorted[sorted.length - 1] ?? 0,
    p99: quantile(sorted, 0.99),
    p90: quantile(sorted, 0.9),
    median: quantile(sorted, 0.5),
    mean: Number((total / Math.max(1, counts.length)).toFixed(2)),
    withoutPartners: counts.filter((c) => c === 0).length,
    top,
  };
}

/** Generates the dataset into `out`, logging progress, and returns (and writes) its manifest. */
export function generateDataset(options: GenerateOptions): Manifest {
  const { companies, seed, out, logger } = options;
  prepareFolder(out, options.force ?? false, logger);
  const started = performance.now();
  const universe = buildUniverse(companies, seed);
  const plan = buildPlan(universe, seed);
  logger.info('dataset planned', {
    companies,
    people: universe.people.length,
    deals: plan.deals.length,
    articles: plan.articles.length,
    ms: Math.round(performance.now() - started),
  });
  const state: DatasetState = {
    seed,
    universe,
    plan,
    described: new Uint8Array(companies),
    deals: new DealRegistry(),
    projects: new NameRegistry(),
  };
  const languages = { fr: 0, en: 0 };
  const places = new Set<string>();
  const sectors = new Set<string>();
  let bytes = 0;
  let lastLog = performance.now();
  const total = plan.articles.length;
  plan.articles.forEach((article, i) => {
    const written = writeArticle(state, article, i, dayOf(i, total));
    writeFileSync(join(articlesDir(out), `${written.stem}.txt`), written.text);
    writeFileSync(join(articlesDir(out), `${written.stem}.yaml`), written.extraction);
    bytes += Buffer.byteLength(written.text) + Buffer.byteLength(written.extraction);
    languages[written.language]++;
    for (const p of written.places) places.add(p);
    for (const s of written.sectors) sectors.add(s);
    const now = performance.now();
    if (now - lastLog > 2000 || i + 1 === total) {
      lastLog = now;
      const seconds = (now - started) / 1000;
      logger.info('articles written', {
        progress: `${i + 1}/${total}`,
        perSecond: Math.round((i + 1) / seconds),
      });
    }
  });

  const byKind: Record<string, number> = {};
  for (const d of plan.deals) byKind[d.kind] = (byKind[d.kind] ?? 0) + 1;
  const manifest: Manifest = {
    generator: 'accord dataset generator 1',
    companies,
    seed,
    parameters: { dealsPerCompany: DEALS_PER_COMPANY, zipfExponent: ZIPF_EXPONENT },
    articles: {
      total,
      deals: plan.articles.filter((a) => a.type === 'deals').length,
      briefs: plan.articles.filter((a) => a.type === 'briefs').length,
      ...languages,
    },
    partnerships: plan.deals.length,
    partnershipsByKind: byKind,
    followUps: plan.articles.reduce((n, a) => n + (a.type === 'deals' ? a.followUps.length : 0), 0),
    people: universe.people.length,
    authors: universe.authors.length,
    sectors: sectors.size,
    places: places.size,
    partners: partnerSummary(state, plan.deals),
    firstDate: dayOf(0, total).toString(),
    lastDate: dayOf(total - 1, total).toString(),
    bytes,
  };
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
