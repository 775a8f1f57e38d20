import { SUBGRAPH_CREDENTIAL_HEADER, signSubgraphCredential } from '@tsunagaru/shared-auth';
import type { PeerSubgraphs } from '@tsunagaru/shared-graphql';
import type { SubgraphName } from '@tsunagaru/shared-topology';

export interface PeerSubgraphOptions {
  /** Where the other subgraphs answer, by name. */
  urls: Partial<Record<SubgraphName, string>>;
  /** The secret the gateway signs with: subgraphs accept a peer's call only when it is signed the same way. */
  subgraphSecret: string;
  /** The caller's verified bearer token, forwarded so the owner judges visibility for the same caller. */
  token: string | null;
  timeoutMs?: number;
}

const EXISTS = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }';

/**
 * Internal calls between subgraphs, kept to one question (does this entity exist for this
 * caller) asked once per write that needs it: one representation, one signed request, a
 * 3-second timeout. A peer that cannot be reached is an internal error, never a guess.
 */
export function peerSubgraphs(options: PeerSubgraphOptions): PeerSubgraphs {
  return {
    async entityExists(subgraph, typename, id) {
      const url = options.urls[subgraph];
      if (!url) throw new Error(`No address for the ${subgraph} subgraph (set ${subgraph.toUpperCase()}_URL).`);
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SUBGRAPH_CREDENTIAL_HEADER]: signSubgraphCredential(options.subgraphSecret, { query: EXISTS }),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({ query: EXISTS, variables: { representations: [{ __typename: typename, id }] } }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 3_000),
      });
      const body = (await response.json()) as { data?: { _entities?: Array<unknown> } | null; errors?: unknown[] };
      if (!response.ok || !body.data?._entities) {
        throw new Error(`The ${subgraph} subgraph did not answer whether ${typename} ${id} exists (HTTP ${response.status}).`);
      }
      return body.data._entities[0] != null;
    },
  };
}
