import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * How long a public answer may be reused (the gateway's response cache, a CDN, a browser):
 * a decided registration, a new booking or a changed profile shows on the website within
 * this many seconds.
 */
export const PUBLIC_MAX_AGE_SECONDS = 30;

/** Cache hint of public types and fields (`@Directive(CACHE_PUBLIC)`): the same for every anonymous caller. */
export const CACHE_PUBLIC = `@cacheControl(maxAge: ${PUBLIC_MAX_AGE_SECONDS})`;

/**
 * Cache hint of private or per-caller fields (contacts, donors, answers, notes): selecting one
 * makes the whole response uncacheable (`no-store`) and private.
 */
export const CACHE_PRIVATE = '@cacheControl(maxAge: 0, scope: PRIVATE)';

/**
 * The directive as every subgraph declares it, composed into the supergraph
 * (`@composeDirective`) so the hints travel with the graph (Apollo Router reads them too).
 */
export const CACHE_CONTROL_SDL = `
  enum CacheControlScope { PUBLIC PRIVATE }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
`;

/**
 * A caller with a token may see more than the public (its own group's pending application,
 * contacts): whatever it gets is marked private, so no shared cache keeps it for another caller.
 */
export function privateForCallersWithTokenPlugin<TContext extends BaseContext & { principal?: unknown }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        // Before the built-in cache-control plugin (added after ours) writes the header.
        async willSendResponse({ contextValue, overallCachePolicy }) {
          if (contextValue.principal) overallCachePolicy.restrict({ scope: 'PRIVATE' });
        },
      };
    },
  };
}
