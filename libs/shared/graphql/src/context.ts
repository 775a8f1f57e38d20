import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '@tsunagaru/shared-kernel';
import type { SubgraphName } from '@tsunagaru/shared-topology';

/**
 * Other subgraphs, asked the one question a subgraph may need of an entity it does not own:
 * does it exist for this caller? One signed `_entities` call to the owner, with the caller's
 * own token (so the owner's visibility rules apply), bounded by a short timeout.
 */
export interface PeerSubgraphs {
  entityExists(subgraph: SubgraphName, typename: string, id: string): Promise<boolean>;
  /** The owner's fields of one entity (a flat selection of scalar fields), or null if it does not exist for this caller. */
  entityFields(subgraph: SubgraphName, typename: string, id: string, selection: string): Promise<Record<string, unknown> | null>;
}

/** Everything a resolver may use for one request; built fresh per request. */
export interface RequestContext<Loaders = unknown> {
  /** A fork of the ORM's EntityManager: its identity map lives for this request only. */
  em: EntityManager;
  /** The verified caller, or null when anonymous. */
  principal: Principal | null;
  /** Per-request DataLoaders, so batching and caching never leak across requests. */
  loaders: Loaders;
  /** Other subgraphs, for the rare check an entity reference cannot make (a write naming another subgraph's entity). */
  peers: PeerSubgraphs;
}
