import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ActivityField, DateScalar, ProposerType } from '@tsunagaru/shared-graphql';
import { ProposalStatus } from './proposal-status.enum';

@Directive('@key(fields: "id")')
@ObjectType('Proposal', {
  description:
    '相互提案協働事業: a proposal in the mutual-proposal collaboration programme, made by the city (行政提案) or by a civic group (市民提案).',
})
export class Proposal {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '事業名' })
  title!: string;

  @Field(() => String, { description: '事業概要' })
  summary!: string;

  @Field(() => ProposerType)
  proposerType!: ProposerType;

  @Field(() => Int, { description: '提案年度 (2019 = FY2019, 2019-04-01 … 2020-03-31).' })
  fiscalYear!: number;

  @Field(() => ActivityField, { description: '活動分野 the proposal is about.' })
  activityField!: ActivityField;

  @Field(() => ProposalStatus)
  status!: ProposalStatus;

  @Field(() => DateScalar, { description: '提案日: the day the proposal was submitted.' })
  submittedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: '決定日: the day of adoption, rejection or withdrawal; null while undecided.' })
  decidedOn!: string | null;
}
