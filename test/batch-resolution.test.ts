import { describe, expect, it } from 'vitest';
import { planBatch } from '../src/ingest/batch-resolution.js';
import { type BatchRead, BatchState, type OldEvidence } from '../src/ingest/batch-state.js';
import { candidates, resolveIds } from '../src/ingest/entity-resolution.js';
import { articleSource } from './helpers/article.js';

/** An article of one paragraph whose companies are each quoted by their name. */
function article(
  id: string,
  body: string,
  companies: { id: string; name: string; aliases?: string[] }[],
) {
  const text = `Un titre\n\nPublié le 01-02-2020\n\n${body}`;
  return articleSource(text, {
    article: { id, language: 'fr' },
    companies: companies.map((c) => ({ ...c, evidence: c.name })),
  });
}

const EMPTY: BatchRead = { nodes: [], aliases: [] };
const alpha = article('a', 'Alpha, aussi appelé Alpha Group, signe.', [
  { id: 'alpha', name: 'Alpha', aliases: ['Alpha Group'] },
]);
const alphaGroup = article('b', 'Alpha Group recrute.', [
  { id: 'alpha-group', name: 'Alpha Group' },
]);

describe('planning a batch', () => {
  it('resolves an article against what an earlier article of the batch created', () => {
    const plan = planBatch([alpha, alphaGroup], new Set(), EMPTY);
    expect(plan.stop).toBeUndefined();
    expect(plan.articles.map((a) => a.merged)).toEqual([
      [],
      [{ label: 'Company', from: 'alpha-group', to: 'alpha' }],
    ]);
    const companies = plan.articles[1]?.graph.nodes.filter((n) => n.label === 'Company');
    // Alpha was named by the first article: the second only adds an alias.
    expect(companies).toEqual([{ label: 'Company', id: 'alpha', props: {} }]);
  });

  it('without the earlier article, the same file makes a node of its own', () => {
    const plan = planBatch([alphaGroup], new Set(), EMPTY);
    expect(plan.articles[0]?.merged).toEqual([]);
    expect(plan.articles[0]?.graph.nodes.some((n) => n.id === 'alpha-group')).toBe(true);
  });

  it('stops before an article that conflicts, with the message loading it alone gives', () => {
    const beta = article('c', 'Beta, dit Alpha Group, vend.', [
      { id: 'beta', name: 'Beta', aliases: ['Alpha Group'] },
    ]);
    const read: BatchRead = {
      nodes: [{ label: 'Company', id: 'beta', namedBy: 'z', kind: null, name: 'Beta' }],
      aliases: [],
    };
    const plan = planBatch([alpha, beta, alphaGroup], new Set(), read);
    expect(plan.articles.map((a) => a.source.id)).toEqual(['a']);
    expect(plan.stop).toMatchObject({ index: 1, reason: 'conflict' });
    // What resolveIds says when the graph holds Alpha with its alias.
    const alone = () =>
      resolveIds('c', 'memory.yaml', candidates(beta), (c) => ({
        exists: c.id === 'beta',
        namedBy: c.id === 'beta' ? 'z' : null,
        kind: null,
        hits: c.keys.includes('Company:alpha group')
          ? [{ key: 'Company:alpha group', id: 'alpha' }]
          : [],
      }));
    expect(() => alone()).toThrow(plan.stop?.reason === 'conflict' ? plan.stop.error.message : '');
  });

  it('withdraws a reloaded article before resolving it and the articles after it', () => {
    // The graph holds "Old Name" as an alias that only article x gave; x no longer does.
    const read: BatchRead = {
      nodes: [{ label: 'Company', id: 'alpha', namedBy: 'y', kind: null, name: 'Alpha' }],
      aliases: [
        {
          key: 'Company:old name',
          text: 'Old Name',
          articles: ['x'],
          label: 'Company',
          id: 'alpha',
          namedBy: 'y',
          kind: null,
          name: 'Alpha',
        },
      ],
      retraction: {
        evidence: [],
        claimsElsewhere: [],
        orphanable: [],
        aliasKeys: [{ articleId: 'x', keys: ['Company:old name'] }],
      },
    };
    const x = article('x', 'Alpha signe.', [{ id: 'alpha', name: 'Alpha' }]);
    const newco = article('n', 'Old Name renaît.', [{ id: 'newco', name: 'Old Name' }]);
    const plan = planBatch([x, newco], new Set(['x']), read);
    expect(plan.articles[0]?.withdrawal?.deleteAliases).toEqual(['Company:old name']);
    expect(plan.articles[1]?.merged).toEqual([]);
    // Had x not been reloaded, "Old Name" would still name Alpha.
    expect(planBatch([newco], new Set(), read).articles[0]?.merged).toEqual([
      { label: 'Company', from: 'newco', to: 'alpha' },
    ]);
  });
});

describe('withdrawing an article in memory', () => {
  const evidence = (e: Partial<OldEvidence> & { claimId: string }): OldEvidence => ({
    articleId: 'x',
    predicate: 'ACTIVE_IN',
    properties: [],
    relationship: e.claimId,
    subject: 'Company:alpha',
    ...e,
  });
  const read = (rows: OldEvidence[], claimsElsewhere: string[] = []): BatchRead => ({
    nodes: [{ label: 'Company', id: 'alpha', namedBy: 'x', kind: null, name: 'Alpha' }],
    aliases: [
      {
        key: 'Company:alpha',
        text: 'Alpha',
        articles: ['x'],
        label: 'Company',
        id: 'alpha',
        namedBy: 'x',
        kind: null,
        name: 'Alpha',
      },
    ],
    retraction: {
      evidence: rows,
      claimsElsewhere,
      orphanable: [
        {
          label: 'Company',
          id: 'alpha',
          namedBy: 'x',
          kind: null,
          name: 'Alpha',
          aliasKeys: ['Company:alpha'],
        },
      ],
      aliasKeys: [{ articleId: 'x', keys: ['Company:alpha'] }],
    },
  });

  it('keeps a claim another article supports, and drops one only it supported', () => {
    const state = new BatchState(
      read(
        [
          evidence({ claimId: 'ACTIVE_IN:alpha->logistics' }),
          evidence({ claimId: 'ACTIVE_IN:alpha->energy' }),
          evidence({
            claimId: 'ACTIVE_IN:alpha->energy#ranking',
            relationship: 'ACTIVE_IN:alpha->energy',
            properties: ['rank'],
          }),
          evidence({
            claimId: 'Company:alpha#founded',
            predicate: 'property',
            relationship: null,
            properties: ['foundedYear'],
          }),
        ],
        ['ACTIVE_IN:alpha->logistics'],
      ),
    );
    const w = state.retract('x');
    expect(w?.deleteRelationships).toEqual([
      { type: 'ACTIVE_IN', claimId: 'ACTIVE_IN:alpha->energy' },
    ]);
    expect(w?.clearRelationships).toEqual([
      { type: 'ACTIVE_IN', claimId: 'ACTIVE_IN:alpha->energy', properties: ['rank'] },
    ]);
    expect(w?.clearNodes).toEqual([{ node: 'Company:alpha', properties: ['foundedYear'] }]);
  });

  it('deletes a subject nothing mentions any more, with its aliases, once the last article goes', () => {
    const rows = [
      evidence({ claimId: 'MENTIONS:x->alpha', predicate: 'MENTIONS' }),
      evidence({ articleId: 'y', claimId: 'MENTIONS:y->alpha', predicate: 'MENTIONS' }),
    ];
    const state = new BatchState(read(rows));
    const candidate = {
      label: 'Company' as const,
      id: 'alpha',
      keys: ['Company:alpha'],
      path: 'companies[0]',
    };
    // y, reloaded later in the batch, still mentions alpha.
    expect(state.retract('x')?.deleteNodes).toEqual([]);
    expect(state.existing(candidate).exists).toBe(true);
    expect(state.retract('y')?.deleteNodes).toEqual(['Company:alpha']);
    expect(state.existing(candidate)).toEqual({
      exists: false,
      namedBy: null,
      kind: null,
      hits: [],
    });
  });

  it('refuses to withdraw what an earlier article of the batch wrote', () => {
    const state = new BatchState(
      read([
        evidence({
          claimId: 'Company:alpha#legacy',
          predicate: 'property',
          relationship: null,
          properties: ['foundedYear'],
        }),
      ]),
    );
    state.apply('w', {
      articleId: 'w',
      nodes: [{ label: 'Company', id: 'alpha', props: { foundedYear: 1900 } }],
      rels: [],
      evidence: [],
      aliases: [],
    });
    expect(state.retract('x')).toBeUndefined();
  });
});
