import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/**
 * The smallest typed client: a generated document fixes both the variables it takes and the
 * shape of `data`, so the compiler checks every use against the public schema.
 */
export async function request<TResult, TVariables extends Record<string, unknown>>(
  endpoint: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  token?: string,
): Promise<{ data: TResult | null; errors?: Array<{ message: string; extensions?: { code?: string } }> }> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as { data: TResult | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}
