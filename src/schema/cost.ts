/**
 * What fields cost against QUERY_LIMITS.complexity (builder.ts), so that the
 * cost of a query follows the Cypher it runs. A field costs 1 and a list
 * multiplies what it holds by 3, unless it says otherwise here:
 * - a root field that runs a statement of its own costs STATEMENT_COST;
 * - a page or a ranked list multiplies what it holds by its `first`;
 * - a graph walk (`neighborhood`, `paths`) visits up to `first` nodes at each
 *   of its `depth` or `maxHops` levels: it costs WALK_STEP_COST per visit, on
 *   top of `first` times what it returns.
 */

/** A statement of its own: a round trip to Neo4j and a query plan. */
export const STATEMENT_COST = 10;

/** One node visited by a walk, with the relationships expanded from it. */
export const WALK_STEP_COST = 5;

/** A root field that runs one statement and returns up to `first` items. */
export const listComplexity = (first: number) => ({ field: STATEMENT_COST, multiplier: first });

/** A walk of `levels` levels that keeps up to `first` nodes (or paths). */
export const walkComplexity = (levels: number, first: number) => ({
  field: STATEMENT_COST + WALK_STEP_COST * levels * first,
  multiplier: first,
});
