import { describe, expect, it } from 'vitest';
import { type Candidate, type Existing, resolveIds } from '../src/ingest/entity-resolution.js';

const candidate = (id: string, ...names: string[]): Candidate => ({
  label: 'Company',
  id,
  keys: names.map((n) => `Company:${n}`),
  path: `companies[${id}]`,
});

function graphWith(nodes: Record<string, string[]>, namedBy = 'other-article') {
  return (c: Candidate): Existing => ({
    exists: c.id in nodes,
    namedBy: c.id in nodes ? namedBy : null,
    kind: null,
    hits: c.keys.flatMap((key) =>
      Object.entries(nodes)
        .filter(([, names]) => names.includes(key.slice('Company:'.length)))
        .map(([id]) => ({ key, id })),
    ),
  });
}

describe('resolveIds', () => {
  const graph = graphWith({ alibaba: ['alibaba', 'alibaba group'], bollore: ['bollore'] });

  it('keeps an id the graph has, and maps a new id to the node its name already names', () => {
    const { resolution, merged } = resolveIds(
      'this-article',
      'f.yaml',
      [candidate('alibaba-group', 'alibaba group'), candidate('bollore', 'bollore')],
      graph,
    );
    expect(resolution.id('Company', 'alibaba-group')).toBe('alibaba');
    expect(resolution.id('Company', 'bollore')).toBe('bollore');
    expect(merged).toEqual([{ label: 'Company', from: 'alibaba-group', to: 'alibaba' }]);
  });

  it('keeps a new entity new', () => {
    const { resolution } = resolveIds(
      'this-article',
      'f.yaml',
      [candidate('tencent', 'tencent')],
      graph,
    );
    expect(resolution.id('Company', 'tencent')).toBe('tencent');
  });

  it('refuses a partnership kind that contradicts the article that named it, but lets that article change it', () => {
    const partnership: Candidate = {
      label: 'Partnership',
      id: 'p',
      keys: [],
      kind: 'JOINT_VENTURE',
      path: 'partnerships[0]',
    };
    const graph = (namedBy: string) => (): Existing => ({
      exists: true,
      namedBy,
      kind: 'MEMORANDUM_OF_UNDERSTANDING',
      hits: [],
    });
    expect(() => resolveIds('this-article', 'f.yaml', [partnership], graph('seed'))).toThrow(
      'partnerships[0]: "p" is a MEMORANDUM_OF_UNDERSTANDING according to seed; this file says JOINT_VENTURE',
    );
    expect(() =>
      resolveIds('this-article', 'f.yaml', [partnership], graph('this-article')),
    ).not.toThrow();
  });

  it('refuses an existing id whose alias names another node', () => {
    expect(() =>
      resolveIds(
        'this-article',
        'f.yaml',
        [candidate('bollore', 'bollore', 'alibaba group')],
        graph,
      ),
    ).toThrow('companies[bollore]: "alibaba group" already names Company "alibaba", not "bollore"');
  });

  it('refuses two entities of one file that would become one node', () => {
    expect(() =>
      resolveIds(
        'this-article',
        'f.yaml',
        [candidate('alibaba-group', 'alibaba group'), candidate('alibaba-holding', 'alibaba')],
        graph,
      ),
    ).toThrow(
      /companies\[alibaba-holding\]: resolves to Company "alibaba", as companies\[alibaba-group\] does/,
    );
  });

  it('refuses names that match several nodes', () => {
    expect(() =>
      resolveIds('this-article', 'f.yaml', [candidate('x', 'alibaba', 'bollore')], graph),
    ).toThrow(/match several Company nodes \(alibaba, bollore\)/);
  });
});
