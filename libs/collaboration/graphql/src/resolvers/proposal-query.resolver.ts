import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ProposalCatalog, proposalSortKey, type Proposal as ProposalEntity } from '@tsunagaru/collaboration-domain';
import { decodeCursor, ForwardPaginationArgs, pageSizeOf, toConnection, withArgumentPath } from '@tsunagaru/shared-graphql';
import { ProposalFilter } from '../inputs/proposal-filter.input';
import type { CollaborationContext } from '../loaders';
import { Proposal } from '../types/proposal.type';
import { ProposalConnection } from '../types/proposal-connection.type';

@Resolver(() => Proposal)
export class ProposalQueryResolver {
  @Query(() => ProposalConnection, { description: '相互提案協働事業の一覧: proposals, newest fiscal year first, filtered and paged.' })
  async proposals(
    @Arg('filter', () => ProposalFilter, { nullable: true }) filter: ProposalFilter | null,
    @Args(() => ForwardPaginationArgs) { first, after }: ForwardPaginationArgs,
    @Ctx() context: CollaborationContext,
  ): Promise<ProposalConnection> {
    const pageSize = pageSizeOf(first);
    const afterKey = decodeCursor(after, 2);
    const { rows, totalCount } = await withArgumentPath('filter', () =>
      new ProposalCatalog(context.em).list(filter ?? {}, { first: pageSize, after: afterKey }),
    );
    return toConnection<ProposalEntity>(rows, pageSize, totalCount, afterKey !== null, proposalSortKey);
  }

  @Query(() => Proposal, { nullable: true, description: 'One proposal by id; null when unknown.' })
  async proposal(@Arg('id', () => ID) id: string, @Ctx() context: CollaborationContext): Promise<ProposalEntity | null> {
    return context.loaders.proposal.load(id);
  }
}
