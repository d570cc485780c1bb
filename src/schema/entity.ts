import type { EntityRecord } from '../graph/records.js';
import type { Language as LanguageCode } from '../graph/vocabulary.js';
import { builder } from './builder.js';
import { Language, languageCode } from './enums.js';
import { countFacts, countPlan, factsPlan, readFirstFacts } from './fact-loaders.js';
import { reads, readsLocalized } from './field-plan.js';
import { CAPPED, listArgs } from './list-args.js';
import { Mention, mentionsOfNode } from './mention.js';

/** The name in a language when the article gave one, else the canonical name. */
export function localizedName(
  node: { name: string } & { [K in `name_${LanguageCode}`]?: string },
  language: string | null | undefined,
): string {
  return (language ? node[`name_${languageCode(language)}`] : undefined) ?? node.name;
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
      extensions: readsLocalized('name'),
      description: 'The canonical name, or the name in `language` when one is known.',
      args: { language: t.arg({ type: Language }) },
      resolve: (entity, args) => localizedName(entity, args.language),
    }),
    aliases: t.stringList({
      extensions: reads('aliases'),
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
