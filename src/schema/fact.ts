import type { FieldMap, ObjectRef } from '@pothos/core';
import type { EvidenceRecord, FactRecord, NodeRecord } from '../graph/records.js';
import { LANGUAGES } from '../graph/vocabulary.js';
import { builder } from './builder.js';
import { languageCode, RelationshipType } from './enums.js';
import { planned, prefetched, reads } from './field-plan.js';
import { Evidence } from './node-refs.js';

/**
 * Facts: relationships an article states. Every one has a claim id and can be
 * asked for the quotes that support it.
 */
export const Fact = builder.interfaceRef<FactRecord>('Fact').implement({
  description: 'A relationship some article states, with the quotes that support it.',
  fields: (t) => ({
    claimId: t.string({
      extensions: reads('claimId'),
      description: 'The stable identity of the claim, e.g. `LEADS:vincent-bollore->bollore`.',
      resolve: (fact) => fact.props.claimId,
    }),
    relationship: t.field({
      extensions: reads(),
      type: RelationshipType,
      resolve: (fact) => fact.type as never,
    }),
    evidence: t.field({
      type: [Evidence],
      description: 'The quotes that support this fact, from every article that states it.',
      extensions: planned({ kind: 'evidence', by: 'claimId', key: { property: 'claimId' } }),
      resolve: (fact, _args, ctx, info) =>
        prefetched<EvidenceRecord[]>(fact, info) ?? ctx.evidence.load(fact.props.claimId),
    }),
  }),
});

type Types = typeof builder.$inferSchemaTypes;
/** A node type a fact can end at: it takes the record read with the fact (or an id to load). */
type EndRef<T> = ObjectRef<Types, T | string, T>;

/**
 * A Fact type with its two ends as fields named after what they hold
 * (`company`, `sector`, …); `fields` adds what the relationship itself holds.
 */
export function factType<From extends NodeRecord, To extends NodeRecord>(options: {
  name: string;
  description: string;
  from: [field: string, type: EndRef<From>];
  to: [field: string, type: EndRef<To>];
  fields?: (t: PothosSchemaTypes.ObjectFieldBuilder<Types, FactRecord<From, To>>) => FieldMap;
}): ObjectRef<Types, FactRecord<From, To>> {
  const { name, description, from, to, fields } = options;
  const ref = builder.objectRef<FactRecord<From, To>>(name);
  // The ends' types are checked at the call; here both are plain node records.
  const ends = ref as unknown as ObjectRef<Types, FactRecord>;
  builder.objectType(ends, {
    description,
    interfaces: [Fact],
    fields: (t) => ({
      [from[0]]: t.field({
        type: from[1] as EndRef<NodeRecord>,
        extensions: planned({ kind: 'end', end: 'from' }),
        resolve: (fact) => fact.from,
      }),
      [to[0]]: t.field({
        type: to[1] as EndRef<NodeRecord>,
        extensions: planned({ kind: 'end', end: 'to' }),
        resolve: (fact) => fact.to,
      }),
    }),
  });
  if (fields) builder.objectFields(ref, fields);
  return ref;
}

/** A string property of a fact, when set. */
export function prop<T = string>(fact: FactRecord, name: string): T | null {
  return (fact.props[name] as T | undefined) ?? null;
}

/**
 * A property given per language (`title_fr`, `note_en`, …): the one in
 * `language` (English by default), else the first language that has one.
 */
export function localizedProp<T = string>(
  props: object,
  base: string,
  language: string | null | undefined,
): T | null {
  const values = props as Record<string, T | undefined>;
  const wanted = values[`${base}_${languageCode(language ?? 'EN')}`];
  if (wanted !== undefined) return wanted;
  for (const lang of LANGUAGES) {
    const value = values[`${base}_${lang}`];
    if (value !== undefined) return value;
  }
  return null;
}
