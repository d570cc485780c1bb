import type { ArticleSource } from '../ingest/graph-builder.js';
import type { Logger } from '../logger.js';
import {
  type BenchIds,
  type BenchQuery,
  benchQueries,
  DISCOVERY,
  nextCompanyPage,
  PARTNERSHIP_CANDIDATES,
  PATH_TARGET,
} from './api-queries.js';
import { send, type Transport } from './api-transports.js';

/**
 * What the API benchmark finds in the loaded graph before it times anything
 * (untimed): the ids its queries need, and the cursor of the second page.
 */

/** Sends a discovery document and returns its `data`. */
async function data<T>(
  transport: Transport,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  return (await send(transport, { name: 'discovery', description: '', query, variables }))
    .data as T;
}

/** The company with the most partners, the richest seed partnership and a far path target. */
export async function discoverIds(transport: Transport, seeds: ArticleSource[]): Promise<BenchIds> {
  const found = await data<{
    dashboard: { companiesByPartners: { company: BenchIds['company'] }[] };
    companies: { nodes: BenchIds['company'][] };
    partnerships: { nodes: BenchIds['partnership'][] };
    sectors: { nodes: { id: string }[] };
  }>(transport, DISCOVERY);
  const company = found.dashboard.companiesByPartners[0]?.company ?? found.companies.nodes[0];
  if (!company) throw new Error('the loaded graph has no company');
  const partnership = (await richestPartnership(transport, seeds)) ?? found.partnerships.nodes[0];
  if (!partnership) throw new Error('the loaded graph has no partnership');
  const target =
    (await farthestCompany(transport, company.id)) ??
    found.companies.nodes.find((c) => c.id !== company.id);
  if (!target) throw new Error('the loaded graph has only one company');
  return {
    company: { id: company.id, key: company.key, name: company.name },
    partnership: { id: partnership.id, key: partnership.key },
    sectors: found.sectors.nodes.map((s) => s.id),
    pathTarget: target.id,
    searchText: 'synthese',
  };
}

/** The seed articles' partnership with the most parties, projects, contributions, markets and domains. */
async function richestPartnership(
  transport: Transport,
  seeds: ArticleSource[],
): Promise<BenchIds['partnership'] | undefined> {
  const ids = seeds.flatMap((s) => s.extraction.partnerships.map((p) => `Partnership:${p.id}`));
  const candidates = (
    await data<{ nodes: (Record<string, unknown[]> & BenchIds['partnership'])[] }>(
      transport,
      PARTNERSHIP_CANDIDATES,
      { ids },
    )
  ).nodes.filter(Boolean);
  const richness = (p: Record<string, unknown>) =>
    Object.values(p).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
  candidates.sort((a, b) => richness(b) - richness(a));
  return candidates[0];
}

/** The farthest company within reach of `id`, so paths have several hops to explore. */
async function farthestCompany(
  transport: Transport,
  id: string,
): Promise<{ id: string } | undefined> {
  const around = await data<{
    neighborhood: { nodes: { id: string; kind: string; depth: number }[] };
  }>(transport, PATH_TARGET, { id });
  const others = around.neighborhood.nodes.filter((n) => n.kind === 'COMPANY' && n.id !== id);
  return others.sort((a, b) => b.depth - a.depth)[0];
}

/** The timed set, with `companies-page-2` when the first page has a next one. */
export async function queriesToTime(
  transport: Transport,
  ids: BenchIds,
  logger: Logger,
): Promise<BenchQuery[]> {
  const queries = benchQueries(ids);
  const firstPage = queries.find((q) => q.name === 'companies-page-1');
  const page = firstPage
    ? ((await send(transport, firstPage)).data.companies as {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      })
    : undefined;
  if (page?.pageInfo.hasNextPage && page.pageInfo.endCursor)
    queries.push(nextCompanyPage(ids, page.pageInfo.endCursor));
  else logger.warn('companies-page-2 skipped: the first page is the only one');
  return queries;
}
