import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

export interface RequestIdOptions {
  /** The header read from the caller (when it holds a sane id) and returned on every response. @default 'x-request-id' */
  header?: string;
}

/** What a caller may send as its own request id: short, printable, no separators to inject into logs. */
const SANE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

const ids = new WeakMap<Request, string>();

/** The id of a request: the caller's `x-request-id` if sane, else a new UUID; the same for the request's lifetime. */
export function requestIdOf(request: Request, header = 'x-request-id'): string {
  let id = ids.get(request);
  if (id === undefined) {
    const given = request.headers.get(header);
    id = given && SANE_ID.test(given) ? given : randomUUID();
    ids.set(request, id);
  }
  return id;
}

/**
 * A request id for every request, returned in the `x-request-id` response
 * header; the context's logger carries it (yoga.ts), so every log line of the
 * request can be found from what a caller reports.
 */
export function useRequestId({ header = 'x-request-id' }: RequestIdOptions = {}): Plugin {
  return {
    onResponse({ request, response }) {
      response.headers.set(header, requestIdOf(request, header));
    },
  };
}
