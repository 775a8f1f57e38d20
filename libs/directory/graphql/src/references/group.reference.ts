import type { Group } from '@tsunagaru/directory-domain';
import type { DirectoryContext } from '../loaders';

/** Other subgraphs hand over `{ id }`; one batched lookup answers them all, null if unknown. */
export async function resolveGroupReference(reference: { id: string }, context: DirectoryContext): Promise<Group | null> {
  return context.loaders.group.load(reference.id);
}
