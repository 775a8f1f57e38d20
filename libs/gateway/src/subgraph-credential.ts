import type { GatewayGraphQLRequest } from '@apollo/server-gateway-interface';
import { SUBGRAPH_CREDENTIAL_HEADER, signSubgraphCredential } from '@tsunagaru/shared-auth';

/**
 * Signs one subgraph call: subgraphs refuse anything without this header, so they answer the
 * gateway (and its limits) only. Bound to the operation sent, valid for a minute.
 */
export function signSubgraphRequest(secret: string, request: GatewayGraphQLRequest): void {
  request.http?.headers.set(SUBGRAPH_CREDENTIAL_HEADER, signSubgraphCredential(secret, request));
}
