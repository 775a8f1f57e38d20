import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ActivityField, ProposerType } from '@tsunagaru/shared-graphql';
import { DepartmentReference } from './department-reference.type';

@ObjectType('ProposalMetricRow', {
  description:
    '相互提案協働事業の実績: figures for one combination of the dimensions grouped by. A dimension not grouped by is null.',
})
export class ProposalMetricRow {
  @Field(() => ProposerType, { nullable: true, description: '提案者区分; null unless grouped by PROPOSER_TYPE.' })
  proposerType!: ProposerType | null;

  @Field(() => Int, { nullable: true, description: '年度; null unless grouped by FISCAL_YEAR.' })
  fiscalYear!: number | null;

  @Field(() => DepartmentReference, { nullable: true, description: '担当課; null unless grouped by DEPARTMENT.' })
  department!: DepartmentReference | null;

  @Field(() => ActivityField, { nullable: true, description: '活動分野; null unless grouped by ACTIVITY_FIELD.' })
  activityField!: ActivityField | null;

  @Field(() => Int, { description: '提案件数' })
  proposals!: number;

  @Field(() => Int, { description: '事業実施件数: proposals carried out (status IMPLEMENTED).' })
  implemented!: number;

  @Field(() => Float, { description: '事業化率: implemented / proposals, rounded to 3 decimals (0.739 = 73.9 %).' })
  implementationRate!: number;
}
