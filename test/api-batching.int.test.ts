import { describe, expect, it } from 'vitest';
import { useSeededApi } from './helpers/api.js';

/**
 * Nested queries cost one batched statement per field and depth, however many
 * rows each level has: never one statement per row (no N+1).
 */
const api = useSeededApi();

/** Partners of partners, their sectors, people and evidence: five levels below the root. */
const NESTED = `{
  companies(first: 10) {
    nodes {
      name
      sectors { sector { name } evidence { quote article { title author { name } } } }
      partners {
        company {
          name
          people { person { name } evidence { quote } }
          partners { company { name sectors { sector { name } } } evidence { quote } }
        }
        partnership { name parties { company { name } role } }
        evidence { quote }
      }
    }
  }
}`;

describe('batching', () => {
  it('answers the most nested query with one statement per field and depth', async () => {
    let data: { companies: { nodes: { name: string; partners: unknown[] }[] } } | undefined;
    const calls = await api.countCalls(async () => {
      data = await api.data(NESTED);
    });
    // The query really fans out: three companies, partners with partners of their own.
    expect(data?.companies.nodes.map((c) => c.name)).toEqual([
      'Alibaba',
      'Alibaba Cloud',
      'Bolloré',
    ]);
    expect(data?.companies.nodes.filter((c) => c.partners.length > 0)).toHaveLength(2);
    // Fields that read Neo4j: companies; sectors, their evidence, its article
    // and author; partners; their people and the people's evidence; partners
    // of partners, their sectors and evidence; partnership and its parties;
    // partners' evidence: 15 at most, whatever the number of rows. Evidence
    // asked for at the same moment by different fields shares one statement,
    // so the count is often lower. Every statement runs in its own session.
    expect(calls.statements).toBeLessThanOrEqual(15);
    expect(calls.sessions).toBe(calls.statements);
    console.info(`nested query: ${calls.statements} Cypher statements, ${calls.sessions} sessions`);
  });

  it('costs no more statements for all companies than for one', async () => {
    const one = await api.countCalls(() => api.data(NESTED.replace('first: 10', 'first: 1')));
    const all = await api.countCalls(() => api.data(NESTED));
    // The first company alone (Alibaba) reaches every level of the query.
    expect(one.statements).toBeGreaterThanOrEqual(10);
    expect(all.statements).toBeLessThanOrEqual(one.statements);
  });

  it('loads the same node asked for twice once', async () => {
    const calls = await api.countCalls(() =>
      api.data(
        '{ a: company(id: "bollore") { name } b: company(id: "bollore") { name } c: node(id: "Company:bollore") { id } }',
      ),
    );
    expect(calls.statements).toBe(1);
  });
});
