import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type Proposal as ProposalEntity } from '@tsunagaru/collaboration-domain';
import type { CollaborationContext } from '../loaders';
import { DepartmentReference } from '../types/department-reference.type';
import { Proposal } from '../types/proposal.type';

@Resolver(() => DepartmentReference)
export class DepartmentProposalsResolver {
  @FieldResolver(() => [Proposal], {
    description: '担当する相互提案協働事業: proposals this department made or is responsible for, newest first.',
  })
  async proposals(@Root() department: DepartmentReference, @Ctx() context: CollaborationContext): Promise<ProposalEntity[]> {
    return context.loaders.proposalsByDepartment.load(department.id);
  }
}
