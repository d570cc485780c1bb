import type { Context } from '../context.js';
import type { NodeRecord } from '../graph/records.js';
import { foldText } from '../graph/text.js';
import { type EntityLabel, Label } from '../graph/vocabulary.js';
import { entitiesByName, type NodeLabel, partnershipNames } from '../neo4j/reads/nodes.js';
import { builder } from './builder.js';
import { badUserInput } from './errors.js';
import { localId } from './node-id.js';

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
export async function lookUp(
  label: NodeLabel,
  args: { id?: string | null | undefined; name?: string | null | undefined },
  ctx: Context,
): Promise<string | NodeRecord | null> {
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
  if (label === Label.Partnership) {
    const folded = foldText(name);
    const rows = await ctx.reader.rows(partnershipNames());
    const found = rows.find((row) => (row.names as string[]).some((n) => foldText(n) === folded));
    return (found?.id as string | undefined) ?? null;
  }
  const statement = entitiesByName(label as EntityLabel, [name]);
  const [found] = await ctx.reader.single<NodeRecord>(statement, [name], 'node');
  return found ?? null;
}
