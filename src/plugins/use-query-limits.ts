import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { createComplexityRule } from '@pothos/plugin-complexity';
import {
  type DocumentNode,
  GraphQLError,
  type parse,
  type ValidationContext,
  validate,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { QUERY_LIMITS } from '../schema/builder.js';
import { ErrorCode } from '../schema/errors.js';

export interface QueryLimitsOptions {
  /**
   * Production: refusals do not say the limit or the value, and validation
   * errors do not suggest field names ("Did you mean …?").
   * @default false
   */
  production?: boolean;
}

type Limit = keyof typeof QUERY_LIMITS;

/** How many sets of variables are remembered as within the limits, per document. */
const PASSED_PER_DOCUMENT = 64;
type ParseFn = (...args: Parameters<typeof parse>) => ReturnType<typeof parse>;

/** graphql-armor reports to us (onReject), and we raise the error, with a code. */
const ARMOR = { exposeLimits: true, propagateOnRejection: false } as const;

/** What a caller can do about each limit. */
const ADVICE: Record<Limit, string> = {
  tokens: 'send a shorter query',
  aliases: 'ask for fewer aliased fields, or split the query',
  directives: 'use fewer directives',
  depth: 'ask for fewer levels',
  breadth: 'ask for fewer fields',
  complexity: 'ask for fewer fields, levels or items (first, depth, maxHops)',
};

/**
 * The limits on the shape of a request (QUERY_LIMITS), all checked before
 * anything runs:
 * - tokens while the document is lexed (graphql-armor): a huge or deeply
 *   nested document is refused before it is parsed whole, so nesting can
 *   never overflow the stack;
 * - aliases and directives while it is validated (graphql-armor);
 * - depth, breadth (`__typename` included) and cost before it executes
 *   (Pothos's complexity plugin: cost.ts says what fields cost), whatever
 *   the query selects, with the request's variables;
 * - in production, "Did you mean …?" suggestions hidden (graphql-armor).
 * Each refusal is QUERY_TOO_COMPLEX; outside production it names the limit
 * and the value found.
 */
export function useQueryLimits({ production = false }: QueryLimitsOptions = {}): Plugin<Context> {
  const refusals = new WeakSet<GraphQLError>();
  /** Per parsed document (yoga caches those), the operation names and variables found within the limits. */
  const within = new WeakMap<DocumentNode, Set<string>>();
  const refusal = (limit: Limit, found?: number): GraphQLError => {
    const max = QUERY_LIMITS[limit];
    const message = production
      ? `The query is too large or too complex: ${ADVICE[limit]}.`
      : found !== undefined
        ? `The query's ${limit} is ${found}, over the limit of ${max}: ${ADVICE[limit]}.`
        : limit === 'tokens'
          ? `The query has more than ${max} tokens, the limit: ${ADVICE[limit]}.`
          : `The query nests too deeply to be read (the limit is ${max} levels): ${ADVICE[limit]}.`;
    const error = new GraphQLError(message, {
      extensions: {
        code: ErrorCode.QUERY_TOO_COMPLEX,
        ...(production ? {} : { limit, max, ...(found === undefined ? {} : { found }) }),
      },
    });
    refusals.add(error);
    return error;
  };
  const tokens = maxTokensPlugin({
    ...ARMOR,
    n: QUERY_LIMITS.tokens,
    // The lexer stops at the first token past the limit: throw right there.
    onReject: [
      () => {
        throw refusal('tokens');
      },
    ],
  });
  /**
   * The parser recurses into nested lists and objects: within the token
   * limit a document can still nest deeper than the stack allows. That is
   * the query's fault, not the server's.
   */
  const guarded =
    (parse: ParseFn): ParseFn =>
    (...args) => {
      try {
        return parse(...args);
      } catch (error) {
        if (error instanceof RangeError) throw refusal('depth');
        throw error;
      }
    };

  // graphql-armor's rules report their own error; ours replaces it, with a code.
  const foundIn = (error: GraphQLError) => Number(/found (\d+)/.exec(error.message)?.[1]);
  const reportAs = (limit: Limit) => (context: ValidationContext | null, error: GraphQLError) => {
    const refused = refusal(limit, foundIn(error));
    if (!context) throw refused;
    context.reportError(refused);
  };
  return {
    onPluginInit({ addPlugin }) {
      if (production) addPlugin(blockFieldSuggestionsPlugin());
    },
    onParse(payload) {
      tokens.onParse?.({ ...payload, setParseFn: (parse) => payload.setParseFn(guarded(parse)) });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(
        maxAliasesRule({
          ...ARMOR,
          n: QUERY_LIMITS.aliases,
          // Aliases of __typename count too: they cost a field each all the same.
          allowList: [],
          onReject: [reportAs('aliases')],
        }),
      );
      addValidationRule(
        maxDirectivesRule({
          ...ARMOR,
          n: QUERY_LIMITS.directives,
          onReject: [reportAs('directives')],
        }),
      );
    },
    onResultProcess({ result }) {
      // Refused before anything ran, the request itself at fault: 400 for
      // every client (yoga answers 200 to parse and validation errors when the
      // client accepts only application/json).
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      if (result.errors?.some((error) => refusals.has(error as GraphQLError))) {
        result.extensions = { ...result.extensions, http: { status: 400 } };
      }
    },
    onExecute({ args, setResultAndStopExecution }) {
      // Not a validation rule: the cost depends on the variables, and yoga
      // caches validation by document alone. A document and variables found
      // within the limits once are within them again: dashboards send the
      // same few requests over and over.
      const key = `${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}`;
      const passed = within.get(args.document);
      if (passed?.has(key)) return;
      const errors = validate(args.schema, args.document, [
        createComplexityRule({
          context: args.contextValue,
          variableValues: args.variableValues ?? {},
          operationName: args.operationName,
          validate: (result, report) => {
            for (const limit of ['depth', 'breadth', 'complexity'] as const) {
              if (result[limit] > QUERY_LIMITS[limit]) {
                report(refusal(limit, result[limit]));
                return;
              }
            }
          },
        }),
      ]);
      if (errors.length > 0) {
        setResultAndStopExecution({ errors });
        return;
      }
      if (!passed) within.set(args.document, new Set([key]));
      else if (passed.size < PASSED_PER_DOCUMENT) passed.add(key);
    },
  };
}
