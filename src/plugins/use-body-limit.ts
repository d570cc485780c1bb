import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface BodyLimitOptions {
  /** Largest request body accepted, in bytes. @default 102400 */
  maxBytes?: number;
  /** Whether the refusal names the limit and the size (not in production). @default true */
  detailed?: boolean;
}

/**
 * Refuses a request body past `maxBytes` with 413 before it is held whole:
 * at once when Content-Length says so, else as soon as the bytes streamed
 * pass the limit (a chunked body has no Content-Length, and only such a body
 * is read through the counting parser). A huge query then
 * costs neither the memory to buffer it nor the time to parse it.
 */
export function useBodyLimit({
  maxBytes = 102_400,
  detailed = true,
}: BodyLimitOptions = {}): Plugin {
  const tooLarge = (sent: string) =>
    createGraphQLError(
      detailed
        ? `Request body too large: ${sent}, and the limit is ${maxBytes} bytes (MAX_BODY_BYTES). Send a smaller query, or a persisted operation's id.`
        : `Request body too large: the limit is ${maxBytes} bytes.`,
      { extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } } },
    );
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        // One non-negative integer; anything else (two values, a sign) is a smuggling attempt.
        if (!/^\d+$/.test(declared)) {
          throw createGraphQLError(`Content-Length ${JSON.stringify(declared)} is not a size.`, {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
        if (Number(declared) > maxBytes) throw tooLarge(`Content-Length is ${declared} bytes`);
        // The HTTP parser delivers exactly Content-Length bytes of body, no more:
        // within the limit, there is nothing left to watch.
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser(async (original) => {
        const body = await readCapped(original, maxBytes, () =>
          tooLarge(`more than ${maxBytes} bytes were sent`),
        );
        return parse(
          new fetchAPI.Request(original.url, {
            method: original.method,
            headers: original.headers,
            body,
            signal: original.signal,
          }),
        );
      });
    },
  };
}

/** The body's bytes, stopping (and cancelling the upload) as soon as they pass `maxBytes`. */
async function readCapped(request: Request, maxBytes: number, tooLarge: () => Error) {
  const reader = (request.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}
