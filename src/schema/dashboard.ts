import type { CompanyRecord, NodeRecord } from '../graph/records.js';
import {
  companiesByPartners,
  countsByLabel,
  partnershipsByKind,
  partnershipsByMarket,
  partnershipsBySector,
  partnershipsByYear,
} from '../neo4j/reads/dashboard.js';
import { builder } from './builder.js';
import { DomainFocus, KIND_OF_LABEL, NodeKind, PartnershipKind, type ViewLabel } from './enums.js';
import { Company, Place, Sector } from './node-refs.js';
import { MAX_PAGE_SIZE, pageSize } from './validators.js';

const firstArg = {
  defaultValue: 20,
  description: `How many buckets, 1 to ${MAX_PAGE_SIZE}.`,
  validate: pageSize,
} as const;

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

const Dashboard = builder.objectRef<object>('Dashboard').implement({
  description: 'Aggregates over the whole graph, each computed by one query when asked for.',
  fields: (t) => ({
    counts: t.field({
      type: [NodeCount],
      description: 'How many nodes of each kind.',
      resolve: async (_d, _args, ctx) =>
        (await ctx.reader.rows(
          countsByLabel(Object.keys(KIND_OF_LABEL) as ViewLabel[]),
        )) as unknown as Bucket[],
    }),
    partnershipsByKind: t.field({
      type: [KindCount],
      resolve: async (_d, _args, ctx) =>
        (await ctx.reader.rows(partnershipsByKind())) as unknown as Bucket[],
    }),
    partnershipsByYear: t.field({
      type: [YearCount],
      description: 'By year signed, oldest first.',
      resolve: async (_d, _args, ctx) =>
        (await ctx.reader.rows(partnershipsByYear())) as unknown as Bucket[],
    }),
    partnershipsBySector: t.field({
      type: [SectorCount],
      description: 'By sector covered, most first.',
      args: { focus: t.arg({ type: DomainFocus }), first: t.arg.int(firstArg) },
      resolve: async (_d, args, ctx) =>
        (await ctx.reader.rows(
          partnershipsBySector(args.focus ?? undefined, args.first ?? 20),
        )) as unknown as Bucket[],
    }),
    partnershipsByMarket: t.field({
      type: [MarketCount],
      description: 'By market targeted, most first.',
      args: { first: t.arg.int(firstArg) },
      resolve: async (_d, args, ctx) =>
        (await ctx.reader.rows(partnershipsByMarket(args.first ?? 20))) as unknown as Bucket[],
    }),
    companiesByPartners: t.field({
      type: [CompanyRank],
      description: 'Companies ranked by how many partners they have.',
      args: { first: t.arg.int(firstArg) },
      resolve: async (_d, args, ctx) =>
        (await ctx.reader.rows(companiesByPartners(args.first ?? 20))) as unknown as Ranked[],
    }),
  }),
});

builder.queryFields((t) => ({
  dashboard: t.field({
    type: Dashboard,
    description: 'Counts and rankings for dashboards.',
    resolve: () => ({}),
  }),
}));
