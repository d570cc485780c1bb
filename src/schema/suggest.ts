import type { NodeRecord } from '../graph/records.js';
import { nameMatching } from '../graph/text.js';
import { NAMED_LABELS, type NamedLabel } from '../graph/vocabulary.js';
import { luceneQuery, suggestNodes } from '../neo4j/reads/search.js';
import { builder } from './builder.js';
import { listComplexity } from './cost.js';
import { KIND_OF_LABEL, labelOfKind, NodeKind } from './enums.js';
import { badUserInput } from './errors.js';
import { MATCHED_NAMES } from './search.js';
import { projectionFor } from './selection-plan.js';
import { between, nameText, nonEmptyList } from './validators.js';

interface Suggested {
  node: NodeRecord & { name?: string; names?: string[] };
  label: NamedLabel;
  score: number;
  /** The text typed. */
  text: string;
}

/** The most suggestions one call returns: a search box shows a handful. */
export const MAX_SUGGESTIONS = 50;

/** The kinds `suggest` finds: those with names (not articles). */
const SUGGESTED_KINDS = NAMED_LABELS.map((label) => KIND_OF_LABEL[label]);

const Suggestion = builder.objectRef<Suggested>('Suggestion').implement({
  description:
    'A company, person, sector, place, project or partnership whose names match what was typed.',
  fields: (t) => ({
    node: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'Company | Person | Sector | Place | Project | Partnership.',
      resolve: (s) => s.node as never,
    }),
    kind: t.field({ type: NodeKind, resolve: (s) => KIND_OF_LABEL[s.label] }),
    label: t.string({
      description: 'What to print: the canonical name.',
      resolve: (s) => s.node.name ?? s.node.id,
    }),
    matchedName: t.string({
      nullable: true,
      description: 'The name or alias that matched (a translation, an alias), accents kept.',
      resolve: (s) => nameMatching(s.node.names ?? [], s.text) ?? null,
    }),
    score: t.float({
      description: 'Relevance: higher is better; whole words beat word starts.',
      resolve: (s) => s.score,
    }),
  }),
});

/** Where a suggestion's node is in the selection: read with the hits, in the same statement. */
const SUGGESTED_NODE = [['node']] as const;

builder.queryFields((t) => ({
  suggest: t.field({
    type: [Suggestion],
    description:
      'Suggestions as you type: companies, people, sectors, places, projects and partnerships by name or alias, accents and case ignored, best first. For search boxes. Each word typed must start a word of the name (`bollo` finds Bolloré, `protocole mondial` the Bolloré–Alibaba memorandum).',
    args: {
      text: t.arg.string({
        required: true,
        validate: nameText,
        description: 'What was typed: at most 200 characters, with a letter or a digit.',
      }),
      kinds: t.arg({
        type: [NodeKind],
        validate: nonEmptyList,
        description: `Only these kinds (${SUGGESTED_KINDS.join(', ')}); all of them by default.`,
      }),
      first: t.arg.int({
        defaultValue: 10,
        validate: between(1, MAX_SUGGESTIONS),
        description: `How many suggestions, 1 to ${MAX_SUGGESTIONS}.`,
      }),
    },
    complexity: (args) => listComplexity(args.first ?? 10),
    resolve: async (_root, args, ctx, info) => {
      const unsuggested = args.kinds?.filter((kind) => !SUGGESTED_KINDS.includes(kind as never));
      if (unsuggested?.length) {
        throw badUserInput(
          'kinds',
          unsuggested.join(', '),
          `holds kinds that have no names to suggest: give kinds among ${SUGGESTED_KINDS.join(', ')}`,
        );
      }
      const labels = args.kinds ? (args.kinds.map(labelOfKind) as NamedLabel[]) : [...NAMED_LABELS];
      const rows = await ctx.reader.rows(
        suggestNodes(
          luceneQuery(args.text),
          labels,
          args.first ?? 10,
          projectionFor(info, SUGGESTED_NODE, MATCHED_NAMES),
        ),
      );
      // The label comes with each row: the node may be selected as nothing but `__typename`.
      return rows.map(({ node, label, score }) => ({
        node: { ...node, __typename: label },
        label,
        score,
        text: args.text,
      }));
    },
  }),
}));
