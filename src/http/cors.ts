import type { CORSOptions } from 'graphql-yoga';

/**
 * yoga's CORS option for a list of allowed origins. Never with credentials:
 * Accord has no cookie or session of its own, and a reflected origin with
 * `Access-Control-Allow-Credentials: true` would let any site read answers
 * with the visitor's cookies. `*` allows every origin (without credentials);
 * an empty list sends no CORS headers at all, so browsers refuse cross-site reads.
 */
export function corsOptions(
  origins: '*' | readonly string[],
): false | ((request: Request) => CORSOptions) {
  if (origins !== '*' && origins.length === 0) return false;
  const common = { credentials: false, methods: ['GET', 'POST'], maxAge: 600 };
  if (origins === '*') return () => ({ ...common, origin: '*' });
  // yoga sends no CORS header at all when the factory answers false (its
  // typings omit it); an empty or one-item origin list would allow others.
  const refuse = false as unknown as CORSOptions;
  return (request) => {
    const origin = request.headers.get('origin');
    return origin && origins.includes(origin) ? { ...common, origin } : refuse;
  };
}
