import { type Proposal } from '@tsunagaru/collaboration-domain';
import type { CollaborationContext } from '../loaders';

/** The gateway hands over `{ id }`; one batched lookup answers them all, null if unknown. */
export async function resolveProposalReference(reference: { id: string }, context: CollaborationContext): Promise<Proposal | null> {
  return context.loaders.proposal.load(reference.id);
}
