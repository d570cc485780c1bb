import { readFileSync } from 'node:fs';
import { parse } from 'graphql';

/**
 * Reads PERSISTED_OPERATIONS_FILE: a JSON object mapping an operation's id
 * (the sha256 hash clients send as `extensions.persistedQuery.sha256Hash`)
 * to its GraphQL document. Every document must parse; the first problem is
 * returned with the id it belongs to, so the start fails saying where.
 */
export function readPersistedOperations(
  path: string,
): { operations: Record<string, string> } | { problem: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? error})` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problem: `is not JSON (${(error as Error).message})` };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { problem: 'must hold a JSON object mapping operation ids to GraphQL documents' };
  }
  const operations: Record<string, string> = Object.create(null);
  for (const [id, document] of Object.entries(json)) {
    if (typeof document !== 'string' || document.trim() === '') {
      return { problem: `operation ${JSON.stringify(id)} must be a GraphQL document (a string)` };
    }
    try {
      parse(document);
    } catch (error) {
      return {
        problem: `operation ${JSON.stringify(id)} does not parse: ${(error as Error).message}`,
      };
    }
    operations[id] = document;
  }
  if (Object.keys(operations).length === 0) return { problem: 'holds no operation' };
  return { operations };
}
