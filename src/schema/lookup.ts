import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { NodeRecord } from '../graph/records.js';
import { foldText } from '../graph/text.js';
import { type EntityLabel, Label, type NodeLabel } from '../graph/vocabulary.js';
import {
  entityByName,
  nodeById,
  partnershipNames,
  partnershipsReportedAs,
} from '../neo4j/reads/nodes.js';
import { builder } from './builder.js';
import { badUserInput } from './errors.js';
import { localId } from './node-id.js';
import { projectionFor } from './selection-plan.js';
import { MAX_TEXT_LENGTH, nameArg } from './validators.js';

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

/** What each lookup's arguments say they take: only what the lookup honours. */
const LOOKUP_DOCS = {
  [Label.Company]: {
    id: 'bollore',
    name: 'A name in any language or an alias, accents and case ignored (`bollore`, `Alibaba Group`).',
  },
  [Label.Person]: {
    id: 'vincent-bollore',
    name: 'A name or an alias, accents and case ignored (`vincent bollore`).',
  },
  [Label.Sector]: {
    id: 'logistics',
    name: 'A name in any language or an alias, accents and case ignored (`logistique`, `logistics`, `e-commerce`).',
  },
  [Label.Place]: {
    id: 'china',
    name: 'A name in any language or an alias, accents and case ignored (`Chine`, `China`).',
  },
  [Label.Project]: {
    id: 'bollore-car-sharing-china',
    name: 'A name in any language or an alias, accents and case ignored (`Car-sharing service in China`).',
  },
  [Label.Partnership]: {
    id: 'bollore-alibaba-mou-2018',
    name: "One of its names in any language, accents and case ignored (`protocole d'accord mondial entre bollore et alibaba`); partnerships have no aliases.",
  },
} as const satisfies Record<LookupLabel, { id: string; name: string }>;

/** The labels a root field finds by `id` or `name`. */
export type LookupLabel = EntityLabel | typeof Label.Partnership;

/**
 * `id` or `name`: how the root field of one label (`company`, `sector`, …)
 * finds one node. Each label has its own set, whose descriptions name only
 * the ids of that label, and aliases only where it has them.
 */
export function lookupArgs(label: LookupLabel) {
  const docs = LOOKUP_DOCS[label];
  return builder.args((t) => ({
    id: t.id({
      description: `The id (\`${docs.id}\`) or the global id (\`${label}:${docs.id}\`) of a ${label}.`,
    }),
    name: t.string({
      description: `${docs.name} At most ${MAX_TEXT_LENGTH} characters.`,
      validate: nameArg,
    }),
  }));
}

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
  if (hasId) {
    const id = localId(args.id as string, label);
    const found = await lookUpById<T>(label, id, ctx, info);
    if (found !== null || label !== Label.Partnership) return found;
    // An id another report of the agreement gave it.
    const named = await ctx.reader.rows(partnershipsReportedAs(id));
    return named.length === 1 ? lookUpById<T>(label, String(named[0]?.id), ctx, info) : null;
  }
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
