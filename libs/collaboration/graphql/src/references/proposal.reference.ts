import type { Proposal } from '@tsunagaru/collaboration-domain';
import type { CollaborationContext } from '../loaders';
import { visibleOrNull } from '../resolvers/proposal.resolvers';

/**
 * The gateway hands over `{ id }`; one batched lookup answers them all, null if unknown or
 * hidden from the caller: a draft or a proposal under review never leaks through `_entities`.
 */
export async function resolveProposalReference(reference: { id: string }, context: CollaborationContext): Promise<Proposal | null> {
  return visibleOrNull(await context.loaders.proposal.load(reference.id), context);
}
