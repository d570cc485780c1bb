import { foldText, slugify } from '../graph/text.js';
import type { EntityLabel, PartnershipKind } from '../graph/vocabulary.js';
import type { ArticleSource, Resolution } from './graph-builder.js';

/** Labels whose nodes articles share and resolve: entities, and partnerships (by id only). */
export type ResolvedLabel = EntityLabel | 'Partnership';

/** A node the file declares, with the alias keys of its names. */
export interface Candidate {
  label: ResolvedLabel;
  id: string;
  keys: string[];
  /** A partnership's kind, which another article may not contradict. */
  kind?: PartnershipKind;
  /** Where it is declared, for messages. */
  path: string;
}

/** What the graph already holds for a candidate. */
export interface Existing {
  exists: boolean;
  /** The article whose names (and kind) the node carries: its earliest report (entity-names.ts). */
  namedBy: string | null;
  kind: string | null;
  /** Nodes that the candidate's names already name. */
  hits: { key: string; id: string }[];
}

export class EntityResolutionError extends Error {
  override name = 'EntityResolutionError';
}

function keysOf(label: EntityLabel, names: (string | undefined)[]): string[] {
  return [...new Set(names.filter((n): n is string => !!n).map((n) => `${label}:${foldText(n)}`))];
}

type NamedInput = {
  id: string;
  name: string;
  names?: Record<string, string | undefined>;
  aliases: string[];
};

/**
 * Every entity an article declares, with the keys its names and aliases
 * resolve by. Partnerships resolve apart, once their parties are resolved
 * (partnership-resolution.ts).
 */
export function candidates(source: ArticleSource): Candidate[] {
  const x = source.extraction;
  const named = (label: EntityLabel, section: string) => (e: NamedInput, i: number) => ({
    label,
    id: e.id,
    keys: keysOf(label, [e.name, ...Object.values(e.names ?? {}), ...e.aliases]),
    path: `${section}[${i}]`,
  });
  const list: Candidate[] = [
    ...x.companies.map(named('Company', 'companies')),
    ...x.people.map(named('Person', 'people')),
    ...x.sectors.map(named('Sector', 'sectors')),
    ...x.places.map(named('Place', 'places')),
    ...x.partnerships.flatMap((p, i) =>
      p.projects.map(named('Project', `partnerships[${i}].projects`)),
    ),
  ];
  const author = source.parsed.author;
  if (author && !list.some((c) => c.label === 'Person' && c.id === slugify(author))) {
    list.push({
      label: 'Person',
      id: slugify(author),
      keys: keysOf('Person', [author]),
      path: 'byline',
    });
  }
  return list;
}

/**
 * Decides which graph node each node of the file is. An id already in the
 * graph is that node; otherwise a name or alias that already names a node
 * makes it that node ("Alibaba Group" → alibaba); otherwise it is new. Every
 * article's names become aliases; the node's canonical names are its earliest
 * report's, settled after the write (src/neo4j/entity-names.ts). Conflicts are
 * errors, never guesses.
 */
export function resolveIds(
  articleId: string,
  file: string,
  list: Candidate[],
  existing: (c: Candidate) => Existing,
): { resolution: Resolution; merged: { label: ResolvedLabel; from: string; to: string }[] } {
  const resolved = new Map<string, { target: string; candidate: Candidate }>();
  const merged: { label: ResolvedLabel; from: string; to: string }[] = [];
  const problems: string[] = [];
  for (const c of list) {
    const found = existing(c);
    const others = [...new Set(found.hits.map((h) => h.id))].filter((id) => id !== c.id);
    const ownedElsewhere = found.exists && found.namedBy !== null && found.namedBy !== articleId;
    let target = c.id;
    if (found.exists && others.length > 0) {
      const hit = found.hits.find((h) => h.id !== c.id);
      problems.push(
        `${c.path}: "${hit?.key.split(':')[1]}" already names ${c.label} "${hit?.id}", not "${c.id}"`,
      );
    } else if (!found.exists && others.length > 1) {
      problems.push(
        `${c.path}: its names match several ${c.label} nodes (${others.join(', ')}); give it one of their ids`,
      );
    } else if (!found.exists && others.length === 1) {
      target = others[0] as string;
      merged.push({ label: c.label, from: c.id, to: target });
    }
    if (c.kind && found.kind && c.kind !== found.kind && ownedElsewhere) {
      problems.push(
        `${c.path}: "${c.id}" is a ${found.kind} according to ${found.namedBy}; this file says ${c.kind}`,
      );
    }
    // Two nodes of one file must stay two nodes.
    const twin = [...resolved.values()].find(
      (r) => r.candidate.label === c.label && r.target === target,
    );
    if (twin) {
      problems.push(
        `${c.path}: resolves to ${c.label} "${target}", as ${twin.candidate.path} does; merge them in the file or tell them apart`,
      );
    }
    resolved.set(`${c.label}:${c.id}`, { target, candidate: c });
  }
  if (problems.length > 0) {
    throw new EntityResolutionError(
      `${file}: entities conflict with the graph\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
  return {
    resolution: { id: (label, id) => resolved.get(`${label}:${id}`)?.target ?? id },
    merged,
  };
}
