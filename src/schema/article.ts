import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import type { ArticleRecord, EvidenceRecord, PersonRecord } from '../graph/records.js';
import { Label, Rel } from '../graph/vocabulary.js';
import { evidenceBy } from '../neo4j/reads/facts.js';
import { articleTexts } from '../neo4j/reads/nodes.js';
import { articlesPage } from '../neo4j/reads/pages.js';
import { builder } from './builder.js';
import { Language } from './enums.js';
import {
  countFacts,
  countPlan,
  factLoader,
  factsPlan,
  readFacts,
  readFirstFacts,
} from './fact-loaders.js';
import { planned, prefetched, reads } from './field-plan.js';
import { CAPPED, firstOf, listArgs, plannedFirst } from './list-args.js';
import { lookUpById } from './lookup.js';
import { Mention } from './mention.js';
import { decodeGlobalId, localId } from './node-id.js';
import { Article, Evidence, Person } from './node-refs.js';
import { pageArgs, pageComplexity, resolvePage } from './pagination.js';
import { checkDateRange, nonEmptyList } from './validators.js';

const mentionsIn = factLoader({ types: [Rel.MENTIONS], from: Label.Article }, 'from');
const authorsOf = factLoader<PersonRecord, ArticleRecord>(
  { types: [Rel.AUTHORED], from: Label.Person, to: Label.Article },
  'to',
);
const textOf = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, string | null>((ids) =>
      ctx.reader.single<string>(articleTexts(ids), ids, 'text'),
    ),
);
const evidenceIn = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, EvidenceRecord[]>((ids) =>
      ctx.reader.grouped<EvidenceRecord>(evidenceBy('articleId', ids), ids, 'evidence'),
    ),
);

/** An article's evidence: the Evidence nodes that quote it. */
const EVIDENCE_IN = { by: 'articleId', key: { property: 'id' } } as const;

Article.implement({
  description: 'A news article: its metadata, its text, and every claim it supports.',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The id without its type.' }),
    title: t.exposeString('title'),
    titleEn: t.string({
      extensions: reads('title_en'),
      nullable: true,
      resolve: (a) => a.title_en ?? null,
    }),
    lede: t.string({ extensions: reads('lede'), nullable: true, resolve: (a) => a.lede ?? null }),
    publishedOn: t.field({
      extensions: reads('publishedOn'),
      type: 'Date',
      resolve: (a) => a.publishedOn,
    }),
    language: t.field({
      extensions: reads('language'),
      type: Language,
      resolve: (a) => a.language.toUpperCase() as never,
    }),
    authorName: t.string({
      extensions: reads('author'),
      nullable: true,
      description: 'The byline, as printed.',
      resolve: (a) => a.author ?? null,
    }),
    author: t.field({
      type: Person,
      nullable: true,
      extensions: factsPlan(authorsOf, { end: 'from' }),
      resolve: async (a, _args, ctx, info) =>
        (await readFacts(authorsOf, a, ctx, info))[0]?.from ?? null,
    }),
    publisher: t.string({
      extensions: reads('publisher'),
      nullable: true,
      resolve: (a) => a.publisher ?? null,
    }),
    url: t.string({ extensions: reads('url'), nullable: true, resolve: (a) => a.url ?? null }),
    sectionHeadings: t.stringList({
      extensions: reads('sectionHeadings'),
      resolve: (a) => a.sectionHeadings ?? [],
    }),
    file: t.string({
      extensions: reads('file'),
      nullable: true,
      description: 'The file it was loaded from.',
      resolve: (a) => a.file ?? null,
    }),
    text: t.string({
      description: 'The verbatim text; evidence offsets point into it.',
      extensions: planned({ kind: 'text' }),
      resolve: async (a, _args, ctx, info) =>
        prefetched<string | null>(a, info) ?? (await textOf(ctx).load(a.id)) ?? '',
    }),
    mentions: t.field({
      type: [Mention],
      description: `The companies, people, sectors, places, projects and partnerships it names, by name. ${CAPPED}`,
      args: listArgs,
      extensions: factsPlan(mentionsIn, { first: true }),
      resolve: (a, args, ctx, info) => readFirstFacts(mentionsIn, a, ctx, info, args.first),
    }),
    mentionCount: t.int({
      description: 'How many nodes it names.',
      extensions: countPlan(mentionsIn),
      resolve: (a, _args, ctx, info) => countFacts(mentionsIn, a, ctx, info),
    }),
    evidence: t.field({
      type: [Evidence],
      description: `The quotes it gives for claims, in reading order: what it establishes. ${CAPPED}`,
      args: listArgs,
      extensions: planned(({ arg }) => ({
        kind: 'evidence',
        ...EVIDENCE_IN,
        limit: arg('first', plannedFirst),
      })),
      resolve: async (a, args, ctx, info) =>
        firstOf(
          prefetched<EvidenceRecord[]>(a, info) ?? (await evidenceIn(ctx).load(a.id)),
          args.first,
        ),
    }),
    evidenceCount: t.int({
      description: 'How many quotes it gives.',
      extensions: planned({ kind: 'evidenceCount', ...EVIDENCE_IN }),
      resolve: async (a, _args, ctx, info) =>
        prefetched<number>(a, info) ?? (await evidenceIn(ctx).load(a.id)).length,
    }),
  }),
});

export const FilterArticlesInput = builder.inputType('FilterArticlesInput', {
  fields: (t) => ({
    publishedFrom: t.field({ type: 'Date', description: 'Published on or after this day.' }),
    publishedTo: t.field({ type: 'Date', description: 'Published on or before this day.' }),
    mentions: t.idList({
      validate: nonEmptyList,
      description: 'Names every one of these (global ids, such as `Company:bollore`).',
    }),
  }),
});

const ArticleConnection = builder.connectionObject(
  { type: Article, name: 'ArticleConnection' },
  { name: 'ArticleEdge' },
);

builder.queryFields((t) => ({
  article: t.field({
    type: Article,
    nullable: true,
    description: 'An article by id; null when none is known.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx, info) =>
      lookUpById<ArticleRecord>(Label.Article, localId(args.id, Label.Article), ctx, info),
  }),
  articles: t.field({
    type: ArticleConnection,
    description: 'Articles, newest first, filtered.',
    args: { ...pageArgs, filter: t.arg({ type: FilterArticlesInput }) },
    complexity: pageComplexity,
    resolve: (_root, args, ctx, info) => {
      const f = args.filter;
      checkDateRange(f, 'publishedFrom', 'publishedTo');
      return resolvePage<ArticleRecord>(ctx, info, 'articles', args, (page, projection) =>
        articlesPage(
          {
            publishedFrom: f?.publishedFrom ?? undefined,
            publishedTo: f?.publishedTo ?? undefined,
            mentions: f?.mentions?.map((id) => {
              const { typename, id: key } = decodeGlobalId(id, 'filter.mentions');
              return { label: typename, id: key };
            }),
          },
          page,
          projection,
        ),
      );
    },
  }),
}));
