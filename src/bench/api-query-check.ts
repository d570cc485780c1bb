import { parse, validate } from 'graphql';
import { schema } from '../schema/index.js';
import { everyDocument } from './api-queries.js';

/** Checks every document against the schema, so a renamed field fails before Neo4j starts. */
export function invalidDocuments(): string[] {
  return everyDocument().flatMap(([name, document]) =>
    validate(schema, parse(document)).map((error) => `${name}: ${error.message}`),
  );
}
