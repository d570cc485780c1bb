import type { ArticleRecord, FactRecord, NodeRecord } from '../graph/records.js';
import type { NodeLabel } from '../graph/vocabulary.js';
import { Label } from '../graph/vocabulary.js';
import { builder } from './builder.js';
import { factByClaim } from './fact-loaders.js';
import { planned, prefetched, reads } from './field-plan.js';
import { GraphEdge } from './graph-view.js';
import { Article, Evidence, NODE_REFS } from './node-refs.js';

Evidence.implement({
  description:
    'One quote of an article that supports one claim: the words, where they are in the article, and the claim.',
  fields: (t) => ({
    quote: t.exposeString('quote', {
      description: 'The article’s exact words (no-break spaces kept).',
    }),
    start: t.exposeInt('start', {
      description: 'Where the quote starts in the article’s text, in code points from 0.',
    }),
    end: t.exposeInt('end', { description: 'Where the quote ends (exclusive), in code points.' }),
    section: t.string({
      extensions: reads('section'),
      nullable: true,
      description: 'The intertitle of the section the quote is in; null before the first.',
      resolve: (e) => e.section ?? null,
    }),
    claimId: t.exposeString('claimId', { description: 'The claim the quote supports.' }),
    predicate: t.exposeString('predicate', {
      description: 'The relationship type the claim is about, or `property` for node properties.',
    }),
    properties: t.exposeStringList('properties', {
      description: 'For a property claim: the properties the quote supports.',
    }),
    subject: t.field({
      type: builder.nodeInterfaceRef(),
      nullable: true,
      description: 'What the claim is about (the start of a relationship).',
      extensions: planned({ kind: 'subject' }),
      resolve: (e, _args, ctx, info) => {
        const read = prefetched<NodeRecord | null>(e, info);
        if (read !== undefined) return read;
        return Object.hasOwn(NODE_REFS, e.subjectLabel) && e.subjectLabel !== Label.Evidence
          ? NODE_REFS[e.subjectLabel as NodeLabel].getDataloader(ctx).load(e.subjectId)
          : null;
      },
    }),
    fact: t.field({
      type: GraphEdge,
      nullable: true,
      description:
        'The relationship the quote supports, as in graph views (source, target, relationship type, properties); null for a claim about a node’s own properties (see `subject` and `properties`). A quote about a relationship’s properties (a ranking) gives that relationship.',
      extensions: planned({ kind: 'claimFact', property: 'relationship' }),
      resolve: (e, _args, ctx, info) => {
        const read = prefetched<FactRecord | null>(e, info);
        if (read !== undefined) return read;
        return e.relationship ? factByClaim(ctx).load(e.relationship) : null;
      },
    }),
    article: t.field({
      type: Article,
      description: 'The article quoted: its title, date and author.',
      extensions: planned({ kind: 'node', label: Label.Article, idProperty: 'articleId' }),
      resolve: (e, _args, _ctx, info) => prefetched<ArticleRecord>(e, info) ?? e.articleId,
    }),
  }),
});
