import type { GroupReference } from '../types/group-reference.type';

/** Group belongs to directory: the key is all this subgraph needs, so no SQL here. */
export function resolveGroupReference(reference: { id: string }): GroupReference {
  return { id: reference.id };
}
