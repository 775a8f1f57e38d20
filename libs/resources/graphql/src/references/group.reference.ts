/** Group is owned by directory: this subgraph needs only the key, so no SQL at all. */
export function resolveGroupReference(reference: { id: string }): { id: string } {
  return { id: reference.id };
}
