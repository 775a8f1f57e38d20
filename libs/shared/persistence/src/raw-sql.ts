import type { EntityManager } from '@mikro-orm/postgresql';

/** Runs hand-written SQL on the EntityManager's connection, inside its transaction when it has one. */
export async function sql<T = Record<string, unknown>>(em: EntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(text, params, 'all', em.getTransactionContext());
}
