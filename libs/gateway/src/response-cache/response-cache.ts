import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache, PrefixingKeyValueCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { GatewayContext } from '../gateway-context';
import { RedisKeyValueCache } from './redis-key-value-cache';

export interface ResponseCacheOptions {
  /** Redis shared by the replicas; an in-memory cache per process when absent. */
  redisUrl?: string;
  /** Bytes the in-memory cache holds at most. */
  maxMemoryBytes?: number;
  /** Prefix of every key in Redis: deployments (or test runs) sharing one Redis keep apart. */
  keyPrefix?: string;
}

export interface GatewayResponseCache {
  plugins: ApolloServerPlugin<GatewayContext>[];
  close(): Promise<void>;
}

/**
 * The gateway's response cache for anonymous reads (the city website's traffic). A response is
 * kept only when every subgraph answer it used was public with a max age (the schema's
 * @cacheControl hints, PUBLIC_MAX_AGE_SECONDS at most), no error came back and the caller sent
 * no token; it is served only to callers without a token, for the rest of that max age.
 * Anything private (a guarded field, a caller with a token) is never written, and a response
 * to a caller with a token is marked private for any cache on the way.
 */
export function createResponseCache(options: ResponseCacheOptions = {}): GatewayResponseCache {
  const redis = options.redisUrl ? new RedisKeyValueCache(options.redisUrl) : null;
  const store: KeyValueCache<string> =
    redis ?? new InMemoryLRUCache<string>({ maxSize: options.maxMemoryBytes ?? 32 * 1024 * 1024, sizeCalculation: (value) => value.length * 2 || 1 });
  const prefix = options.keyPrefix ?? 'tsunagaru:gateway:';
  const generation = redis ? new SharedGeneration(store, `${prefix}generation`) : new LocalGeneration();
  const anonymous = async ({ contextValue }: { contextValue: GatewayContext }) => !contextValue.token && !contextValue.principal;
  return {
    plugins: [
      privateForCallersWithToken(),
      forgetOnMutation(generation),
      responseCachePlugin<GatewayContext>({
        cache: new PrefixingKeyValueCache(store, `${prefix}response:`),
        shouldReadFromCache: anonymous,
        shouldWriteToCache: anonymous,
        // Entries written before the last mutation through any gateway are never read again.
        extraCacheKeyData: () => generation.current(),
      }),
    ],
    close: async () => {
      await redis?.close();
    },
  };
}

/**
 * Which entries are current: every mutation through a gateway starts a new generation, so a
 * change made through the graph (a decided registration, a new booking) shows at once; changes
 * made elsewhere show when the entries expire (PUBLIC_MAX_AGE_SECONDS).
 */
interface CacheGeneration {
  current(): Promise<string>;
  next(): Promise<void>;
}

class LocalGeneration implements CacheGeneration {
  private value = 0;
  async current(): Promise<string> {
    return String(this.value);
  }
  async next(): Promise<void> {
    this.value += 1;
  }
}

/** Kept in Redis beside the entries, so a mutation through one replica retires every replica's entries. */
class SharedGeneration implements CacheGeneration {
  constructor(
    private readonly store: KeyValueCache<string>,
    private readonly key: string,
  ) {}
  async current(): Promise<string> {
    return (await this.store.get(this.key)) ?? '0';
  }
  async next(): Promise<void> {
    await this.store.set(this.key, randomUUID(), { ttl: null });
  }
}

function forgetOnMutation(generation: CacheGeneration): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') await generation.next();
        },
      };
    },
  };
}

/**
 * Responses differ by caller: a caller with a token gets them marked private (never kept by a
 * shared cache), and every response varies on Authorization.
 */
export function privateForCallersWithToken(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        // Runs before the built-in cache-control plugin (added after ours) writes Cache-Control.
        async willSendResponse({ contextValue, overallCachePolicy, response }) {
          if (contextValue.token || contextValue.principal) overallCachePolicy.restrict({ scope: 'PRIVATE' });
          response.http.headers.set('vary', 'authorization');
        },
      };
    },
  };
}
