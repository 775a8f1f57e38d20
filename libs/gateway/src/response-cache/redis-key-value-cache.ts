import { Redis } from 'ioredis';
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';

/**
 * The gateway's response cache in Redis (REDIS_URL), shared by every gateway replica. A Redis
 * that does not answer makes a read a miss and a write a no-op: the graph keeps answering,
 * uncached, and says so once in the log.
 */
export class RedisKeyValueCache implements KeyValueCache<string> {
  private readonly client: Redis;
  /** The first connection attempt, waited for (briefly) once; afterwards a Redis that is not ready is a miss at once. */
  private firstConnection: Promise<unknown> | null = null;
  private warned = false;

  constructor(url: string) {
    this.client = new Redis(url, {
      lazyConnect: true,
      // Commands fail at once while disconnected instead of queueing behind reconnection.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      retryStrategy: (retries) => Math.min(retries * 200, 5_000),
    });
    this.client.on('error', (error: unknown) => this.warn(error));
  }

  async get(key: string): Promise<string | undefined> {
    try {
      await this.connect();
      return (await this.client.get(key)) ?? undefined;
    } catch (error) {
      this.warn(error);
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    try {
      await this.connect();
      const ttl = options?.ttl;
      if (ttl) await this.client.set(key, value, 'PX', Math.max(1, Math.round(ttl * 1000)));
      else await this.client.set(key, value);
    } catch (error) {
      this.warn(error);
    }
  }

  async delete(key: string): Promise<boolean | void> {
    try {
      await this.connect();
      return (await this.client.del(key)) > 0;
    } catch (error) {
      this.warn(error);
    }
  }

  async close(): Promise<void> {
    this.client.disconnect();
  }

  private async connect(): Promise<void> {
    if (this.client.status === 'ready') return;
    if (!this.firstConnection) {
      const attempt = this.client.connect().catch((error: unknown) => this.warn(error));
      this.firstConnection = Promise.race([attempt, new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
    }
    await this.firstConnection;
    if (!this.ready()) throw new Error('Redis is not connected.');
  }

  private ready(): boolean {
    return this.client.status === 'ready';
  }

  private warn(error: unknown): void {
    if (this.warned) return;
    this.warned = true;
    console.error('[gateway] the response cache in Redis does not answer; serving uncached', error instanceof Error ? error.message : error);
  }
}
