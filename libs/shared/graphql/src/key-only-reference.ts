import { isUuid } from '@tsunagaru/shared-kernel';

/**
 * Reference resolver for an entity another subgraph owns (a stub with only its key):
 * the key is all this subgraph needs, so no SQL. A malformed id names no entity, so
 * none of the stub's fields ever sends it to a query.
 */
export function resolveKeyOnlyReference(reference: { id: string }): { id: string } | null {
  return isUuid(reference.id) ? { id: reference.id } : null;
}
