import { Field, ID, InputType, Int } from 'type-graphql';
import { ActivityField, ProposerType } from '@tsunagaru/shared-graphql';

@InputType('ProposalMetricFilter', { description: 'Which proposals the metrics count. Lists match any of their values; an empty list does not restrict.' })
export class ProposalMetricFilter {
  @Field(() => Int, { nullable: true, description: 'First fiscal year counted (inclusive).' })
  fiscalYearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last fiscal year counted (inclusive); not before fiscalYearFrom.' })
  fiscalYearTo?: number | null;

  @Field(() => [ProposerType], { nullable: true })
  proposerTypes?: ProposerType[] | null;

  @Field(() => [ID], { nullable: true })
  departmentIds?: string[] | null;

  @Field(() => [ActivityField], { nullable: true })
  activityFields?: ActivityField[] | null;
}
