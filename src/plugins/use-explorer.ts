import type { Plugin } from 'graphql-yoga';
import { DEFAULT_EXPLORER_DIR, explorerFile } from '../http/explorer-files.js';
import { SELF_ONLY_CSP } from '../http/graphiql-page.js';
import { homePage } from '../http/home-page.js';

export interface ExplorerOptions {
  /** Where the built bundle is. @default dist/explorer */
  dir?: string;
  /** Whether `/` links to GraphiQL. @default true */
  graphiql?: boolean;
}

/**
 * Serves the visual explorer (`/explore`, `/explore/dashboard`, its assets)
 * and a home page at `/` that links to it. The explorer is static files that
 * call the public API (POST /graphql) like any other client.
 */
export function useExplorer({
  dir = DEFAULT_EXPLORER_DIR,
  graphiql = true,
}: ExplorerOptions = {}): Plugin {
  return {
    onRequest({ url, request, fetchAPI, endResponse }) {
      const { pathname } = url;
      const isExplorer = pathname === '/explore' || pathname.startsWith('/explore/');
      if (pathname !== '/' && !isExplorer) return undefined;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(
          new fetchAPI.Response(`${request.method} is not allowed on ${pathname}: use GET.\n`, {
            status: 405,
            headers: { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' },
          }),
        );
        return undefined;
      }
      if (pathname === '/') {
        endResponse(
          new fetchAPI.Response(homePage({ graphiql }), {
            headers: {
              'content-type': 'text/html; charset=utf-8',
              'content-security-policy': SELF_ONLY_CSP,
            },
          }),
        );
        return undefined;
      }
      return explorerFile(dir, pathname).then(
        (file) =>
          endResponse(
            file
              ? new fetchAPI.Response(request.method === 'HEAD' ? null : file.body, {
                  headers: file.headers,
                })
              : new fetchAPI.Response(`No such file: ${pathname}\n`, {
                  status: 404,
                  headers: { 'content-type': 'text/plain; charset=utf-8' },
                }),
          ),
        (error: Error) =>
          endResponse(
            new fetchAPI.Response(`${error.message}\n`, {
              status: 503,
              headers: { 'content-type': 'text/plain; charset=utf-8' },
            }),
          ),
      );
    },
  };
}
