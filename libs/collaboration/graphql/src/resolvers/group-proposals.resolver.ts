import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PROPOSALS_NEWEST_FIRST, type Proposal as ProposalEntity } from '@tsunagaru/collaboration-domain';
import { ForwardPaginationArgs, toConnection, type ConnectionResult } from '@tsunagaru/shared-graphql';
import type { CollaborationContext } from '../loaders';
import { GroupReference } from '../types/group-reference.type';
import { ProposalConnection } from '../types/proposal-connection.type';

@Resolver(() => GroupReference)
export class GroupProposalsResolver {
  @FieldResolver(() => ProposalConnection, {
    description: '市民提案: mutual-proposal collaboration proposals this group made, newest first. Batched across groups.',
  })
  async proposals(
    @Root() group: GroupReference,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: CollaborationContext,
  ): Promise<ConnectionResult<ProposalEntity>> {
    const request = PROPOSALS_NEWEST_FIRST.request(page);
    return toConnection(await context.loaders.proposalsByGroup.load(group.id, request));
  }
}
