import { describe, expect, it } from 'vitest';
import { useSeededApi } from './helpers/api.js';

/**
 * The questions an analyst asks of the article of 2 July 2018, asked of the
 * API in-process on the seeded graph. Each answer carries its evidence.
 */
const api = useSeededApi();
const ARTICLE_TITLE = "Le groupe Bolloré et Alibaba s'associent au niveau mondial";

interface Quote {
  quote: string;
  start: number;
  end: number;
  article: { title: string; publishedOn: string; authorName: string; author: { name: string } };
}
const EVIDENCE =
  'evidence { quote start end article { title publishedOn authorName author { name } } }';

describe("who are Bolloré's partners, and under what agreement?", () => {
  it('names Alibaba, under the 2018 worldwide memorandum of understanding, with quotes', async () => {
    const { company } = await api.data<{
      company: {
        id: string;
        name: string;
        partners: {
          company: { id: string; name: string };
          kind: string;
          direction: string;
          signedOn: string;
          partnership: { key: string; kind: string; scope: string; signedOn: string };
          evidence: Quote[];
        }[];
      };
    }>(`{
      company(name: "bollore") {
        id name
        partners {
          company { id name } kind direction signedOn
          partnership { key kind scope signedOn }
          ${EVIDENCE}
        }
      }
    }`);
    expect(company).toMatchObject({ id: 'Company:bollore', name: 'Bolloré' });
    expect(company.partners).toHaveLength(1);
    const [partner] = company.partners;
    expect(partner).toMatchObject({
      company: { id: 'Company:alibaba', name: 'Alibaba' },
      kind: 'MEMORANDUM_OF_UNDERSTANDING',
      direction: 'MUTUAL',
      signedOn: '2018-07-02',
      partnership: {
        key: 'bollore-alibaba-mou-2018',
        kind: 'MEMORANDUM_OF_UNDERSTANDING',
        scope: 'WORLDWIDE',
        signedOn: '2018-07-02',
      },
    });
    const quotes = partner?.evidence.map((e) => e.quote);
    expect(quotes).toContain(
      "Bolloré annonce la signature d'un protocole d'accord avec le géant chinois de la vente en ligne Alibaba",
    );
    expect(partner?.evidence[0]?.article).toEqual({
      title: ARTICLE_TITLE,
      publishedOn: '2018-07-02',
      authorName: 'Aglaë Derouen',
      author: { name: 'Aglaë Derouen' },
    });
  });

  it('gives the same partnership from the Alibaba side, found by an alias in capitals', async () => {
    const { company } = await api.data<{
      company: { key: string; partners: { company: { key: string } }[] };
    }>('{ company(name: "ALIBABA GROUP") { key partners { company { key } } } }');
    expect(company.key).toBe('alibaba');
    expect(company.partners.map((p) => p.company.key)).toEqual(['bollore']);
  });

  it('points every quote at the words of the article text', async () => {
    const { article } = await api.data<{ article: { text: string; evidence: Quote[] } }>(
      `{ article(id: "2018-07-02-bollore-alibaba-accord-mondial") { text ${EVIDENCE} } }`,
    );
    expect(article.evidence.length).toBeGreaterThan(50);
    const codePoints = [...article.text];
    for (const e of article.evidence) {
      expect(codePoints.slice(e.start, e.end).join('')).toBe(e.quote);
    }
  });
});

describe('what does the agreement cover?', () => {
  it('gives parties, domains by focus, markets, projects, contributions, amount and objectives, each with evidence', async () => {
    const { partnership } = await api.data<{
      partnership: Record<string, unknown> & {
        parties: { company: { key: string }; role: string; evidence: Quote[] }[];
        core: { sector: { key: string; name: string }; evidence: Quote[] }[];
        opportunities: { sector: { key: string } }[];
        markets: { place: { key: string; name: string } }[];
        projects: {
          project: { key: string; status: string; leads: { company: { key: string } }[] };
        }[];
        contributions: {
          contributor: { key: string };
          beneficiary: { key: string };
          sector: { key: string };
        }[];
        amount: { disclosed: boolean; value: number | null };
        amountEvidence: { quote: string }[];
        objectives: string[];
        objectivesFr: string[];
        sources: { article: { title: string } }[];
      };
    }>(`{
      partnership(id: "bollore-alibaba-mou-2018") {
        name(language: FR) kind scope signedOn includesSubsidiaries
        parties { company { key } role ${EVIDENCE} }
        core: domains(focus: CORE) { sector { key name(language: FR) } ${EVIDENCE} }
        opportunities: domains(focus: OPPORTUNITY) { sector { key } }
        markets { place { key name } }
        projects { project { key status leads { company { key } } } }
        contributions { contributor { key } beneficiary { key } sector { key } }
        amount { disclosed value }
        amountEvidence: propertyEvidence(property: AMOUNT) { quote }
        objectives
        objectivesFr: objectives(language: FR)
        sources { article { title } }
      }
    }`);
    expect(partnership).toMatchObject({
      name: "Protocole d'accord mondial entre Bolloré et Alibaba",
      kind: 'MEMORANDUM_OF_UNDERSTANDING',
      scope: 'WORLDWIDE',
      signedOn: '2018-07-02',
      includesSubsidiaries: true,
      amount: { disclosed: false, value: null },
    });
    expect(partnership.parties.map((p) => [p.company.key, p.role]).sort()).toEqual([
      ['alibaba', 'SIGNATORY'],
      ['bollore', 'SIGNATORY'],
    ]);
    expect(partnership.parties.every((p) => p.evidence.length > 0)).toBe(true);
    expect(partnership.core.map((d) => d.sector.key).sort()).toEqual([
      'cloud-computing',
      'digital-transformation',
      'innovation',
      'logistics',
    ]);
    expect(partnership.core.find((d) => d.sector.key === 'logistics')?.sector.name).toBe(
      'logistique',
    );
    expect(partnership.core[0]?.evidence[0]?.quote).toContain(
      'collaboreront particulièrement dans les domaines du Cloud',
    );
    expect(partnership.opportunities.map((d) => d.sector.key).sort()).toEqual([
      'car-sharing',
      'electric-batteries',
      'electric-transport',
    ]);
    expect(partnership.markets.map((m) => m.place.key).sort()).toEqual([
      'africa',
      'china',
      'europe',
    ]);
    expect(partnership.projects.map((p) => p.project.key).sort()).toEqual([
      'bollore-batteries-alibaba-data-centers',
      'bollore-car-sharing-china',
    ]);
    expect(partnership.projects.every((p) => p.project.status === 'EXPLORING')).toBe(true);
    expect(partnership.projects[0]?.project.leads.map((l) => l.company.key)).toEqual(['bollore']);
    const contributions = partnership.contributions.map(
      (c) => `${c.contributor.key}→${c.beneficiary.key}:${c.sector.key}`,
    );
    expect(contributions.sort()).toEqual([
      'alibaba-cloud→bollore:artificial-intelligence',
      'alibaba-cloud→bollore:big-data',
      'alibaba-cloud→bollore:cloud-computing',
      'alibaba-cloud→bollore:security-solutions',
      'bollore→alibaba:logistics',
      'bollore→alibaba:transport',
    ]);
    expect(partnership.amountEvidence.map((e) => e.quote)).toContain(
      "Le montant de l'opération non dévoilé",
    );
    expect(partnership.objectives).toEqual([
      'share their expertise and knowledge of markets',
      'help create a range of new business opportunities',
    ]);
    expect(partnership.objectivesFr[0]).toBe(
      'partager leurs expertises et connaissances des marchés',
    );
    expect(partnership.sources.map((s) => s.article.title)).toEqual([ARTICLE_TITLE]);
  });
});

describe('the agreement by name', () => {
  it('is found by a name in any language, accents and case ignored', async () => {
    const { fr, en } = await api.data<{ fr: { key: string }; en: { key: string } }>(`{
      fr: partnership(name: "protocole d'accord mondial entre bollore et alibaba") { key }
      en: partnership(name: "BOLLORÉ–ALIBABA WORLDWIDE MEMORANDUM OF UNDERSTANDING") { key }
    }`);
    expect(fr).toEqual({ key: 'bollore-alibaba-mou-2018' });
    expect(en).toEqual({ key: 'bollore-alibaba-mou-2018' });
  });
});

describe('how is Vincent Bolloré connected to Alibaba Cloud?', () => {
  it('finds the three-hop path through Bolloré and Alibaba first, every hop with its evidence', async () => {
    const { paths } = await api.data<{
      paths: {
        length: number;
        nodes: { id: string }[];
        edges: {
          relationship: string;
          source: string;
          target: string;
          properties: Record<string, unknown>;
          evidence: { quote: string }[];
        }[];
      }[];
    }>(`{
      paths(from: "Person:vincent-bollore", to: "Company:alibaba-cloud", maxHops: 4, first: 10) {
        length nodes { id } edges { relationship source target properties evidence { quote } }
      }
    }`);
    expect(paths.length).toBeGreaterThan(1);
    const [shortest] = paths;
    expect(shortest?.length).toBe(3);
    expect(shortest?.nodes.map((n) => n.id)).toEqual([
      'Person:vincent-bollore',
      'Company:bollore',
      'Company:alibaba',
      'Company:alibaba-cloud',
    ]);
    expect(shortest?.edges.map((e) => e.relationship)).toEqual([
      'LEADS',
      'SIGNED_MOU_WITH',
      'SUBSIDIARY_OF',
    ]);
    expect(shortest?.edges[2]).toMatchObject({
      source: 'Company:alibaba-cloud',
      target: 'Company:alibaba',
      properties: { kind: 'DIVISION' },
    });
    for (const path of paths) {
      expect(path.edges.every((e) => e.evidence.length > 0)).toBe(true);
      expect(new Set(path.nodes.map((n) => n.id)).size).toBe(path.nodes.length);
      expect(path.nodes.some((n) => n.id.startsWith('Article:'))).toBe(false);
    }
    expect(paths.map((p) => p.length)).toEqual([...paths.map((p) => p.length)].sort());
  });

  it('gives the same paths and neighbourhood whatever is asked of their nodes and edges', async () => {
    // Asked for ids only, a view reads each node's key and no edge properties;
    // asked for the node itself, everything. The shared fields must agree.
    const ask = (nodeFields: string, edgeFields: string) =>
      api.data<{
        paths: { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] }[];
        neighborhood: {
          center: Record<string, unknown>;
          nodes: Record<string, unknown>[];
          edges: Record<string, unknown>[];
        };
      }>(`{
        paths(from: "Person:vincent-bollore", to: "Company:alibaba-cloud", maxHops: 4) {
          nodes { ${nodeFields} } edges { ${edgeFields} }
        }
        neighborhood(id: "Company:bollore", depth: 2) {
          center { ${nodeFields} } nodes { ${nodeFields} } edges { ${edgeFields} }
        }
      }`);
    const lean = await ask('id kind depth', 'relationship source target');
    const full = await ask(
      'id kind depth label node { id }',
      'relationship source target id properties',
    );
    const pick = (items: Record<string, unknown>[], keys: string[]) =>
      items.map((item) => Object.fromEntries(keys.map((k) => [k, item[k]])));
    const nodeKeys = ['id', 'kind', 'depth'];
    const edgeKeys = ['relationship', 'source', 'target'];
    expect(lean.paths.length).toBeGreaterThan(1);
    expect(lean.paths.map((p) => pick(p.nodes, nodeKeys))).toEqual(
      full.paths.map((p) => pick(p.nodes, nodeKeys)),
    );
    expect(lean.paths.map((p) => pick(p.edges, edgeKeys))).toEqual(
      full.paths.map((p) => pick(p.edges, edgeKeys)),
    );
    expect(lean.neighborhood.nodes.length).toBeGreaterThan(2);
    expect(pick(lean.neighborhood.nodes, nodeKeys)).toEqual(
      pick(full.neighborhood.nodes, nodeKeys),
    );
    expect(pick(lean.neighborhood.edges, edgeKeys)).toEqual(
      pick(full.neighborhood.edges, edgeKeys),
    );
    expect(lean.neighborhood.center).toEqual(pick([full.neighborhood.center], nodeKeys)[0]);
    // What the lean view did not read is still there when asked for.
    expect(full.neighborhood.nodes.every((n) => typeof n.label === 'string')).toBe(true);
    expect(full.neighborhood.edges.every((e) => typeof e.id === 'string')).toBe(true);
    // Asked for labels and edge ids only, a view reads names, titles and claim ids alone.
    const labelled = await ask('id label', 'id');
    expect(labelled.neighborhood.nodes.map((n) => n.label)).toEqual(
      full.neighborhood.nodes.map((n) => n.label),
    );
    expect(labelled.neighborhood.edges.map((e) => e.id)).toEqual(
      full.neighborhood.edges.map((e) => e.id),
    );
    expect(labelled.paths.map((p) => p.edges.map((e) => e.id))).toEqual(
      full.paths.map((p) => p.edges.map((e) => e.id)),
    );
  });

  it('finds no path within one hop', async () => {
    const { paths } = await api.data<{ paths: unknown[] }>(
      '{ paths(from: "Person:vincent-bollore", to: "Company:alibaba-cloud", maxHops: 1) { length } }',
    );
    expect(paths).toEqual([]);
  });
});

describe('which companies work in logistics?', () => {
  it('lists Bolloré, by the sector filter and from the sector itself', async () => {
    const { companies, sector } = await api.data<{
      companies: { totalCount: number; nodes: { key: string }[] };
      sector: {
        key: string;
        companies: {
          company: { key: string };
          relationship: string;
          evidence: { quote: string }[];
        }[];
      };
    }>(`{
      companies(first: 10, filter: { sectors: ["logistics"] }) { totalCount nodes { key } }
      sector(name: "logistique") { key companies { company { key } relationship evidence { quote } } }
    }`);
    expect(companies).toEqual({ totalCount: 1, nodes: [{ key: 'bollore' }] });
    expect(sector.key).toBe('logistics');
    expect(sector.companies).toEqual([
      {
        company: { key: 'bollore' },
        relationship: 'ACTIVE_IN',
        evidence: [{ quote: 'spécialisé dans le transport, la logistique et la communication' }],
      },
    ]);
  });
});

describe('what do "bollore" and "ALIBABA" find in search?', () => {
  it('finds Bolloré first for "bollore", accents ignored, then the people and projects named after it', async () => {
    const { search } = await api.data<{
      search: { score: number; matchedName: string; node: { id: string; name: string } }[];
    }>('{ search(text: "bollore") { score matchedName node { id name } } }');
    expect(search[0]).toMatchObject({
      matchedName: 'Bolloré',
      node: { id: 'Company:bollore', name: 'Bolloré' },
    });
    expect(search.map((h) => h.node.id)).toContain('Person:vincent-bollore');
    expect(search.map((h) => h.score)).toEqual(
      [...search.map((h) => h.score)].sort((a, b) => b - a),
    );
  });

  it('finds Alibaba first for "ALIBABA", then Alibaba Cloud', async () => {
    const { search } = await api.data<{ search: { node: { __typename: string; id: string } }[] }>(
      '{ search(text: "ALIBABA", kinds: [COMPANY]) { node { __typename id } } }',
    );
    expect(search.map((h) => h.node.id)).toEqual(['Company:alibaba', 'Company:alibaba-cloud']);
    expect(search[0]?.node.__typename).toBe('Company');
  });

  it('finds a word start, and a sector by its French name', async () => {
    const { prefix, french } = await api.data<{
      prefix: { node: { id: string } }[];
      french: { node: { id: string } }[];
    }>(
      '{ prefix: search(text: "bollo") { node { id } } french: search(text: "Logistique") { node { id } } }',
    );
    expect(prefix.map((h) => h.node.id)).toContain('Company:bollore');
    expect(french.map((h) => h.node.id)).toEqual(['Sector:logistics']);
  });
});

describe('what did the article of 2 July 2018 establish?', () => {
  it('lists the article of that day with its metadata, mentions and every claim it supports', async () => {
    const { articles } = await api.data<{
      articles: {
        totalCount: number;
        nodes: {
          id: string;
          title: string;
          publishedOn: string;
          language: string;
          author: { key: string };
          mentions: { node: { __typename: string; id: string } }[];
          evidence: { predicate: string; claimId: string; subject: { id: string } | null }[];
        }[];
      };
    }>(`{
      articles(first: 5, filter: { publishedFrom: "2018-07-02", publishedTo: "2018-07-02" }) {
        totalCount
        nodes {
          id title publishedOn language author { key }
          mentions { node { __typename id } }
          evidence { predicate claimId subject { id } }
        }
      }
    }`);
    expect(articles.totalCount).toBe(1);
    const [article] = articles.nodes;
    expect(article).toMatchObject({
      id: 'Article:2018-07-02-bollore-alibaba-accord-mondial',
      title: ARTICLE_TITLE,
      publishedOn: '2018-07-02',
      language: 'FR',
      author: { key: 'aglae-derouen' },
    });
    const predicates = new Set(article?.evidence.map((e) => e.predicate));
    for (const p of [
      'SIGNED_MOU_WITH',
      'PARTY_TO',
      'COVERS',
      'TARGETS',
      'LEADS',
      'SUBSIDIARY_OF',
      'property',
    ]) {
      expect(predicates).toContain(p);
    }
    const subjects = new Set(article?.evidence.map((e) => e.subject?.id));
    expect(subjects).toContain('Partnership:bollore-alibaba-mou-2018');
    expect(subjects).toContain('Person:vincent-bollore');
    expect(article?.evidence.every((e) => e.subject !== null)).toBe(true);
    const mentioned = article?.mentions.map((m) => m.node.id) ?? [];
    expect(mentioned).toEqual(
      expect.arrayContaining([
        'Company:bollore',
        'Company:alibaba',
        'Partnership:bollore-alibaba-mou-2018',
        'Sector:logistics',
      ]),
    );
    expect(article?.mentions.find((m) => m.node.id === 'Company:bollore')?.node.__typename).toBe(
      'Company',
    );
  });

  it('filters by what an article mentions, the type of each id included', async () => {
    const { company, person } = await api.data<{
      company: { totalCount: number };
      person: { totalCount: number };
    }>(`{
      company: articles(first: 5, filter: { mentions: ["Company:bollore", "Sector:logistics"] }) { totalCount }
      person: articles(first: 5, filter: { mentions: ["Person:bollore"] }) { totalCount }
    }`);
    expect(company.totalCount).toBe(1);
    expect(person.totalCount).toBe(0);
  });

  it('finds nothing on another day', async () => {
    const { articles } = await api.data<{ articles: { totalCount: number; nodes: unknown[] } }>(
      '{ articles(first: 5, filter: { publishedFrom: "2018-07-03" }) { totalCount nodes { id } } }',
    );
    expect(articles).toEqual({ totalCount: 0, nodes: [] });
  });
});

describe('kinds keep a path to the nodes asked for', () => {
  it('passes only through partnerships and sectors when only those are allowed', async () => {
    const { paths } = await api.data<{ paths: { nodes: { id: string }[] }[] }>(`{
      paths(from: "Company:bollore", to: "Company:alibaba-cloud", kinds: [PARTNERSHIP, SECTOR], maxHops: 3) {
        nodes { id }
      }
    }`);
    // Bolloré is party to the agreement, which covers cloud computing, which Alibaba Cloud offers.
    expect(paths.map((p) => p.nodes.map((n) => n.id))).toContainEqual([
      'Company:bollore',
      'Partnership:bollore-alibaba-mou-2018',
      'Sector:cloud-computing',
      'Company:alibaba-cloud',
    ]);
    for (const path of paths) {
      expect(path.nodes.slice(1, -1).every((n) => /^(Partnership|Sector):/.test(n.id))).toBe(true);
    }
  });
});

describe('search with little words', () => {
  it('finds a project by its full name, "in" included', async () => {
    const { search } = await api.data<{ search: { node: { id: string } }[] }>(
      '{ search(text: "Bolloré lithium metal polymer batteries in Alibaba data centers") { node { id } } }',
    );
    expect(search[0]?.node.id).toBe('Project:bollore-batteries-alibaba-data-centers');
  });
});
