import { createHash } from 'node:crypto';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/** A page that sends nothing but what the server serves: for any HTML that is not GraphiQL. */
export const SELF_ONLY_CSP =
  "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export interface GraphiQLPage {
  html: string;
  /** The Content-Security-Policy this exact page needs, and nothing more. */
  csp: string;
}

/**
 * GraphiQL's page, rendered once (its options never change), with the
 * Content-Security-Policy that fits it. The page comes whole from the
 * installed @graphql-yoga/render-graphiql: GraphiQL's script and styles are
 * inlined and its editor workers run from blob: URLs, so nothing loads from a
 * CDN and it works offline. Its inline scripts are allowed by their sha256
 * hashes, not by 'unsafe-inline'; the editor (Monaco) injects style elements,
 * hence style-src 'unsafe-inline'.
 */
export function graphiqlPage(options: { title: string; defaultQuery: string }): GraphiQLPage {
  const html = renderGraphiQL(options);
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, code]) =>
      `'sha256-${createHash('sha256')
        .update(code ?? '')
        .digest('base64')}'`,
  );
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
  return { html, csp };
}
