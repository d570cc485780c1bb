import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { propertyClaimId } from '../graph/claim-id.js';
import type { ArticleRecord, EvidenceRecord, NodeRecord } from '../graph/records.js';
import type { NodeLabel } from '../graph/vocabulary.js';
import { valueKey } from '../neo4j/stated-values.js';
import { builder } from './builder.js';
import { planned, prefetched } from './field-plan.js';
import { Article, Evidence } from './node-refs.js';

/**
 * What each article says a single-value property is: beside `foundedYear`,
 * `foundedYearValues` lists every article's value with its quotes, the
 * latest-published first. The values are kept on the Evidence nodes
 * (`value_<property>`, src/neo4j/stated-values.ts).
 */
export interface StatedValue {
  /** The article's values, under the node's property names (`foundedYear`, `employeesAtLeast`, …). */
  values: Record<string, unknown>;
  articleId: string;
  publishedOn: string;
  evidence: EvidenceRecord[];
  /** The article, when a planned statement read it with the values (else it is loaded by `articleId`). */
  article?: ArticleRecord;
}

/** One type per kind of value: `value` is built by the caller, `article` and `evidence` are common. */
export function statedValueType<V extends object>(
  name: string,
  what: string,
  value: (t: StatedValueFields) => V,
) {
  return builder.objectRef<StatedValue>(name).implement({
    description: `${what} as one article states it, with the article and its quotes.`,
    fields: (t) => ({
      ...value(t),
      article: t.field({
        type: Article,
        description: 'The article that states this value.',
        resolve: (v) => v.article ?? v.articleId,
      }),
      evidence: t.field({
        type: [Evidence],
        description: 'Its quotes that state the value.',
        resolve: (v) => v.evidence,
      }),
    }),
  });
}
type StatedValueFields = Parameters<
  NonNullable<
    Parameters<ReturnType<typeof builder.objectRef<StatedValue>>['implement']>[0]['fields']
  >
>[0];

/** The words of a description: what the single-value field holds when articles disagree. */
export const LATEST_VALUE =
  'The value of the latest-published article that states it (ties: the greater article id); every article’s value is in';

/**
 * The `extensions` of a `…Values` field of a node type: a planned statement
 * reads the values of the claim `<Label>:<id>#<property>` (claim-id.ts), with
 * the evidence and article their fields ask for, in the order `statedValues` gives.
 */
export function statedValuesPlan(label: NodeLabel, property: string) {
  const [prefix, suffix] = propertyClaimId({ label, id: '\u0000' }, property).split('\u0000') as [
    string,
    string,
  ];
  return planned({
    kind: 'statedValues',
    key: { prefix: () => prefix, property: 'id', suffix: () => suffix },
  });
}

/** A `…Values` field's answer: what its planned statement read, else `statedValues` through the loaders. */
export async function readStatedValues(
  node: NodeRecord,
  ctx: Context,
  info: GraphQLResolveInfo,
  claimId: string,
): Promise<StatedValue[]> {
  return prefetched<StatedValue[]>(node, info) ?? statedValues(ctx, claimId);
}

/** The values articles give for one claim, the latest-published article's first. */
export async function statedValues(ctx: Context, claimId: string): Promise<StatedValue[]> {
  const evidence = await ctx.evidence.load(claimId);
  const byArticle = new Map<string, EvidenceRecord[]>();
  for (const e of evidence) byArticle.set(e.articleId, [...(byArticle.get(e.articleId) ?? []), e]);
  const loader = Article.getDataloader(ctx);
  const list = await Promise.all(
    [...byArticle].map(async ([articleId, quotes]) => {
      const article = (await loader.load(articleId)) as ArticleRecord;
      const [first] = quotes as [EvidenceRecord];
      const stored = first as unknown as Record<string, unknown>;
      const values = Object.fromEntries(
        first.properties
          .filter((p) => stored[valueKey(p)] !== undefined && stored[valueKey(p)] !== null)
          .map((p) => [p, stored[valueKey(p)]]),
      );
      return { values, articleId, publishedOn: article.publishedOn, evidence: quotes };
    }),
  );
  // As the loader orders them (by code unit, as Cypher compares strings).
  const later = (a: StatedValue, b: StatedValue) =>
    a.publishedOn === b.publishedOn ? a.articleId > b.articleId : a.publishedOn > b.publishedOn;
  return list.sort((a, b) => (later(a, b) ? -1 : later(b, a) ? 1 : 0));
}
