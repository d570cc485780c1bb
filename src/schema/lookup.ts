import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import type { NodeRecord } from '../graph/records.js';
import { foldText } from '../graph/text.js';
import type { NodeLabel } from '../graph/vocabulary.js';
import { ENTITY_LABELS, type EntityLabel, Label } from '../graph/vocabulary.js';
import { entitiesByName, partnershipNames } from '../neo4j/reads/nodes.js';
import { builder } from './builder.js';
import { badUserInput } from './errors.js';
import { localId } from './node-id.js';

/** Per request and label: names asked for together are looked up in one statement. */
const entityLoaders = new Map(
  ENTITY_LABELS.map((label) => [
    label,
    createContextCache(
      (ctx: Context) =>
        new DataLoader<string, NodeRecord | null>((names) =>
          ctx.reader.single<NodeRecord>(entitiesByName(label, names), names, 'node'),
        ),
    ),
  ]),
);
const entityByName = (label: EntityLabel) =>
  entityLoaders.get(label) as (ctx: Context) => DataLoader<string, NodeRecord | null>;

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
        for (const name of row.names as string[]) byFolded.set(foldText(name), row.id as string);
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
 * The node of one type that `id` or `name` names: its id (loaded by the
 * type's batched loader) or its record; null when nothing is named so.
 */
export async function lookUp<T extends NodeRecord>(
  label: NodeLabel,
  args: { id?: string | null | undefined; name?: string | null | undefined },
  ctx: Context,
): Promise<string | T | null> {
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
  if (hasId) return localId(args.id as string, label);
  const name = (args.name as string).trim();
  if (name === '') throw badUserInput('name', args.name, 'must not be empty');
  if (label === Label.Partnership) return partnershipByName(ctx).load(name);
  return (await entityByName(label as EntityLabel)(ctx).load(name)) as T | null;
}
