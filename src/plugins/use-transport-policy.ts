import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface TransportPolicyOptions {
  /** Whether a query may come as GET; a persisted operation's id always may. @default true */
  getQueries?: boolean;
}

/** The content types a query may be POSTed as: both make a browser ask (preflight) before sending cross-site. */
const JSON_TYPES = ['application/json', 'application/graphql+json'];

/**
 * How a query may reach the API. POST only as JSON: form-urlencoded,
 * multipart and text/plain are "simple" requests a page on any site can make
 * a browser send without a CORS preflight, so they get 415 in every mode.
 * GET is for persisted operations, and for queries too unless `getQueries`
 * is false (the production default): then it gets 405.
 */
export function useTransportPolicy({ getQueries = true }: TransportPolicyOptions = {}): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method === 'POST') {
        const type = request.headers.get('content-type');
        if (!JSON_TYPES.some((json) => isContentType(type, json))) {
          throw createGraphQLError(
            `Unsupported content type ${JSON.stringify(type ?? '')}: POST the query as application/json (or application/graphql+json).`,
            { extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', http: { status: 415 } } },
          );
        }
        return;
      }
      if (request.method !== 'GET' || getQueries) return;
      return {
        onRequestParseDone({ requestParserResult }) {
          const all = Array.isArray(requestParserResult)
            ? requestParserResult
            : [requestParserResult];
          if (all.every((params) => !params.query)) return;
          throw createGraphQLError(
            'Queries are accepted as POST only (GET_QUERIES=false): POST the query as application/json, or GET a persisted operation by its id.',
            {
              extensions: {
                code: 'METHOD_NOT_ALLOWED',
                http: { status: 405, headers: { Allow: 'POST' } },
              },
            },
          );
        },
      };
    },
  };
}

/** As yoga matches a parser: the first of a (malformed) list, with or without parameters. */
function isContentType(header: string | null, expected: string): boolean {
  const type = header?.split(',')[0];
  return type === expected || !!type?.startsWith(`${expected};`);
}
