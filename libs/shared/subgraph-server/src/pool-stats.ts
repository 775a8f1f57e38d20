import type { MikroORM } from '@mikro-orm/postgresql';
import type { DatabasePoolStats } from '@tsunagaru/shared-telemetry';

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  max: number;
}

/** The connection pool's state (knex's tarn pool under MikroORM), read when /metrics is scraped. */
export function databasePoolStats(orm: MikroORM): DatabasePoolStats | undefined {
  const pool = (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
  if (!pool) return undefined;
  return { used: pool.numUsed(), free: pool.numFree(), pending: pool.numPendingAcquires(), max: pool.max };
}
