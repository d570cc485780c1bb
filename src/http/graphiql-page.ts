import { createHash } from 'node:crypto';
import { renderGraphiQL } from 'graphql-yoga';

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
 * Content-Security-Policy that fits it. yoga's page loads GraphiQL from
 * unpkg (pinned to one version: only that path is allowed), fetches its
 * editor workers from there and runs them from blob: URLs, and has two inline
 * scripts, allowed by their sha256 hashes, not by 'unsafe-inline'. The
 * editor (Monaco) injects style elements, hence style-src 'unsafe-inline'.
 * Once GraphiQL is served from this server, the CDN drops out of every
 * directive and the policy comes down to 'self', the hashes and blob: workers.
 */
export function graphiqlPage(options: { title: string; defaultQuery: string }): GraphiQLPage {
  const html = renderGraphiQL(options);
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    ([, code]) =>
      `'sha256-${createHash('sha256')
        .update(code ?? '')
        .digest('base64')}'`,
  );
  const cdn = html.match(/https:\/\/unpkg\.com\/@graphql-yoga\/graphiql@[^/\s"'>]+\//)?.[0];
  const icon = html.match(/<link rel=icon href=([^\s>]+)>/)?.[1];
  const from = (...sources: (string | undefined)[]) =>
    sources.filter((s): s is string => !!s).join(' ');
  const csp = [
    "default-src 'self'",
    `script-src ${from("'self'", cdn, ...hashes)}`,
    `style-src ${from("'self'", cdn, "'unsafe-inline'")}`,
    `connect-src ${from("'self'", cdn)}`,
    "worker-src 'self' blob:",
    `img-src ${from("'self'", 'data:', icon)}`,
    `font-src ${from("'self'", 'data:', cdn)}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
  return { html, csp };
}
