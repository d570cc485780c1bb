import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.js';

/** schema/schema.graphql: the printed SDL, committed so that reviews see every API change. */
export const SDL_FILE = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

/** The SDL of the schema the code builds, types and fields sorted. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
