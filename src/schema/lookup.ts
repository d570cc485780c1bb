import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { NodeRecord } from '../graph/records.js';
import { foldText } from '../graph/text.js';
import { type EntityLabel, Label, type NodeLabel } from '../graph/vocabulary.js';
import { entityByName, nodeById, partnershipNames } from '../neo4j/reads/nodes.js';
import { builder } from './builder.js';
import { badUserInput } from './errors.js';
import { localId } from './node-id.js';
import { projectionFor } from './selection-plan.js';

/**
 * Partnerships have no Alias nodes and Cypher cannot fold accents: their names
 * are read once per batch and compared folded here. Scans every partnership;
 * fine for thousands, an Alias per partnership name would scale further.
 */
const partnershipByName = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, string | null>(async (names) => {
      const rows = await ctx.reader.rows(partnershipNames());
      const byFolded = new Map<string, string>();
      for (const row of rows) {
        for (const name of row.names) byFolded.set(foldText(name), row.id);
      }
      return names.map((name) => byFolded.get(foldText(name)) ?? null);
    }),
);

/** `id` or `name`: how the root fields `company`, `person`, … find one node. */
export const lookupArgs = builder.args((t) => ({
  id: t.id({ description: 'The id (`bollore`) or global id (`Company:bollore`).' }),
  name: t.string({
    description: 'A name or alias, accents and case ignored (`bollore`, `Alibaba Group`).',
  }),
}));

/**
 * The node of one type that `id` or `name` names, with everything the request
 * selects below it read in the same statement; null when nothing is named so.
 */
export async function lookUp<T extends NodeRecord>(
  label: NodeLabel,
  args: { id?: string | null | undefined; name?: string | null | undefined },
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<T | null> {
  const hasId = args.id != null;
  const hasName = args.name != null;
  if (hasId === hasName) {
    throw badUserInput(
      hasId ? 'name' : 'id',
      hasId ? args.name : null,
      hasId
        ? 'cannot be given with "id": give one of them'
        : 'or "name" is required: give one of them',
    );
  }
  if (hasId) return lookUpById<T>(label, localId(args.id as string, label), ctx, info);
  const name = (args.name as string).trim();
  if (name === '') throw badUserInput('name', args.name, 'must not be empty');
  if (label === Label.Partnership) {
    const id = await partnershipByName(ctx).load(name);
    return id === null ? null : lookUpById<T>(label, id, ctx, info);
  }
  const [node] = await ctx.reader.rows(
    entityByName(label as EntityLabel, name, projectionFor(info)),
  );
  return (node as T | undefined) ?? null;
}

/** The node of a label with this id, read with what the request selects below it; null when none. */
export async function lookUpById<T extends NodeRecord>(
  label: NodeLabel,
  id: string,
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<T | null> {
  const [node] = await ctx.reader.rows(nodeById(label, id, projectionFor(info)));
  return (node as T | undefined) ?? null;
}
