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

/**
 * Internal calls between subgraphs, kept to the few questions a write may need of an entity
 * another subgraph owns (does it exist for this caller; what does its owner record about it),
 * asked once per write: one representation, one signed request, a 3-second timeout. A peer
 * that cannot be reached is an internal error, never a guess.
 */
export function peerSubgraphs(options: PeerSubgraphOptions): PeerSubgraphs {
  async function entity(subgraph: SubgraphName, typename: string, id: string, selection: string): Promise<Record<string, unknown> | null> {
    const url = options.urls[subgraph];
    if (!url) throw new Error(`No address for the ${subgraph} subgraph (set ${subgraph.toUpperCase()}_URL).`);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(typename)) throw new Error(`Not a type name: ${typename}`);
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on ${typename} { ${selection} } } }`;
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SUBGRAPH_CREDENTIAL_HEADER]: signSubgraphCredential(options.subgraphSecret, { query }),
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      },
      body: JSON.stringify({ query, variables: { representations: [{ __typename: typename, id }] } }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 3_000),
    });
    const body = (await response.json()) as { data?: { _entities?: Array<Record<string, unknown> | null> } | null; errors?: unknown[] };
    if (!response.ok || !body.data?._entities || (body.errors && body.errors.length > 0)) {
      throw new Error(`The ${subgraph} subgraph did not answer about ${typename} ${id} (HTTP ${response.status}).`);
    }
    return body.data._entities[0] ?? null;
  }

  return {
    async entityExists(subgraph, typename, id) {
      return (await entity(subgraph, typename, id, '__typename')) != null;
    },
    async entityFields(subgraph, typename, id, selection) {
      return entity(subgraph, typename, id, selection);
    },
  };
}
