/**
 * Calls to a child's DevTools inspector (`--inspect=127.0.0.1:0`, loopback
 * only), for the load test: a GC before memory is read, and the memory
 * figures the child alone can give. Nothing of this is in the server.
 */

/** One DevTools protocol call. */
export interface InspectorCall {
  method: string;
  params?: Record<string, unknown>;
}

/** Runs `calls` in order over one session; resolves to their results, in the same order. */
export async function inspect(
  inspectorUrl: string,
  calls: InspectorCall[],
  timeoutMs = 10_000,
): Promise<Record<string, unknown>[]> {
  const socket = new WebSocket(inspectorUrl);
  const results: Record<string, unknown>[] = [];
  try {
    return await new Promise((resolve, reject) => {
      const send = (index: number) => {
        const call = calls[index];
        if (!call) return resolve(results);
        socket.send(JSON.stringify({ id: index + 1, method: call.method, params: call.params }));
      };
      socket.addEventListener('open', () => send(0));
      socket.addEventListener('message', (event) => {
        const message = JSON.parse(String(event.data)) as {
          id?: number;
          result?: Record<string, unknown>;
          error?: { message?: string };
        };
        if (message.id === undefined) return;
        const call = calls[message.id - 1];
        if (message.error) {
          return reject(new Error(`${call?.method} failed: ${message.error.message}`));
        }
        results.push(message.result ?? {});
        send(message.id);
      });
      socket.addEventListener('error', () => reject(new Error(`no inspector at ${inspectorUrl}`)));
      setTimeout(
        () => reject(new Error(`the inspector did not answer within ${timeoutMs} ms`)),
        timeoutMs,
      ).unref();
    });
  } finally {
    socket.close();
  }
}

/** Evaluates `expression` in the child's main context; resolves to its value, which must be JSON. */
export async function evaluate<T>(inspectorUrl: string, expression: string): Promise<T> {
  const [answer] = await inspect(inspectorUrl, [
    { method: 'Runtime.evaluate', params: { expression, returnByValue: true } },
  ]);
  const { result, exceptionDetails } = answer as {
    result?: { value?: T };
    exceptionDetails?: { exception?: { description?: string }; text?: string };
  };
  if (exceptionDetails) {
    throw new Error(
      `${expression} threw: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`,
    );
  }
  return result?.value as T;
}
