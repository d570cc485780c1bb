import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { CompanyRecord, NodeRecord } from '../graph/records.js';
import { type DomainFocus as DomainFocusName, Label } from '../graph/vocabulary.js';
import {
  type Aggregate,
  aggregateRows,
  companiesByPartners,
  countsByLabel,
  dashboardStatements,
  type PartnershipScope,
  partnershipsByKind,
  partnershipsByMarket,
  partnershipsBySector,
  partnershipsByYear,
} from '../neo4j/reads/dashboard.js';
import { prefetchedKey } from '../neo4j/reads/materialize.js';
import { builder } from './builder.js';
import { STATEMENT_COST } from './cost.js';
import { DomainFocus, KIND_OF_LABEL, NodeKind, PartnershipKind, type ViewLabel } from './enums.js';
import { prefetched } from './field-plan.js';
import { localIds } from './node-id.js';
import { Company, Place, Sector } from './node-refs.js';
import { selectedFields } from './selection-plan.js';
import { MAX_PAGE_SIZE, nonEmptyList, pageSize } from './validators.js';

const firstArg = {
  defaultValue: 20,
  description: `How many buckets, 1 to ${MAX_PAGE_SIZE}.`,
  validate: pageSize,
} as const;

/** A ranking holds up to `first` buckets: they multiply what each selects. */
const rankingComplexity = (args: { first?: number | null }) => ({
  field: 1,
  multiplier: args.first ?? firstArg.defaultValue,
});

interface Bucket {
  key: string | null;
  count: number;
  node?: NodeRecord;
}

const NodeCount = builder.objectRef<Bucket>('NodeCount').implement({
  fields: (t) => ({
    kind: t.field({ type: NodeKind, resolve: (b) => KIND_OF_LABEL[b.key as ViewLabel] }),
    count: t.int({ resolve: (b) => b.count }),
  }),
});

const KindCount = builder.objectRef<Bucket>('KindCount').implement({
  fields: (t) => ({
    kind: t.field({ type: PartnershipKind, resolve: (b) => b.key as never }),
    count: t.int({ resolve: (b) => b.count }),
  }),
});

const YearCount = builder.objectRef<Bucket>('YearCount').implement({
  fields: (t) => ({
    year: t.int({
      nullable: true,
      description: 'Null: no date is known.',
      resolve: (b) => (b.key === null ? null : Number(b.key)),
    }),
    count: t.int({ resolve: (b) => b.count }),
  }),
});

const SectorCount = builder.objectRef<Bucket>('SectorCount').implement({
  fields: (t) => ({
    sector: t.field({ type: Sector, resolve: (b) => b.node as never }),
    count: t.int({ resolve: (b) => b.count }),
  }),
});

const MarketCount = builder.objectRef<Bucket>('MarketCount').implement({
  fields: (t) => ({
    place: t.field({ type: Place, resolve: (b) => b.node as never }),
    count: t.int({ resolve: (b) => b.count }),
  }),
});

interface Ranked {
  node: CompanyRecord;
  partners: number;
  partnerships: number;
}

const CompanyRank = builder.objectRef<Ranked>('CompanyRank').implement({
  fields: (t) => ({
    company: t.field({ type: Company, resolve: (r) => r.node }),
    partners: t.int({
      description: 'Other companies it shares a partnership with.',
      resolve: (r) => r.partners,
    }),
    partnerships: t.int({ resolve: (r) => r.partnerships }),
  }),
});

/**
 * Each field of the dashboard and the aggregate it reads, from its arguments
 * and the partnerships the dashboard's own arguments keep.
 */
const AGGREGATES: Record<
  string,
  (args: Record<string, unknown>, prefix: string, scope: PartnershipScope) => Aggregate
> = {
  counts: () => countsByLabel(Object.keys(KIND_OF_LABEL) as ViewLabel[]),
  partnershipsByKind: (_args, prefix, scope) => partnershipsByKind(scope, prefix),
  partnershipsByYear: (_args, prefix, scope) => partnershipsByYear(scope, prefix),
  partnershipsBySector: (args, prefix, scope) =>
    partnershipsBySector(
      (args.focus as DomainFocusName | null) ?? undefined,
      (args.first as number | null) ?? 20,
      prefix,
      scope,
    ),
  partnershipsByMarket: (args, prefix, scope) =>
    partnershipsByMarket((args.first as number | null) ?? 20, prefix, scope),
  companiesByPartners: (args, prefix, scope) =>
    companiesByPartners((args.first as number | null) ?? 20, prefix, scope),
};

/** What the dashboard resolver returns: each field's rows under its key, and the scope. */
interface DashboardRead {
  scope: PartnershipScope;
}

/**
 * A dashboard field's rows: read with the others the request asks for, in
 * the dashboard's statements, or on their own when the field was not
 * planned (it always is, from `dashboard`).
 */
async function rowsOf<T>(
  dashboard: DashboardRead,
  args: Record<string, unknown>,
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<T[]> {
  const read = prefetched<T[]>(dashboard, info);
  if (read) return read;
  const aggregate = AGGREGATES[info.fieldName]?.(args, '', dashboard.scope);
  if (!aggregate) throw new Error(`dashboard: no aggregate for ${info.fieldName}`);
  return (await ctx.reader.rows(aggregateRows(aggregate))) as T[];
}

const Dashboard = builder.objectRef<DashboardRead>('Dashboard').implement({
  description: 'Aggregates over the whole graph, computed together, each only when asked for.',
  fields: (t) => ({
    counts: t.field({
      type: [NodeCount],
      description: 'How many nodes of each kind.',
      resolve: (d, args, ctx, info) => rowsOf<Bucket>(d, args, ctx, info),
    }),
    partnershipsByKind: t.field({
      type: [KindCount],
      resolve: (d, args, ctx, info) => rowsOf<Bucket>(d, args, ctx, info),
    }),
    partnershipsByYear: t.field({
      type: [YearCount],
      description: 'By year signed, oldest first.',
      resolve: (d, args, ctx, info) => rowsOf<Bucket>(d, args, ctx, info),
    }),
    partnershipsBySector: t.field({
      type: [SectorCount],
      description: 'By sector covered, most first.',
      args: { focus: t.arg({ type: DomainFocus }), first: t.arg.int(firstArg) },
      complexity: rankingComplexity,
      resolve: (d, args, ctx, info) => rowsOf<Bucket>(d, args, ctx, info),
    }),
    partnershipsByMarket: t.field({
      type: [MarketCount],
      description: 'By market targeted, most first.',
      args: { first: t.arg.int(firstArg) },
      complexity: rankingComplexity,
      resolve: (d, args, ctx, info) => rowsOf<Bucket>(d, args, ctx, info),
    }),
    companiesByPartners: t.field({
      type: [CompanyRank],
      description: 'Companies ranked by how many partners they have.',
      args: { first: t.arg.int(firstArg) },
      complexity: rankingComplexity,
      resolve: (d, args, ctx, info) => rowsOf<Ranked>(d, args, ctx, info),
    }),
  }),
});

builder.queryFields((t) => ({
  dashboard: t.field({
    type: Dashboard,
    description:
      'Counts and rankings for dashboards. `sectors` and `markets` narrow every partnership aggregate (by kind, year, sector, market, and the company ranking) to the partnerships covering one of those sectors and targeting one of those markets; `counts` counts the whole graph.',
    args: {
      sectors: t.arg.idList({
        validate: nonEmptyList,
        description:
          'Only partnerships that cover one of these sectors (ids, `logistics`, or global ids); unknown ids match nothing.',
      }),
      markets: t.arg.idList({
        validate: nonEmptyList,
        description:
          'Only partnerships that target one of these places (ids, `china`, or global ids); unknown ids match nothing.',
      }),
    },
    complexity: STATEMENT_COST,
    // Every aggregate asked for, in one statement, the company rankings in a
    // second one beside it; each field then reads its rows. The two are
    // transactions of their own: Neo4j reads at read-committed isolation, so
    // one statement's parts were never a snapshot either.
    resolve: async (_root, args, ctx, info) => {
      const scope: PartnershipScope = {
        sectors: localIds(args.sectors, Label.Sector, 'sectors'),
        markets: localIds(args.markets, Label.Place, 'markets'),
      };
      const asked = selectedFields(info).filter(({ field }) => field in AGGREGATES);
      if (asked.length === 0) return { scope };
      const aggregates = asked.map(({ field, args }, i) =>
        (AGGREGATES[field] as (typeof AGGREGATES)[string])(args, `a${i}_`, scope),
      );
      const rows: unknown[] = [];
      // Both settle before the request answers: a failure of one does not
      // leave the other holding a session after the response.
      const settled = await Promise.allSettled(
        dashboardStatements(aggregates).map(async ({ statement, indexes }) => {
          const [row] = await ctx.reader.rows(statement);
          indexes.forEach((index, column) => {
            rows[index] = row?.[`a${column}`] ?? [];
          });
        }),
      );
      const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
      if (failed) throw failed.reason;
      return {
        scope,
        ...Object.fromEntries(asked.map(({ key }, i) => [prefetchedKey(key), rows[i]])),
      };
    },
  }),
}));
