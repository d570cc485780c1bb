import type { FactRecord } from '../graph/records.js';
import { Label, NAMED_LABELS, type NamedLabel, Rel } from '../graph/vocabulary.js';
import { builder } from './builder.js';
import { Fact } from './fact.js';
import { type FactLoader, factLoader } from './fact-loaders.js';
import { planned } from './field-plan.js';
import { Article } from './node-refs.js';

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
