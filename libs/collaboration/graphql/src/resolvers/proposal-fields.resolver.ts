import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ProposalStatus, type Proposal as ProposalEntity } from '@tsunagaru/collaboration-domain';
import { DepartmentReference } from '../types/department-reference.type';
import { GroupReference } from '../types/group-reference.type';
import { Proposal } from '../types/proposal.type';

/** Fields computed from the row itself: no SQL. Group and Department come back as keys for the gateway. */
@Resolver(() => Proposal)
export class ProposalFieldsResolver {
  @FieldResolver(() => GroupReference, {
    nullable: true,
    description: '提案団体: the group that proposed (市民提案); null for city proposals.',
  })
  proposingGroup(@Root() proposal: ProposalEntity): GroupReference | null {
    return proposal.proposingGroupId ? { id: proposal.proposingGroupId } : null;
  }

  @FieldResolver(() => DepartmentReference, {
    description: '担当課: the proposing department (city proposals) or the responsible one (group proposals).',
  })
  department(@Root() proposal: ProposalEntity): DepartmentReference {
    return { id: proposal.departmentId };
  }

  @FieldResolver(() => Boolean, { description: '事業実施: true when the proposal was carried out (status IMPLEMENTED).' })
  implemented(@Root() proposal: ProposalEntity): boolean {
    return proposal.status === ProposalStatus.IMPLEMENTED;
  }
}
