import { LANGUAGES } from './vocabulary.js';

/**
 * What each article calls a node it reports: its name, translations and, for
 * some labels, its kind or status. Kept on the article's own edge to the node
 * (MENTIONS, or AUTHORED for a byline) under `reported<Prop>`, so that the
 * node's canonical values can be recomputed from the articles present
 * whatever the order they were loaded in (src/neo4j/entity-names.ts; a
 * partnership's report keeps its names the same way, partnership-settle.ts).
 */

/** A node's name and its translations (`name_fr`, …). */
export const NAME_PROPS: readonly string[] = ['name', ...LANGUAGES.map((lang) => `name_${lang}`)];

/** The node properties that follow the naming article. */
export const REPORTED_PROPS: readonly string[] = [...NAME_PROPS, 'kind', 'status'];

/** `name_fr` → `reportedName_fr`: the edge property keeping what one article says. */
export const reportedKey = (prop: string): string =>
  `reported${prop.charAt(0).toUpperCase()}${prop.slice(1)}`;
