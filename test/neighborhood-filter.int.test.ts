import { describe, expect, it } from 'vitest';
import { useSeededApi } from './helpers/api.js';

/**
 * "What surrounds Bolloré in cloud computing, in China, in 2018?": a
 * neighbourhood narrowed to some partnerships, sectors and places.
 */
const api = useSeededApi();
const MOU = 'Partnership:bollore-alibaba-mou-2018';

interface View {
  nodes: { id: string; depth: number }[];
  edges: {
    relationship: string;
    source: string;
    target: string;
    properties: Record<string, unknown>;
  }[];
}
const AROUND = `query ($id: ID!, $depth: Int, $filter: NeighborhoodFilterInput) {
  neighborhood(id: $id, depth: $depth, filter: $filter) {
    nodes { id depth }
    edges { relationship source target properties }
  }
}`;
async function around(filter: Record<string, unknown> | null, depth = 1, id = 'Company:bollore') {
  const { neighborhood } = await api.data<{ neighborhood: View }>(AROUND, { id, depth, filter });
  const ids = neighborhood.nodes.map((n) => n.id);
  // Whatever the filter, a view is whole: every edge joins two of its nodes.
  for (const edge of neighborhood.edges) {
    expect(ids).toContain(edge.source);
    expect(ids).toContain(edge.target);
  }
  return { ...neighborhood, ids };
}
const ofKind = (ids: string[], kind: string) => ids.filter((id) => id.startsWith(`${kind}:`));

describe('a neighbourhood narrowed by sector', () => {
  it('keeps the memorandum, which covers cloud computing, and no other sector', async () => {
    const view = await around({ sectors: ['cloud-computing'] });
    expect(view.ids).toEqual(
      expect.arrayContaining([MOU, 'Company:alibaba', 'Person:vincent-bollore']),
    );
    expect(ofKind(view.ids, 'Sector')).toEqual([]);
    expect(view.edges.map((e) => e.relationship)).not.toContain('ACTIVE_IN');
    expect(view.edges.map((e) => e.relationship)).toEqual(
      expect.arrayContaining(['PARTY_TO', 'SIGNED_MOU_WITH', 'LEADS']),
    );
    const deeper = await around({ sectors: ['Sector:cloud-computing'] }, 2);
    expect(ofKind(deeper.ids, 'Sector')).toEqual(['Sector:cloud-computing']);
    expect(deeper.ids).toContain('Company:alibaba-cloud');
  });

  it('drops the memorandum and Alibaba for a sector the memorandum does not cover', async () => {
    const unfiltered = await around(null, 2);
    expect(unfiltered.ids).toEqual(expect.arrayContaining([MOU, 'Company:alibaba']));
    const view = await around({ sectors: ['online-retail'] }, 2);
    expect(view.ids).not.toContain(MOU);
    expect(view.ids).not.toContain('Company:alibaba');
    expect(view.ids).not.toContain('Company:alibaba-cloud');
    expect(view.ids).toContain('Person:vincent-bollore');
    expect(view.edges.filter((e) => e.properties.partnershipId)).toEqual([]);
  });
});

describe('a neighbourhood narrowed by place', () => {
  it('keeps the memorandum, which targets China, and no other place', async () => {
    const view = await around({ places: ['china'] });
    expect(view.ids).toEqual(expect.arrayContaining([MOU, 'Company:alibaba']));
    expect(ofKind(view.ids, 'Place')).toEqual([]);
    const fromMou = await around({ places: ['china'] }, 1, MOU);
    expect(ofKind(fromMou.ids, 'Place')).toEqual(['Place:china']);
  });

  it('finds nothing of the memorandum in a place nobody has heard of', async () => {
    const view = await around({ places: ['south-america'] }, 2);
    expect(view.ids).not.toContain(MOU);
    expect(view.ids).not.toContain('Company:alibaba');
    expect(ofKind(view.ids, 'Place')).toEqual([]);
    expect(view.ids[0]).toBe('Company:bollore');
  });
});

describe('a neighbourhood narrowed by signing date', () => {
  it('keeps a memorandum signed in 2018 and drops it for 2019', async () => {
    const in2018 = await around({ signedFrom: '2018-01-01', signedTo: '2018-12-31' });
    expect(in2018.ids).toEqual(expect.arrayContaining([MOU, 'Company:alibaba']));
    const onTheDay = await around({ signedFrom: '2018-07-02', signedTo: '2018-07-02' });
    expect(onTheDay.ids).toContain(MOU);
    for (const filter of [{ signedFrom: '2019-01-01' }, { signedTo: '2018-07-01' }]) {
      const view = await around(filter);
      expect(view.ids, JSON.stringify(filter)).not.toContain(MOU);
      expect(view.ids).not.toContain('Company:alibaba');
      // Dates narrow partnerships only: sectors and places stay.
      expect(view.ids).toEqual(expect.arrayContaining(['Sector:logistics', 'Place:france']));
    }
  });

  it('shows a partnership the filter leaves out alone when it is the center', async () => {
    const view = await around({ signedFrom: '2019-01-01' }, 2, MOU);
    expect(view.ids).toEqual([MOU]);
    expect(view.edges).toEqual([]);
  });
});

describe('filters combined, two hops out', () => {
  it('keeps what every part keeps, in one statement', async () => {
    const filter = {
      sectors: ['cloud-computing', 'logistics'],
      places: ['china'],
      signedFrom: '2018-01-01',
      signedTo: '2018-12-31',
    };
    let view: Awaited<ReturnType<typeof around>> | undefined;
    const calls = await api.countCalls(async () => {
      view = await around(filter, 2);
    });
    expect(calls.statements).toBe(1);
    expect(view?.ids).toEqual(
      expect.arrayContaining([MOU, 'Company:alibaba', 'Company:alibaba-cloud']),
    );
    expect(ofKind(view?.ids ?? [], 'Sector').sort()).toEqual([
      'Sector:cloud-computing',
      'Sector:logistics',
    ]);
    expect(ofKind(view?.ids ?? [], 'Place')).toEqual(['Place:china']);
    const covers = view?.edges.filter((e) => e.relationship === 'COVERS').map((e) => e.target);
    expect(covers?.sort()).toEqual(['Sector:cloud-computing', 'Sector:logistics']);

    const none = await around({ ...filter, signedFrom: '2019-01-01', signedTo: undefined }, 2);
    expect(none.ids).not.toContain(MOU);
  });
});

describe('a bad filter', () => {
  it('is refused with BAD_USER_INPUT naming the part and the value', async () => {
    const cases: [Record<string, unknown>, string, unknown][] = [
      [{ sectors: ['Company:bollore'] }, 'filter.sectors', 'Company:bollore'],
      [{ places: [] }, 'filter.places', undefined],
      [{ signedFrom: '2019-01-01', signedTo: '2018-01-01' }, 'filter.signedTo', '2018-01-01'],
    ];
    for (const [filter, argument, value] of cases) {
      const result = await api.graphql(AROUND, { id: 'Company:bollore', filter });
      const [error] = result.errors ?? [];
      expect(error?.extensions, JSON.stringify(filter)).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument,
        ...(value === undefined ? {} : { value }),
      });
    }
    const badDate = await api.graphql(AROUND, {
      id: 'Company:bollore',
      filter: { signedFrom: '2018-02-30' },
    });
    expect(badDate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      value: '2018-02-30',
    });
  });
});
