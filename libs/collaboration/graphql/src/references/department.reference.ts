import type { DepartmentReference } from '../types/department-reference.type';

/** Department belongs to directory: the key is all this subgraph needs, so no SQL here. */
export function resolveDepartmentReference(reference: { id: string }): DepartmentReference {
  return { id: reference.id };
}
