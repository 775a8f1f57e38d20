import { Field, ID, InputType, Int } from 'type-graphql';
import { ProposerType } from '@tsunagaru/shared-graphql';
import { ProposalStatus } from '../types/proposal-status.enum';

@InputType('ProposalFilter', { description: 'Narrows the list of proposals; every field given must match.' })
export class ProposalFilter {
  @Field(() => ProposerType, { nullable: true })
  proposerType?: ProposerType | null;

  @Field(() => Int, { nullable: true, description: '年度' })
  fiscalYear?: number | null;

  @Field(() => ProposalStatus, { nullable: true })
  status?: ProposalStatus | null;

  @Field(() => ID, { nullable: true, description: 'The proposing group.' })
  groupId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The responsible department (担当課).' })
  departmentId?: string | null;
}
