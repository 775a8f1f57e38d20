import { SUBGRAPH_CREDENTIAL_HEADER, signSubgraphCredential } from '@tsunagaru/shared-auth';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: TData | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/** Sends one GraphQL operation over real HTTP, as any client would. */
export async function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
  extraHeaders: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...extraHeaders },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: TData | null; errors?: GraphQLResponse['errors'] };
  return { status: response.status, headers: response.headers, ...body };
}

/** Error codes of a response, in order, for compact assertions. */
export function errorCodes(response: GraphQLResponse<unknown>): string[] {
  return (response.errors ?? []).map((error) => String(error.extensions?.code));
}

/**
 * Sends an operation straight to a subgraph as the gateway would, signed with `subgraphSecret`
 * (in system tests: `inject('subgraphSecret')`); subgraphs refuse anyone else.
 */
export async function postGraphQLAsGateway<TData = Record<string, unknown>>(
  subgraphSecret: string,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse<TData>> {
  return postGraphQL<TData>(url, query, variables, token, { [SUBGRAPH_CREDENTIAL_HEADER]: signSubgraphCredential(subgraphSecret, { query }) });
}
