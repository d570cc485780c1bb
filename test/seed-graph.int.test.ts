import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDirectory } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { useTestDatabase } from './helpers/neo4j.js';

const ARTICLE_ID = '2018-07-02-bollore-alibaba-accord-mondial';
const ARTICLE_TEXT = readFileSync(`seeds/${ARTICLE_ID}.txt`, 'utf8');
const MOU = 'bollore-alibaba-mou-2018';

const db = useTestDatabase();

beforeAll(async () => {
  await loadDirectory(await db.reset(), 'seeds', silentLogger);
});

/** The targets of one relationship type from a node, sorted. */
async function targets(fromLabel: string, fromId: string, type: string, toLabel: string) {
  const rows = await db.query(
    `MATCH (a {id: $fromId})-[r]->(b) WHERE $fromLabel IN labels(a) AND type(r) = $type AND $toLabel IN labels(b)
     RETURN b.id AS id, properties(r) AS props ORDER BY id`,
    { fromId, fromLabel, type, toLabel },
  );
  return rows as { id: string; props: Record<string, unknown> }[];
}

describe('the two groups and Alibaba Cloud', () => {
  it('holds Bolloré and Alibaba as companies, with their aliases', async () => {
    const rows = await db.query(
      `MATCH (c:Company) WHERE c.id IN ['bollore', 'alibaba'] RETURN c.id AS id, c.name AS name, c.aliases AS aliases ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'alibaba', name: 'Alibaba', aliases: ['Alibaba Group'] },
      {
        id: 'bollore',
        name: 'Bolloré',
        aliases: expect.arrayContaining(['le groupe Bolloré', 'Groupe Bolloré']),
      },
    ]);
  });

  it('makes Alibaba Cloud the IT branch of Alibaba, offering cloud, AI, big data and security', async () => {
    const parent = await targets('Company', 'alibaba-cloud', 'SUBSIDIARY_OF', 'Company');
    expect(parent).toEqual([
      {
        id: 'alibaba',
        props: expect.objectContaining({
          kind: 'DIVISION',
          note_en: 'IT branch',
          note_fr: 'branche informatique',
        }),
      },
    ]);
    const offers = await targets('Company', 'alibaba-cloud', 'OFFERS', 'Sector');
    expect(offers.map((o) => o.id)).toEqual([
      'artificial-intelligence',
      'big-data',
      'cloud-computing',
      'security-solutions',
    ]);
  });
});

describe('people', () => {
  it('has Vincent Bolloré leading Bolloré as of the article', async () => {
    const leads = await targets('Person', 'vincent-bollore', 'LEADS', 'Company');
    expect(leads).toEqual([
      { id: 'bollore', props: expect.objectContaining({ asOf: '2018-07-02' }) },
    ]);
  });

  it("has the article's author, parsed from the byline", async () => {
    const rows = await db.query(
      `MATCH (p:Person)-[:AUTHORED]->(a:Article {id: $id}) RETURN p.id AS id, p.name AS name`,
      { id: ARTICLE_ID },
    );
    expect(rows).toEqual([{ id: 'aglae-derouen', name: 'Aglaë Derouen' }]);
  });
});

describe("Bolloré's facts", () => {
  it('is French, founded in 1861, based in Puteaux', async () => {
    expect(
      (await targets('Company', 'bollore', 'BASED_IN_COUNTRY', 'Place')).map((t) => t.id),
    ).toEqual(['france']);
    expect(
      (await targets('Company', 'bollore', 'HEADQUARTERED_IN', 'Place')).map((t) => t.id),
    ).toEqual(['puteaux']);
    const [row] = await db.query(
      `MATCH (c:Company {id: 'bollore'}) RETURN c.foundedYear AS founded`,
    );
    expect(row?.founded).toBe(1861);
  });

  it('has more than 50 000 employees: a lower bound, not an exact figure', async () => {
    const [row] = await db.query(
      `MATCH (c:Company {id: 'bollore'}) RETURN c.employeesAtLeast AS atLeast, c.employeesExact AS exact, c.employeesAsOf AS asOf`,
    );
    expect(row).toEqual({ atLeast: 50000, exact: null, asOf: '2018-07-02' });
  });

  it('works in transport, logistics and communication, and ranks among the 200 largest European industrial groups', async () => {
    const active = await targets('Company', 'bollore', 'ACTIVE_IN', 'Sector');
    expect(active.map((a) => a.id)).toEqual([
      'communication',
      'industry',
      'logistics',
      'transport',
    ]);
    expect(active.find((a) => a.id === 'industry')?.props).toMatchObject({
      rankAtMost: 200,
      rankWithin: 'europe',
    });
  });
});

describe("Alibaba's facts", () => {
  it("is Chinese and China's number one in online retail", async () => {
    expect(
      (await targets('Company', 'alibaba', 'BASED_IN_COUNTRY', 'Place')).map((t) => t.id),
    ).toEqual(['china']);
    const active = await targets('Company', 'alibaba', 'ACTIVE_IN', 'Sector');
    expect(active).toEqual([
      { id: 'online-retail', props: expect.objectContaining({ rank: 1, rankWithin: 'china' }) },
    ]);
  });
});

describe('the agreement', () => {
  it('is a worldwide memorandum of understanding signed on Monday 2 July 2018, amount not disclosed, subsidiaries included', async () => {
    const [p] = await db.query(`MATCH (p:Partnership {id: $id}) RETURN properties(p) AS p`, {
      id: MOU,
    });
    expect(p?.p).toMatchObject({
      kind: 'MEMORANDUM_OF_UNDERSTANDING',
      scope: 'WORLDWIDE',
      signedOn: '2018-07-02',
      amountDisclosed: false,
      includesSubsidiaries: true,
    });
    expect(p?.p).not.toHaveProperty('amountValue');
    const signed = await db.query(
      `MATCH (e:Evidence {claimId: 'Partnership:${MOU}#signedOn'}) RETURN e.quote AS quote ORDER BY e.start`,
    );
    expect(signed.map((r) => r.quote)).toEqual([
      'Publié le 02-07-2018',
      "vient d'annoncer en ce lundi matin avoir signé un partenariat mondial",
    ]);
  });

  it('has Bolloré and Alibaba as signatories, and a direct MOU edge between them', async () => {
    const parties = await db.query(
      `MATCH (c:Company)-[r:PARTY_TO]->(:Partnership {id: $id}) RETURN c.id AS id, r.role AS role ORDER BY id`,
      { id: MOU },
    );
    expect(parties).toEqual([
      { id: 'alibaba', role: 'SIGNATORY' },
      { id: 'bollore', role: 'SIGNATORY' },
    ]);
    const edges = await db.query(
      `MATCH (:Company {id: 'bollore'})-[r:SIGNED_MOU_WITH]-(o:Company) RETURN o.id AS id, r.partnershipId AS partnership, r.signedOn AS signedOn`,
    );
    expect(edges).toEqual([{ id: 'alibaba', partnership: MOU, signedOn: '2018-07-02' }]);
  });

  it('covers cloud, logistics, innovation and digital transformation, with car sharing, batteries and electric transport as opportunities', async () => {
    const domains = await targets('Partnership', MOU, 'COVERS', 'Sector');
    const byFocus = (focus: string) =>
      domains.filter((d) => d.props.focus === focus).map((d) => d.id);
    expect(byFocus('CORE')).toEqual([
      'cloud-computing',
      'digital-transformation',
      'innovation',
      'logistics',
    ]);
    expect(byFocus('OPPORTUNITY')).toEqual([
      'car-sharing',
      'electric-batteries',
      'electric-transport',
    ]);
  });

  it('targets the European, African and Chinese markets', async () => {
    expect((await targets('Partnership', MOU, 'TARGETS', 'Place')).map((t) => t.id)).toEqual([
      'africa',
      'china',
      'europe',
    ]);
  });

  it('records what each side brings', async () => {
    const rows = await db.query(
      `MATCH (c:Company)-[r:CONTRIBUTES {partnershipId: $id}]->(s:Sector)
       RETURN c.id AS from, r.beneficiaryId AS to, collect(s.id) AS sectors ORDER BY from`,
      { id: MOU },
    );
    expect(rows.map((r) => ({ ...r, sectors: (r.sectors as string[]).sort() }))).toEqual([
      {
        from: 'alibaba-cloud',
        to: 'bollore',
        sectors: ['artificial-intelligence', 'big-data', 'cloud-computing', 'security-solutions'],
      },
      { from: 'bollore', to: 'alibaba', sectors: ['logistics', 'transport'] },
    ]);
  });

  it('includes the two projects already identified, led by Bolloré', async () => {
    const rows = await db.query(
      `MATCH (:Partnership {id: $id})-[:INCLUDES]->(p:Project)<-[:LEADS_PROJECT]-(c:Company)
       RETURN p.id AS id, p.status AS status, c.id AS lead,
              [(p)-[:LOCATED_IN]->(pl) | pl.id] AS places, [(p)-[:IN_SECTOR]->(s) | s.id] AS sectors ORDER BY id`,
      { id: MOU },
    );
    expect(rows).toEqual([
      {
        id: 'bollore-batteries-alibaba-data-centers',
        status: 'EXPLORING',
        lead: 'bollore',
        places: ['world'],
        sectors: expect.arrayContaining(['electric-batteries', 'data-centers']),
      },
      {
        id: 'bollore-car-sharing-china',
        status: 'EXPLORING',
        lead: 'bollore',
        places: ['china'],
        sectors: ['car-sharing'],
      },
    ]);
  });
});

describe("the article's metadata", () => {
  it('parses title, date, author and sections, without the site boilerplate', async () => {
    const [row] = await db.query(`MATCH (a:Article {id: $id}) RETURN properties(a) AS a`, {
      id: ARTICLE_ID,
    });
    expect(row?.a).toMatchObject({
      title: "Le groupe Bolloré et Alibaba s'associent au niveau mondial",
      publishedOn: '2018-07-02',
      author: 'Aglaë Derouen',
      language: 'fr',
      sectionHeadings: ["Le montant de l'opération non dévoilé", 'Plusieurs projets en vue'],
      origin: '000_293d6ff5656c0be4.txt',
      text: ARTICLE_TEXT,
    });
    const article = row?.a as { lede: string; bodyEnd: number };
    expect(article.lede).toMatch(/^Ce matin, Bolloré annonce/);
    expect(ARTICLE_TEXT.slice(article.bodyEnd).trim()).toBe('Les dernières actualités');
  });
});

describe('evidence', () => {
  it('backs every fact relationship with at least one quote', async () => {
    const rows = await db.query(
      `MATCH ()-[r]->() WHERE r.claimId IS NOT NULL
       AND NOT EXISTS { MATCH (e:Evidence {claimId: r.claimId}) }
       RETURN type(r) AS type, r.claimId AS claimId`,
    );
    expect(rows).toEqual([]);
    const [count] = await db.query(
      'MATCH ()-[r]->() WHERE r.claimId IS NOT NULL RETURN count(r) AS n',
    );
    expect(Number(count?.n)).toBeGreaterThan(60);
  });

  it('backs every attribute taken from the text', async () => {
    const rows = await db.query(
      `MATCH (e:Evidence {predicate: 'property'}) RETURN DISTINCT e.subjectId AS subject, e.properties AS properties`,
    );
    const supported = rows.flatMap((r) =>
      (r.properties as string[]).map((p) => `${r.subject}.${p}`),
    );
    for (const expected of [
      'bollore.foundedYear',
      'bollore.employeesAtLeast',
      `${MOU}.scope`,
      `${MOU}.signedOn`,
      `${MOU}.amountDisclosed`,
      `${MOU}.includesSubsidiaries`,
      `${MOU}.objectives_fr`,
    ]) {
      expect(supported).toContain(expected);
    }
  });

  it('quotes the article exactly at its code-point offsets, no-break spaces included', async () => {
    const rows = await db.query(
      `MATCH (e:Evidence)-[:QUOTED_FROM]->(:Article {id: $id}) RETURN e.quote AS quote, e.start AS start, e.end AS end`,
      {
        id: ARTICLE_ID,
      },
    );
    const chars = [...ARTICLE_TEXT];
    expect(rows.length).toBeGreaterThan(90);
    for (const { quote, start, end } of rows) {
      expect(chars.slice(Number(start), Number(end)).join('')).toBe(quote);
    }
    const employees = rows.find((r) => String(r.quote).includes('collaborateurs'));
    expect(employees?.quote).toContain('50\u00a0000');
  });

  it('stores offsets and counts as integers, so Cypher can cut the quote out of the text', async () => {
    const rows = await db.query(
      `MATCH (e:Evidence)-[:QUOTED_FROM]->(a:Article)
       RETURN count(e) AS all,
              count(CASE WHEN valueType(e.start) STARTS WITH 'INTEGER' AND valueType(e.end) STARTS WITH 'INTEGER' THEN 1 END) AS integers,
              count(CASE WHEN substring(a.text, e.start, e.end - e.start) = e.quote THEN 1 END) AS exact`,
    );
    expect(rows[0]?.integers).toBe(rows[0]?.all);
    expect(rows[0]?.exact).toBe(rows[0]?.all);
    const [types] = await db.query(
      `MATCH (c:Company {id: 'bollore'}) RETURN valueType(c.foundedYear) AS founded, valueType(c.employeesAtLeast) AS employees`,
    );
    expect(types).toEqual({ founded: 'INTEGER NOT NULL', employees: 'INTEGER NOT NULL' });
  });

  it('gives the evidence of the MOU edge with its section', async () => {
    const rows = await db.query(
      `MATCH (:Company {id: 'alibaba'})-[r:SIGNED_MOU_WITH]->(:Company {id: 'bollore'})
       MATCH (e:Evidence {claimId: r.claimId})-[:QUOTED_FROM]->(a:Article)
       RETURN e.quote AS quote, e.section AS section, a.publishedOn AS date ORDER BY e.start`,
    );
    expect(rows).toEqual([
      {
        quote: expect.stringContaining("protocole d'accord avec le géant chinois"),
        section: null,
        date: '2018-07-02',
      },
      {
        quote: "viennent de signer un protocole d'accord détaillé",
        section: "Le montant de l'opération non dévoilé",
        date: '2018-07-02',
      },
    ]);
  });
});

describe('search', () => {
  it.each([
    ['bollore', 'bollore'],
    ['BOLLORÉ', 'bollore'],
    ['alibaba', 'alibaba'],
    ['logistique', 'logistics'],
    ['autopartage', 'car-sharing'],
  ])('"%s" finds %s first', async (text, id) => {
    const rows = await db.query(
      `CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score RETURN node.id AS id ORDER BY score DESC LIMIT 1`,
      { text },
    );
    expect(rows[0]?.id).toBe(id);
  });
});
