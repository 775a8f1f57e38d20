import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ActivityField, ProposerType } from '@tsunagaru/shared-graphql';
import { ProposalStatus } from './proposal-status.enum';
import { DepartmentReference } from './references.type';

@ObjectType('ProposalMetricRow', {
  description:
    '相互提案協働事業の実績: figures for one combination of the dimensions grouped by. A dimension not grouped by is null. ' +
    'Submitted proposals only: drafts are not counted.',
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

  @Field(() => ProposalStatus, { nullable: true, description: '審査状況; null unless grouped by STATUS.' })
  status!: ProposalStatus | null;

  @Field(() => Int, { description: '提案件数: proposals submitted.' })
  proposals!: number;

  @Field(() => Int, { description: '採択件数: proposals adopted (ADOPTED, AGREED, IMPLEMENTED or COMPLETED).' })
  adopted!: number;

  @Field(() => Int, { description: '実施件数: proposals carried out (IMPLEMENTED or COMPLETED).' })
  implemented!: number;

  @Field(() => Float, {
    description:
      '実施率, the guideline\'s rate (3(3): 市提案の実施率 73.9%, 市民活動団体提案 34.6%): implemented / proposals, rounded to 3 ' +
      'decimals (0.739 = 73.9 %); 0 when there are no proposals.',
  })
  implementationRate!: number;

  @Field(() => Float, { nullable: true, description: '採択率: adopted / decided (adopted or not adopted), rounded to 3 decimals; null before any decision.' })
  adoptionRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from submission to the decision (採否), over decided proposals; null before any decision.' })
  medianDaysToDecision!: number | null;
}
