import type { EntityRecord } from '../graph/records.js';
import { nameMatching } from '../graph/text.js';
import type { EntityLabel } from '../graph/vocabulary.js';
import { luceneQuery, searchEntities } from '../neo4j/reads/search.js';
import { builder } from './builder.js';
import { listComplexity } from './cost.js';
import { Entity } from './entity.js';
import { EntityKind, labelOfKind } from './enums.js';
import { projectionFor, selectedFields } from './selection-plan.js';
import { nameText, nonEmptyList, pageSize } from './validators.js';

interface Hit {
  node: EntityRecord;
  score: number;
  /** The search text. */
  text: string;
}

const SearchHit = builder.objectRef<Hit>('SearchHit').implement({
  description: 'A company, person, sector, place or project whose names match, with how well.',
  fields: (t) => ({
    score: t.float({
      description: 'Relevance: higher is better; whole words beat word starts.',
      resolve: (h) => h.score,
    }),
    node: t.field({ type: Entity, resolve: (h) => h.node }),
    matchedName: t.string({
      nullable: true,
      description: 'The name or alias that matched.',
      resolve: (h) => nameMatching(h.node.names ?? [h.node.name], h.text) ?? null,
    }),
  }),
});

/** Where a hit's node is in the selection: read with the hits, in the same statement. */
const HIT_NODE = [['node']] as const;
/** matchedName reads the hit's names, whatever the selection asks of the node. */
export const MATCHED_NAMES = ['name', 'names'];

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHit],
    description:
      'Companies, people, sectors, places and projects by name or alias, accents and case ignored (`bollore` finds Bolloré), best first.',
    args: {
      text: t.arg.string({
        required: true,
        validate: nameText,
      }),
      kinds: t.arg({
        type: [EntityKind],
        validate: nonEmptyList,
        description: 'Only these kinds; all by default.',
      }),
      first: t.arg.int({
        defaultValue: 10,
        validate: pageSize,
      }),
    },
    complexity: (args) => listComplexity(args.first ?? 10),
    resolve: async (_root, args, ctx, info) => {
      // The index holds the entity labels only: without kinds, nothing to filter.
      const labels = args.kinds?.map((k) => labelOfKind(k) as EntityLabel);
      const matched = selectedFields(info).some(({ field }) => field === 'matchedName');
      const rows = await ctx.reader.rows(
        searchEntities(
          luceneQuery(args.text),
          labels,
          args.first ?? 10,
          projectionFor(info, HIT_NODE, matched ? MATCHED_NAMES : []),
        ),
      );
      return rows.map((row) => ({ ...row, text: args.text }));
    },
  }),
}));
