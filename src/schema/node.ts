import type { NodeRecord } from '../graph/records.js';
import type { NodeLabel } from '../graph/vocabulary.js';
import { nodesByIds } from '../neo4j/reads/nodes.js';
import { builder } from './builder.js';
import { badUserInput } from './errors.js';
import { lookUpById } from './lookup.js';
import { projectionFor } from './selection-plan.js';
import { MAX_PAGE_SIZE } from './validators.js';

/**
 * The Relay root fields `node` and `nodes`: any node by global id, read with
 * everything selected below it in one statement per type asked for.
 */
builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    args: { id: t.arg.globalID({ required: true }) },
    resolve: (_root, { id }, ctx, info) => lookUpById(id.typename as NodeLabel, id.id, ctx, info),
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: `Up to ${MAX_PAGE_SIZE} nodes by global id, in the order asked; null for ids that name nothing.`,
    args: { ids: t.arg.globalIDList({ required: true }) },
    resolve: async (_root, { ids }, ctx, info) => {
      if (ids.length > MAX_PAGE_SIZE) {
        throw badUserInput('ids', `${ids.length} ids`, `must hold at most ${MAX_PAGE_SIZE} ids`);
      }
      const projection = projectionFor(info);
      const found = new Map<string, NodeRecord>();
      // decodeGlobalId (node-id.ts) let only node labels through.
      const labels = [...new Set(ids.map((id) => id.typename as NodeLabel))];
      await Promise.all(
        labels.map(async (label) => {
          const wanted = ids.filter((id) => id.typename === label).map((id) => id.id);
          for (const row of await ctx.reader.rows(nodesByIds(label, wanted, projection))) {
            found.set(`${label}:${row.key}`, row.node);
          }
        }),
      );
      return ids.map((id) => found.get(`${id.typename}:${id.id}`) ?? null);
    },
  }),
}));
