import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { RedisKeyValueCache } from './redis-key-value-cache';

// The response cache in Redis: a round trip where Redis runs (REDIS_URL, as on the project's
// machines), and a quiet miss where it does not, so the graph keeps answering uncached.
describe('RedisKeyValueCache', () => {
  it('makes reads misses and writes no-ops when Redis does not answer', async () => {
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const cache = new RedisKeyValueCache(`redis://127.0.0.1:${closed}`);
    await expect(cache.set('k', 'v', { ttl: 5 })).resolves.toBeUndefined();
    await expect(cache.get('k')).resolves.toBeUndefined();
    await cache.close();
  });

  it('keeps entries for their ttl in the Redis of REDIS_URL, when one is configured', async () => {
    const url = process.env.REDIS_URL;
    const cache = new RedisKeyValueCache(url ?? 'redis://127.0.0.1:1');
    const key = `tsunagaru:test:${process.pid}:${Date.now()}`;
    await cache.set(key, 'value', { ttl: 0.2 });
    expect(await cache.get(key)).toBe(url ? 'value' : undefined);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await cache.get(key)).toBeUndefined();
    await cache.close();
  });
});
