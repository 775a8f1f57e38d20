import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type Proposal as ProposalEntity } from '@tsunagaru/collaboration-domain';
import type { CollaborationContext } from '../loaders';
import { GroupReference } from '../types/group-reference.type';
import { Proposal } from '../types/proposal.type';

@Resolver(() => GroupReference)
export class GroupProposalsResolver {
  @FieldResolver(() => [Proposal], {
    description: '市民提案: mutual-proposal collaboration proposals this group made, newest first.',
  })
  async proposals(@Root() group: GroupReference, @Ctx() context: CollaborationContext): Promise<ProposalEntity[]> {
    return context.loaders.proposalsByGroup.load(group.id);
  }
}
