import type { Plugin } from 'graphql-yoga';
import { SELF_ONLY_CSP } from '../http/graphiql-page.js';

export interface SecurityHeadersOptions {
  /** The Content-Security-Policy of HTML pages. @default "default-src 'self'; …" */
  htmlPolicy?: string;
}

/**
 * On every response, `X-Content-Type-Options: nosniff` (a JSON answer is never
 * run as a script or page) and `Referrer-Policy: no-referrer` (a URL with a
 * persisted operation's variables never leaks to another site); on every HTML
 * page, a Content-Security-Policy unless the page set its own.
 */
export function useSecurityHeaders({
  htmlPolicy = SELF_ONLY_CSP,
}: SecurityHeadersOptions = {}): Plugin {
  return {
    onResponse({ response }) {
      response.headers.set('X-Content-Type-Options', 'nosniff');
      response.headers.set('Referrer-Policy', 'no-referrer');
      // A page that brings its own policy (the explorer's, stricter) keeps it.
      if (
        response.headers.get('content-type')?.startsWith('text/html') &&
        !response.headers.has('Content-Security-Policy')
      ) {
        response.headers.set('Content-Security-Policy', htmlPolicy);
      }
    },
  };
}
