import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '@tsunagaru/shared-kernel';

/** Everything a resolver may use for one request; built fresh per request. */
export interface RequestContext<Loaders = unknown> {
  /** A fork of the ORM's EntityManager: its identity map lives for this request only. */
  em: EntityManager;
  /** The verified caller, or null when anonymous. */
  principal: Principal | null;
  /** Per-request DataLoaders, so batching and caching never leak across requests. */
  loaders: Loaders;
}
