import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ProposalCatalog, PROPOSALS_NEWEST_FIRST, type Proposal as ProposalEntity } from '@tsunagaru/collaboration-domain';
import { ForwardPaginationArgs, toConnection, withArgumentPath, type ConnectionResult } from '@tsunagaru/shared-graphql';
import { ProposalFilter } from '../inputs/proposal-filter.input';
import type { CollaborationContext } from '../loaders';
import { Proposal } from '../types/proposal.type';
import { ProposalConnection } from '../types/proposal-connection.type';

@Resolver(() => Proposal)
export class ProposalQueryResolver {
  @Query(() => ProposalConnection, { description: '相互提案協働事業の一覧: proposals, newest first, filtered and paged.' })
  async proposals(
    @Arg('filter', () => ProposalFilter, { nullable: true }) filter: ProposalFilter | null,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: CollaborationContext,
  ): Promise<ConnectionResult<ProposalEntity>> {
    const request = PROPOSALS_NEWEST_FIRST.request(page);
    return toConnection(await withArgumentPath('filter', () => new ProposalCatalog(context.em).list(filter ?? {}, request)));
  }

  @Query(() => Proposal, { nullable: true, description: 'One proposal by id; null when unknown.' })
  async proposal(@Arg('id', () => ID) id: string, @Ctx() context: CollaborationContext): Promise<ProposalEntity | null> {
    return context.loaders.proposal.load(id);
  }
}
