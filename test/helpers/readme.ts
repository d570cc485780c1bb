import { readFileSync } from 'node:fs';

/** Every GraphQL query the README offers analysts (its ```graphql blocks), in order. */
export function readmeQueries(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] as string);
}
