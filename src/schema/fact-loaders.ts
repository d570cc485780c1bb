import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { propertyClaimId, relationshipOfClaim } from '../graph/claim-id.js';
import type { FactRecord, NodeRecord } from '../graph/records.js';
import type { NodeLabel } from '../graph/vocabulary.js';
import type { Statement } from '../neo4j/executor.js';
import { type FactPattern, type FactSide, factsByClaim, factsOf } from '../neo4j/reads/facts.js';
import type { FactFilter } from '../neo4j/reads/projection.js';
import { type PlanInput, planned, prefetched } from './field-plan.js';
import { firstOf, plannedFirst } from './list-args.js';

/**
 * How fields read facts: batched loaders for the fields no plan reaches, and
 * the plans (selection-plan.ts) that read the same facts in a root field's statement.
 */

/** Loads the facts matching a pattern around a node; it also says which, so a plan can read them instead. */
export interface FactLoader<
  From extends NodeRecord = NodeRecord,
  To extends NodeRecord = NodeRecord,
> {
  (ctx: Context, id: string): Promise<FactRecord<From, To>[]>;
  pattern: FactPattern;
  side: FactSide;
}

/**
 * A per-request loader of the facts matching a pattern around nodes: all the
 * nodes asked for at one depth of a query are read in one statement. Used
 * when no planned statement read the facts already.
 */
export function factLoader<
  From extends NodeRecord = NodeRecord,
  To extends NodeRecord = NodeRecord,
>(pattern: FactPattern, side: FactSide): FactLoader<From, To> {
  return Object.assign(
    keyedFactLoader<From, To>((ids) => factsOf(pattern, side, ids)),
    {
      pattern,
      side,
    },
  );
}

/** Like factLoader, for any statement whose rows are `key` and `fact`. */
export function keyedFactLoader<
  From extends NodeRecord = NodeRecord,
  To extends NodeRecord = NodeRecord,
>(statement: (ids: readonly string[]) => Statement) {
  type Loaded = FactRecord<From, To>;
  const cache = createContextCache(
    (ctx: Context) =>
      new DataLoader<string, Loaded[]>((ids) =>
        ctx.reader.grouped<Loaded>(statement(ids), ids, 'fact'),
      ),
  );
  return (ctx: Context, id: string) => cache(ctx).load(id);
}

/**
 * The relationship of each claim id, per request: the `fact` of every
 * evidence asked for at one depth of a query is read in one statement.
 * Null for a claim id that names no relationship (or none any more).
 */
export const factByClaim = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, FactRecord | null>(async (claimIds) => {
      const claims = claimIds.flatMap((claimId) => {
        const named = relationshipOfClaim(claimId);
        return named ? [{ claimId, ...named }] : [];
      });
      if (claims.length === 0) return claimIds.map(() => null);
      return ctx.reader.single<FactRecord>(factsByClaim(claims), claimIds, 'fact');
    }),
);

/**
 * A capped list field's facts: what its planned statement read (filtered and
 * cut in Cypher by the plan's `where` and `first`), else its loader's facts
 * that `keep` keeps, up to `first`. `keep` must say what the plan's `where`
 * says: it only runs on the loaded facts, whose nodes hold every property.
 */
export async function readFirstFacts<From extends NodeRecord, To extends NodeRecord>(
  load: FactLoader<From, To>,
  node: NodeRecord,
  ctx: Context,
  info: GraphQLResolveInfo,
  first: number | null | undefined,
  keep: (fact: FactRecord<From, To>) => boolean = () => true,
): Promise<FactRecord<From, To>[]> {
  const read = prefetched<FactRecord<From, To>[]>(node, info);
  return read ?? firstOf((await load(ctx, node.id)).filter(keep), first);
}

/** A count field's value: what its planned statement counted, else how many of the loader's facts `keep` keeps. */
export async function countFacts<From extends NodeRecord, To extends NodeRecord>(
  load: FactLoader<From, To>,
  node: NodeRecord,
  ctx: Context,
  info: GraphQLResolveInfo,
  keep: (fact: FactRecord<From, To>) => boolean = () => true,
): Promise<number> {
  return prefetched<number>(node, info) ?? (await load(ctx, node.id)).filter(keep).length;
}

/** Where a capped list field's `first` (list-args.ts) goes in its plan. */
const FIRST = (input: PlanInput) => input.arg('first', plannedFirst);

/**
 * The `extensions` of a field that reads a loader's facts: a planned statement
 * reads them in the same `COLLECT` the loader would, with `end` when the field
 * returns one end of each fact, `where` when an argument narrows them and
 * `first` when the field has that argument.
 */
export function factsPlan(
  source: FactSource,
  options: { end?: 'from' | 'to'; where?: FactWhere; types?: FactTypes; first?: boolean } = {},
) {
  return planned((input) => ({
    kind: 'facts',
    ...patternOf(source, input, options.types),
    end: options.end,
    where: options.where?.(input),
    limit: options.first ? FIRST(input) : undefined,
  }));
}

/** The `extensions` of a field that counts a loader's facts. */
export function countPlan(
  source: FactSource,
  options: { where?: FactWhere; types?: FactTypes } = {},
) {
  return planned((input) => ({
    kind: 'count',
    ...patternOf(source, input, options.types),
    where: options.where?.(input),
  }));
}

/**
 * The relationship types an argument narrows a pattern to (partner kinds are
 * edge types), so Neo4j expands only those: undefined keeps the pattern's.
 * Its values shape the Cypher, so the argument must be an enum (see
 * selection-plan.ts, variablesShape).
 */
type FactTypes = (input: PlanInput) => FactPattern['types'] | undefined;

/**
 * Which facts a field reads: a loader's, or for an interface field whose
 * implementations read different patterns, the loader of each type.
 */
type FactSource = Pick<FactLoader, 'pattern' | 'side'> | ((typeName: string) => FactLoader);

function patternOf(source: FactSource, input: PlanInput, narrow?: FactTypes) {
  // A FactLoader is a function too: tell them apart by what a loader carries.
  const { pattern, side } = 'pattern' in source ? source : source(input.typeName);
  const types = narrow?.(input);
  return { pattern: types ? { ...pattern, types } : pattern, side };
}

type FactWhere = (input: PlanInput) => FactFilter | undefined;

/** The facts of a node for a field: what its planned statement read, else its loader's. */
export async function readFacts<From extends NodeRecord, To extends NodeRecord>(
  load: FactLoader<From, To>,
  node: NodeRecord,
  ctx: Context,
  info: GraphQLResolveInfo,
  /** What the plan's `where` keeps, applied to loaded facts only (planned ones hold only the properties asked for). */
  keep?: (fact: FactRecord<From, To>) => boolean,
): Promise<FactRecord<From, To>[]> {
  const read = prefetched<FactRecord<From, To>[]>(node, info);
  if (read) return read;
  const loaded = await load(ctx, node.id);
  return keep ? loaded.filter(keep) : loaded;
}

/**
 * The `extensions` of `propertyEvidence(property:)` on a node type: the
 * evidence of the claim `<Label>:<id>#<property>` (claim-id.ts).
 */
export function propertyEvidencePlan(label: NodeLabel) {
  const claim = propertyClaimId({ label, id: '' }, '');
  const [prefix, suffix] = claim.split('#') as [string, string];
  return planned(({ arg }) => ({
    kind: 'evidence',
    by: 'claimId',
    key: {
      prefix: () => prefix,
      property: 'id',
      suffix: arg('property', (property) => `#${suffix}${String(property)}`),
    },
  }));
}

/**
 * Narrows facts to those whose relationship property (or the other end's)
 * is among an argument's values, when it is given; `single` for an argument
 * that is one value rather than a list.
 */
export function whereAmong(
  argument: string,
  property: string,
  options: { on?: FactFilter['on']; single?: boolean } = {},
): FactWhere {
  return ({ args, arg }) =>
    args[argument] == null
      ? undefined
      : {
          on: options.on ?? 'relationship',
          property,
          values: arg(argument, (value) => (options.single ? [value] : value)),
        };
}
