import { isGroupVisibleTo, type Group } from '@tsunagaru/directory-domain';
import type { DirectoryContext } from '../loaders';

/**
 * Other subgraphs hand over `{ id }` (a booking's group, a proposal's proposer, …) and the
 * gateway asks here, so this is where every nested road to a Group meets the same visibility
 * as `group(id)`: one batched lookup, then null for unknown ids and for groups the caller
 * may not see.
 */
export async function resolveGroupReference(reference: { id: string }, context: DirectoryContext): Promise<Group | null> {
  const group = await context.loaders.group.load(reference.id);
  return group && isGroupVisibleTo(context.principal, group) ? group : null;
}
