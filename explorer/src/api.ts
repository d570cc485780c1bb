import type { TypedDocumentString } from './gql/graphql';

/** An answer with errors: their messages, joined, name what went wrong. */
export class ApiError extends Error {}

/**
 * Runs one operation against Accord's public API (POST /graphql, JSON), typed
 * by the document codegen generated from schema/schema.graphql. It names the
 * operation by its persisted id too, so that a server running only trusted
 * documents (PERSISTED_ONLY=true) runs it; others run the query.
 */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> {
  const hash = document.__meta__?.hash as string | undefined;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      query: document.toString(),
      variables,
      ...(hash ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : {}),
    }),
  });
  const body = (await response.json()) as { data?: R; errors?: { message: string }[] };
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join('; '));
  if (!response.ok || !body.data) throw new ApiError(`The API answered ${response.status}.`);
  return body.data;
}
