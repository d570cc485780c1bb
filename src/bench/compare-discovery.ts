import { foldText } from '../graph/text.js';
import {
  Label,
  PARTNERSHIP_EDGE_TYPES,
  PARTNERSHIP_KIND_NAMES,
  type PartnershipKind,
  Rel,
  relTypeAlternatives,
} from '../graph/vocabulary.js';
import type { Logger } from '../logger.js';
import type { Executor, Row } from '../neo4j/executor.js';
import { kindTypes, NEIGHBORHOOD } from './compare-cypher.js';
import { type CompanyPick, type CompareParams, NEIGHBORHOOD_FIRST } from './compare-questions.js';

/**
 * What `npm run bench`'s questions ask about, found in the loaded graph
 * before anything is timed (untimed, straight Cypher): the hub and a median
 * company by partners (among those whose partners Accord lists whole), the commonest kinds of agreement, the largest sector,
 * a common name prefix, a company whose neighbourhood fits a view, two
 * companies a few hops apart and the richest partnership.
 */

type Query = Pick<Executor, 'query'>;

const PARTNER_TYPES = relTypeAlternatives(PARTNERSHIP_EDGE_TYPES);
const COMPANY_TYPES = relTypeAlternatives([...PARTNERSHIP_EDGE_TYPES, Rel.SUBSIDIARY_OF]);

/** Accord lists at most this many partners (`partners(first:)`, 100 at most). */
const LIST_CAP = 100;

/** Where in the ranking by partners the fallbacks for the neighbourhood are taken, in percent. */
const FALLBACK_RANKS = [50, 60, 70, 80, 90, 100];

async function one(executor: Query, cypher: string, params: Record<string, unknown> = {}) {
  const [row] = await executor.query({ cypher, params });
  return row as Row | undefined;
}

/**
 * The biggest hub, and among the companies whose partners Accord lists whole
 * (its lists stop at LIST_CAP, the others' do not): the one with the most
 * partners, the median one and companies further down. A company fits when
 * it has at most LIST_CAP partner edges, and so has each of its partners
 * through `kinds` (partners of partners).
 */
async function ranking(executor: Query, kinds: readonly PartnershipKind[]) {
  const row = await one(
    executor,
    `
MATCH (c:${Label.Company})
WITH c, COUNT { (c)-[:${PARTNER_TYPES}]-(:${Label.Company}) } AS degree
WHERE degree > 0
WITH c, degree,
  degree <= $cap AND all(p IN COLLECT { MATCH (c)-[:${kindTypes(kinds)}]-(p:${Label.Company}) RETURN p }
    WHERE COUNT { (p)-[:${kindTypes(kinds)}]-(:${Label.Company}) } <= $cap) AS fits
ORDER BY degree DESC, c.id
WITH collect({id: c.id, name: c.name, degree: degree, fits: fits}) AS ranked
WITH ranked[0] AS top, [x IN ranked WHERE x.fits | x {.id, .name, .degree}] AS fitting
RETURN top {.id, .name, .degree} AS top, fitting[0] AS hub,
  [p IN $ranks | fitting[toInteger((size(fitting) - 1) * p / 100)]] AS down`,
    { ranks: FALLBACK_RANKS, cap: LIST_CAP },
  );
  const top = row?.top as CompanyPick | null;
  if (!top) throw new Error('the graph has no company with a partner: nothing to benchmark');
  const hub = row?.hub as CompanyPick | null;
  if (!hub)
    throw new Error(
      `every company with a partner has more than ${LIST_CAP} partner edges, or a partner that has: Accord's lists would cut every answer`,
    );
  return { top, hub, down: row?.down as CompanyPick[] };
}

/** The one or two commonest kinds of agreement. */
async function commonKinds(executor: Query): Promise<PartnershipKind[]> {
  const rows = await executor.query({
    cypher: `MATCH (p:${Label.Partnership}) RETURN p.kind AS kind, count(*) AS n ORDER BY n DESC, kind LIMIT 2`,
  });
  const kinds = rows
    .map((r) => r.kind as PartnershipKind)
    .filter((k) => PARTNERSHIP_KIND_NAMES.includes(k));
  if (kinds.length === 0) throw new Error('the graph has no partnership of a known kind');
  return kinds;
}

async function largestSector(executor: Query): Promise<string> {
  const row = await one(
    executor,
    `MATCH (s:${Label.Sector})
RETURN s.id AS id, COUNT { (s)<-[:${Rel.ACTIVE_IN}|${Rel.OFFERS}]-(:${Label.Company}) } AS n
ORDER BY n DESC, id LIMIT 1`,
  );
  if (!row) throw new Error('the graph has no sector');
  return row.id as string;
}

/** The commonest four-letter start of a word in company names (a sample of them). */
async function commonPrefix(executor: Query): Promise<string> {
  const rows = await executor.query({
    cypher: `MATCH (c:${Label.Company}) RETURN c.name AS name ORDER BY c.id LIMIT 5000`,
  });
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const word of foldText(String(row.name)).split(' ')) {
      if (word.length < 4 || !/^\p{L}/u.test(word)) continue;
      const prefix = word.slice(0, 4);
      counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
    }
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!best) throw new Error('no company name has a word of four letters to search for');
  return best[0];
}

/**
 * The first candidate whose neighbourhood at depth 2 fits the view, or the
 * last (the company with the fewest partners) when none does.
 */
async function viewableCompany(executor: Query, candidates: CompanyPick[]): Promise<string> {
  for (const candidate of candidates) {
    const row = await one(executor, NEIGHBORHOOD, {
      id: candidate.id,
      first: NEIGHBORHOOD_FIRST,
    });
    const view = row?.neighborhood as { truncated: boolean } | undefined;
    if (view && !view.truncated) return candidate.id;
  }
  const last = candidates.at(-1);
  if (!last) throw new Error('no company to show the neighbourhood of');
  return last.id;
}

/** A company as far as possible (3, then 4, 2, 1 hops through companies) from `from`. */
async function pathTarget(executor: Query, from: string): Promise<string | undefined> {
  for (const hops of [3, 4, 2, 1]) {
    const near =
      hops > 1
        ? `CALL (a) { MATCH (a)-[:${COMPANY_TYPES}]-{1,${hops - 1}}(n:${Label.Company}) RETURN collect(DISTINCT n) AS near }`
        : 'WITH a, [] AS near';
    const row = await one(
      executor,
      `
MATCH (a:${Label.Company} {id: $from})
${near}
MATCH (a)-[:${COMPANY_TYPES}]-{${hops}}(b:${Label.Company})
WHERE b <> a AND NOT b IN near
RETURN b.id AS id ORDER BY id LIMIT 1`,
      { from },
    );
    if (row) return row.id as string;
  }
  return undefined;
}

async function richestPartnership(executor: Query): Promise<string> {
  const row = await one(
    executor,
    `MATCH (p:${Label.Partnership})
WITH p, COUNT { (p)<-[:${Rel.PARTY_TO}]-() } + COUNT { (p)-[:${Rel.COVERS}|${Rel.TARGETS}|${Rel.INCLUDES}]->() } AS richness
RETURN p.id AS id ORDER BY richness DESC, id LIMIT 1`,
  );
  if (!row) throw new Error('the graph has no partnership');
  return row.id as string;
}

/** Finds every parameter of the questions in the graph behind `executor`. */
export async function discoverParams(executor: Query, logger: Logger): Promise<CompareParams> {
  const kinds = await commonKinds(executor);
  const { top, hub, down } = await ranking(executor, kinds);
  const median = down[0] ?? hub;
  let pathFrom = median.id;
  let pathTo = await pathTarget(executor, pathFrom);
  if (!pathTo) {
    pathFrom = hub.id;
    pathTo = await pathTarget(executor, hub.id);
  }
  if (!pathTo) throw new Error('no two companies of the graph are linked: nothing for paths');
  const params: CompareParams = {
    top,
    hub,
    median,
    kinds,
    sector: await largestSector(executor),
    prefix: await commonPrefix(executor),
    neighborhood: await viewableCompany(executor, down),
    pathFrom,
    pathTo,
    partnership: await richestPartnership(executor),
  };
  logger.info('bench parameters', { ...params, top: top.id, hub: hub.id, median: median.id });
  return params;
}
