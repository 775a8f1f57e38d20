import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PROPOSALS_NEWEST_FIRST, type Proposal as ProposalEntity } from '@tsunagaru/collaboration-domain';
import { ForwardPaginationArgs, toConnection, type ConnectionResult } from '@tsunagaru/shared-graphql';
import type { CollaborationContext } from '../loaders';
import { DepartmentReference } from '../types/department-reference.type';
import { ProposalConnection } from '../types/proposal-connection.type';

@Resolver(() => DepartmentReference)
export class DepartmentProposalsResolver {
  @FieldResolver(() => ProposalConnection, {
    description: '担当する相互提案協働事業: proposals this department made or is responsible for, newest first. Batched across departments.',
  })
  async proposals(
    @Root() department: DepartmentReference,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: CollaborationContext,
  ): Promise<ConnectionResult<ProposalEntity>> {
    const request = PROPOSALS_NEWEST_FIRST.request(page);
    return toConnection(await context.loaders.proposalsByDepartment.load(department.id, request));
  }
}
