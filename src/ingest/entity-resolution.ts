import { foldText, slugify } from '../graph/text.js';
import type { EntityLabel } from '../graph/vocabulary.js';
import type { ArticleSource, Resolution } from './article-graph.js';

/** An entity of the file, with the alias keys of its names. */
export interface Candidate {
  label: EntityLabel;
  id: string;
  keys: string[];
  /** Where it is declared, for messages. */
  path: string;
}

/** What the graph already holds for a candidate. */
export interface Existing {
  exists: boolean;
  hits: { key: string; id: string }[];
}

export class EntityResolutionError extends Error {
  override name = 'EntityResolutionError';
}

function keysOf(label: EntityLabel, names: (string | undefined)[]): string[] {
  return [...new Set(names.filter((n): n is string => !!n).map((n) => `${label}:${foldText(n)}`))];
}

/** Every entity an article names, with the keys its names and aliases resolve by. */
export function candidates(source: ArticleSource): Candidate[] {
  const x = source.extraction;
  const named =
    (label: EntityLabel, section: string) =>
    (
      e: {
        id: string;
        name: string;
        names?: Record<string, string | undefined>;
        aliases: string[];
      },
      i: number,
    ) => ({
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
 * Decides which graph node each entity of the file is. An id already in the
 * graph is that node; otherwise a name or alias that already names a node
 * makes it that node ("Alibaba Group" → alibaba); otherwise it is new.
 * Conflicts are errors, never guesses.
 */
export function resolveIds(
  file: string,
  list: Candidate[],
  existing: (c: Candidate) => Existing,
): { resolution: Resolution; merged: { label: EntityLabel; from: string; to: string }[] } {
  const resolved = new Map<string, { target: string; exists: boolean; candidate: Candidate }>();
  const merged: { label: EntityLabel; from: string; to: string }[] = [];
  const problems: string[] = [];
  for (const c of list) {
    const { exists, hits } = existing(c);
    const others = [...new Set(hits.map((h) => h.id))].filter((id) => id !== c.id);
    let target = c.id;
    if (exists && others.length > 0) {
      const hit = hits.find((h) => h.id !== c.id);
      problems.push(
        `${c.path}: "${hit?.key.split(':')[1]}" already names ${c.label} "${hit?.id}", not "${c.id}"`,
      );
    } else if (!exists && others.length > 1) {
      problems.push(
        `${c.path}: its names match several ${c.label} nodes (${others.join(', ')}); give it one of their ids`,
      );
    } else if (!exists && others.length === 1) {
      target = others[0] as string;
      merged.push({ label: c.label, from: c.id, to: target });
    }
    // Two entities of one file must stay two nodes.
    const twin = [...resolved.values()].find(
      (r) => r.candidate.label === c.label && r.target === target,
    );
    if (twin) {
      problems.push(
        `${c.path}: resolves to ${c.label} "${target}", as ${twin.candidate.path} does; merge them in the file or tell them apart`,
      );
    }
    resolved.set(`${c.label}:${c.id}`, { target, exists: exists || target !== c.id, candidate: c });
  }
  if (problems.length > 0) {
    throw new EntityResolutionError(
      `${file}: entities conflict with the graph\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
  const existingTargets = new Set(
    [...resolved.values()].filter((r) => r.exists).map((r) => `${r.candidate.label}:${r.target}`),
  );
  return {
    resolution: {
      id: (label, id) => resolved.get(`${label}:${id}`)?.target ?? id,
      exists: (label, id) => existingTargets.has(`${label}:${id}`),
    },
    merged,
  };
}
