import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationFailedError } from '@tsunagaru/shared-kernel';

/** Runs hand-written SQL on the EntityManager's connection, inside its transaction when it has one. */
export async function sql<T = Record<string, unknown>>(em: EntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  return em.getConnection().execute<T[]>(text, params, 'all', em.getTransactionContext());
}

/** A refusal reported as a user error on one input field: the operation changed nothing. */
export function refuse(field: string, code: string, message: string): ValidationFailedError {
  return new ValidationFailedError([{ field: [field], code, message }]);
}
