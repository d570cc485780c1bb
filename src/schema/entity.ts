import type { EntityRecord, FactRecord } from '../graph/records.js';
import {
  Label,
  type Language as LanguageCode,
  NAMED_LABELS,
  type NamedLabel,
  Rel,
} from '../graph/vocabulary.js';
import { builder } from './builder.js';
import { Language, languageCode } from './enums.js';
import {
  countFacts,
  countPlan,
  Fact,
  type FactLoader,
  factLoader,
  factsPlan,
  readFirstFacts,
} from './fact.js';
import { CAPPED, listArgs } from './list-args.js';
import { Article } from './node-refs.js';
import { planned } from './selection-plan.js';

/** The name in a language when the article gave one, else the canonical name. */
export function localizedName(
  node: { name: string } & { [K in `name_${LanguageCode}`]?: string },
  language: string | null | undefined,
): string {
  return (language ? node[`name_${languageCode(language)}`] : undefined) ?? node.name;
}

/** An article naming a node, with the quote that names it. */
export const Mention = builder.objectRef<FactRecord>('Mention').implement({
  description: 'An article that names a node, with the words it uses.',
  interfaces: [Fact],
  fields: (t) => ({
    article: t.field({
      type: Article,
      extensions: planned({ kind: 'end', end: 'from' }),
      resolve: (fact) => fact.from as never,
    }),
    node: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'What it names.',
      extensions: planned({ kind: 'end', end: 'to' }),
      resolve: (fact) => fact.to as never,
    }),
  }),
});

const mentionsOf = Object.fromEntries(
  NAMED_LABELS.map((label) => [
    label,
    factLoader({ types: [Rel.MENTIONS], from: Label.Article, to: label }, 'to'),
  ]),
) as Record<NamedLabel, FactLoader>;

/** The mentions of a node of this GraphQL type, which is also its label. */
export function mentionsOfNode(typename: string): FactLoader {
  const load = mentionsOf[typename as NamedLabel];
  if (!load) throw new Error(`mentionsOfNode: ${typename} is not mentioned by articles`);
  return load;
}

export const Entity = builder.interfaceRef<EntityRecord>('Entity').implement({
  description:
    'Something articles name and readers look up by name: a company, person, sector, place or project.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => entity.__typename ?? null,
  fields: (t) => ({
    key: t.exposeString('id', {
      description: 'The id without its type (`bollore`), as `company(id:)` and friends accept.',
    }),
    name: t.string({
      description: 'The canonical name, or the name in `language` when one is known.',
      args: { language: t.arg({ type: Language }) },
      resolve: (entity, args) => localizedName(entity, args.language),
    }),
    aliases: t.stringList({
      description: 'Other names articles use for it.',
      resolve: (entity) => entity.aliases ?? [],
    }),
    mentions: t.field({
      type: [Mention],
      description: `The articles that name it, with their words, by title. ${CAPPED}`,
      args: listArgs,
      extensions: factsPlan(mentionsOfNode, { first: true }),
      resolve: (entity, args, ctx, info) =>
        readFirstFacts(mentionsOfNode(info.parentType.name), entity, ctx, info, args.first),
    }),
    mentionCount: t.int({
      description: 'How many articles name it.',
      extensions: countPlan(mentionsOfNode),
      resolve: (entity, _args, ctx, info) =>
        countFacts(mentionsOfNode(info.parentType.name), entity, ctx, info),
    }),
  }),
});
