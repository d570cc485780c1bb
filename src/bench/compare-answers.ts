import { LANGUAGES, PARTNERSHIP_KIND_NAMES } from '../graph/vocabulary.js';
import { COUNTED_CONNECTIONS } from './compare-questions.js';
import { kindField } from './compare-typedefs.js';

/**
 * What each server's answer to a question says, in one canonical form: the
 * benchmark compares A, B and C on these before it times anything. Lists
 * whose order the question does not fix become sorted lists of lines; pages
 * and rankings keep their order.
 */

/** Which server an answer comes from. */
export type Form = 'raw' | 'accord' | 'library';

// Answers are JSON of known shape, read loosely: a missing field shows up in the diff.
// biome-ignore lint/suspicious/noExplicitAny: JSON answers of three servers
type J = any;

const sorted = (lines: string[]): string[] => [...lines].sort();
/**
 * Sorted and without repeats: @neo4j/graphql lists a related node once
 * however many relationships lead to it, where Accord and A list each
 * relationship (two agreements of one kind with the same partner).
 */
const sortedSet = (lines: string[]): string[] => sorted([...new Set(lines)]);
const line = (...parts: unknown[]) => parts.map((p) => (p === undefined ? null : p)).join(' | ');

/** Server A answers with rows; every question returns one row. */
const row = (rows: J): J => {
  if (!Array.isArray(rows) || rows.length !== 1)
    throw new Error(`expected one row, got ${JSON.stringify(rows).slice(0, 300)}`);
  return rows[0];
};

/** Server C answers a lookup with a list; exactly one node must match. */
const only = (list: J, what: string): J => {
  if (!Array.isArray(list) || list.length !== 1)
    throw new Error(`expected one ${what}, got ${JSON.stringify(list).slice(0, 300)}`);
  return list[0];
};

/** C's partners: one field per kind of agreement, each a list of companies. */
const libraryPartners = (company: J, inner?: (partner: J) => unknown) =>
  PARTNERSHIP_KIND_NAMES.flatMap((kind) =>
    ((company[kindField(kind)] ?? []) as J[]).map((p) => ({
      kind,
      name: p.name,
      ...(inner ? { partners: inner(p) } : {}),
    })),
  );

const partnerLines = (partners: J[]): string[] =>
  sortedSet(
    partners.map((p) =>
      line(p.kind, p.name, ...(p.partners ? [JSON.stringify(partnerLines(p.partners))] : [])),
    ),
  );

const company = {
  raw: (rows: J) => {
    const r = row(rows);
    return { name: r.name, sectors: sortedSet(r.sectors), partners: partnerLines(r.partners) };
  },
  accord: (data: J) => ({
    name: data.company.name,
    sectors: sortedSet(data.company.sectors.map((s: J) => s.sector.name)),
    partners: partnerLines(
      data.company.partners.map((p: J) => ({ kind: p.kind, name: p.company.name })),
    ),
  }),
  library: (data: J) => {
    const c = only(data.companies, 'company');
    return {
      name: c.name,
      sectors: sortedSet([...c.activeIn, ...c.offers].map((s: J) => s.name)),
      partners: partnerLines(libraryPartners(c)),
    };
  },
};

const partnersOfPartners = {
  raw: (rows: J) => {
    const r = row(rows);
    return { name: r.name, partners: partnerLines(r.partners) };
  },
  accord: (data: J) => {
    const flat = (p: J): J => ({
      kind: p.kind,
      name: p.company.name,
      ...(p.company.partners ? { partners: p.company.partners.map(flat) } : {}),
    });
    return { name: data.company.name, partners: partnerLines(data.company.partners.map(flat)) };
  },
  library: (data: J) => {
    const c = only(data.companies, 'company');
    return { name: c.name, partners: partnerLines(libraryPartners(c, (p) => libraryPartners(p))) };
  },
};

const companiesInSector = {
  raw: (rows: J) => ({ totalCount: row(rows).totalCount, names: row(rows).names }),
  accord: (data: J) => ({
    totalCount: data.companies.totalCount,
    names: data.companies.nodes.map((n: J) => n.name),
  }),
  library: (data: J) => ({
    totalCount: data.companiesConnection.totalCount,
    names: data.companiesConnection.edges.map((e: J) => e.node.name),
  }),
};

const search = {
  raw: (rows: J) => rows.map((r: J) => line(r.id, r.name)),
  accord: (data: J) => data.search.map((h: J) => line(h.node.id, h.node.name)),
  library: (data: J) => data.search.map((n: J) => line(`${n.__typename}:${n.id}`, n.name)),
};

const graphView = (view: J) => ({
  truncated: view.truncated,
  nodes: sorted(view.nodes.map((n: J) => line(n.id, n.kind, n.label, n.depth))),
  edges: sorted(view.edges.map((e: J) => line(e.source, e.relationship, e.target))),
});

const neighborhood = {
  raw: (rows: J) => graphView(row(rows).neighborhood),
  accord: (data: J) => graphView(data.neighborhood),
  library: (data: J) => graphView(data.neighborhood),
};

const pathLine = (length: number, nodes: string[], edges: J[]) =>
  line(
    length,
    nodes.join(' '),
    edges.map((e) => line(e.source, e.relationship, e.target)),
  );

const paths = {
  raw: (rows: J) => sorted(rows.map((r: J) => pathLine(r.path.length, r.path.nodes, r.path.edges))),
  accord: (data: J) =>
    sorted(
      data.paths.map((p: J) =>
        pathLine(
          p.length,
          p.nodes.map((n: J) => n.id),
          p.edges,
        ),
      ),
    ),
  library: (data: J) => sorted(data.paths.map((p: J) => pathLine(p.length, p.nodes, p.edges))),
};

/** The fields of a partnership every form reads the same way. */
const agreement = (p: J, lists: Record<string, string[]>) => ({
  name: p.name,
  kind: p.kind,
  scope: p.scope ?? null,
  signedOn: p.signedOn ?? null,
  includesSubsidiaries: p.includesSubsidiaries ?? null,
  ...Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, sorted(v)])),
});

const amountOf = (disclosed: J, value: J, currency: J) =>
  disclosed == null ? null : { disclosed, value: value ?? null, currency: currency ?? null };

const partnership = {
  raw: (rows: J) => {
    const p = row(rows).partnership;
    return {
      ...agreement(p, {
        parties: p.parties.map((x: J) => line(x.name, x.role)),
        domains: p.domains.map((x: J) => line(x.focus, x.name)),
        markets: p.markets.map((x: J) => line(x.name, x.kind)),
        projects: p.projects.map((x: J) => line(x.name, x.status)),
        contributions: p.contributions.map((x: J) => line(x.contributor, x.sector, x.beneficiary)),
        sources: p.sources.map((x: J) => line(x.title, x.publishedOn)),
        amountEvidence: p.amountEvidence,
      }),
      frenchName: p.frenchName,
      objectives: p.objectives,
      amount: amountOf(p.amountDisclosed, p.amountValue, p.amountCurrency),
    };
  },
  accord: (data: J) => {
    const p = data.partnership;
    return {
      ...agreement(p, {
        parties: p.parties.map((x: J) => line(x.company.name, x.role)),
        domains: p.domains.map((x: J) => line(x.focus, x.sector.name)),
        markets: p.markets.map((x: J) => line(x.place.name, x.place.kind)),
        projects: p.projects.map((x: J) => line(x.project.name, x.project.status)),
        contributions: p.contributions.map((x: J) =>
          line(x.contributor.name, x.sector.name, x.beneficiary?.name ?? null),
        ),
        sources: p.sources.map((x: J) => line(x.article.title, x.article.publishedOn)),
        amountEvidence: p.amountEvidence.map((e: J) => e.quote),
      }),
      frenchName: p.frenchName,
      objectives: p.objectives,
      amount: p.amount && amountOf(p.amount.disclosed, p.amount.value, p.amount.currency),
    };
  },
  library: (data: J) => {
    const p = only(data.partnerships, 'partnership');
    const edges = (connection: J) => connection.edges as J[];
    return {
      ...agreement(p, {
        parties: edges(p.partiesConnection).map((e) => line(e.node.name, e.properties.role)),
        domains: edges(p.domainsConnection).map((e) => line(e.properties.focus, e.node.name)),
        markets: p.markets.map((x: J) => line(x.name, x.kind)),
        projects: p.projects.map((x: J) => line(x.name, x.status)),
        contributions: p.contributions.map((x: J) => line(x.contributor, x.sector, x.beneficiary)),
        sources: p.sources.map((x: J) => line(x.title, x.publishedOn)),
        amountEvidence: p.amountEvidence,
      }),
      frenchName: p.name_fr ?? p.name,
      objectives: LANGUAGES.map((lang) => p[`objectives_${lang}`]).find((o) => o != null) ?? [],
      amount: amountOf(p.amountDisclosed, p.amountValue, p.amountCurrency),
    };
  },
};

const buckets = (list: J[], key: (b: J) => unknown = (b) => b.key) =>
  list.map((b) => line(key(b), b.count));
const ranks = (list: J[], name: (r: J) => string) =>
  list.map((r) => line(name(r), r.partners, r.partnerships));

const dashboard = {
  raw: (rows: J) => {
    const d = row(rows);
    return {
      counts: sorted(buckets(d.counts, (b) => b.kind)),
      byKind: buckets(d.byKind),
      byYear: buckets(d.byYear),
      bySector: buckets(d.bySector),
      byMarket: buckets(d.byMarket),
      companies: ranks(d.companies, (r) => r.name),
    };
  },
  accord: (data: J) => {
    const d = data.dashboard;
    return {
      counts: sorted(buckets(d.counts, (b) => b.kind)),
      byKind: buckets(d.partnershipsByKind, (b) => b.kind),
      byYear: buckets(d.partnershipsByYear, (b) => (b.year == null ? null : String(b.year))),
      bySector: buckets(d.partnershipsBySector, (b) => b.sector.name),
      byMarket: buckets(d.partnershipsByMarket, (b) => b.place.name),
      companies: ranks(d.companiesByPartners, (r) => r.company.name),
    };
  },
  library: (data: J) => ({
    counts: sorted(
      Object.entries(COUNTED_CONNECTIONS).map(([label, c]) =>
        line(label.toUpperCase(), data[c].aggregate.count.nodes),
      ),
    ),
    byKind: buckets(data.partnershipsByKind),
    byYear: buckets(data.partnershipsByYear),
    bySector: buckets(data.partnershipsBySector),
    byMarket: buckets(data.partnershipsByMarket),
    companies: ranks(data.companiesByPartners, (r) => r.name),
  }),
};

const CANONICAL: Record<string, Record<Form, (answer: J) => unknown>> = {
  company,
  'partners-of-partners-hub': partnersOfPartners,
  'partners-of-partners-median': partnersOfPartners,
  'companies-in-sector': companiesInSector,
  search,
  neighborhood,
  paths,
  partnership,
  dashboard,
};

/** The canonical form of one server's answer (A: the rows; B and C: `data`). */
export function canonicalAnswer(question: string, form: Form, answer: unknown): unknown {
  const canonical = CANONICAL[question];
  if (!canonical) throw new Error(`no canonical form for question ${question}`);
  return canonical[form](answer);
}
