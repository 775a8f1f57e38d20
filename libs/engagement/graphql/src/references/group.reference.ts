/** Group is owned by directory: the key is all this subgraph needs, so no SQL here. */
export function resolveGroupReference(reference: { id: string }): { id: string } {
  return { id: reference.id };
}
