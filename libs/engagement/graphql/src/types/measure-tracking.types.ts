import { Directive, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CACHE_PUBLIC, ConnectionType, DateScalar, DateTimeScalar, UserError } from '@tsunagaru/shared-graphql';
import { MeasureProgressStatus, ReviewCommittee } from './surveys-sessions-consultations-measures.enums';

@Directive(CACHE_PUBLIC)
@ObjectType('MeasureIndicator', { description: '指標: an indicator of a measure with its target and actual (目標値・実績値).' })
export class MeasureIndicator {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Unit, e.g. 件, 人, 回.' })
  unit!: string;

  @Field(() => Float, { nullable: true })
  target!: number | null;

  @Field(() => Float, { nullable: true })
  actual!: number | null;
}

@Directive(CACHE_PUBLIC)
@ObjectType('MeasureProgressReport', { description: '進捗報告: the lead department\'s report on a measure for one fiscal year (public).' })
export class MeasureProgressReport {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '年度' })
  fiscalYear!: number;

  @Field(() => MeasureProgressStatus)
  status!: MeasureProgressStatus;

  @Field(() => String, { description: '取組状況' })
  narrative!: string;

  @Field(() => [MeasureIndicator], { nullable: true, description: 'At most 20.' })
  indicators!: MeasureIndicator[];

  @Field(() => DateTimeScalar)
  reportedAt!: Date;

  @Field(() => DateTimeScalar, { description: '更新日時: last change of the report (a revision included) (the open data change feed, updatedSince).' })
  updatedAt!: Date;
}

@Directive(CACHE_PUBLIC)
@ObjectType('MeasureProgressReportConnection', { description: 'Progress reports, newest fiscal year first.' })
export class MeasureProgressReportConnection extends ConnectionType(MeasureProgressReport, 'MeasureProgressReport') {}

@Directive(CACHE_PUBLIC)
@ObjectType('CommitteeReview', { description: '委員会での検討: one meeting of the promotion committee (推進委員会) or the internal review committee (市民活動推進庁内検討委員会).' })
export class CommitteeReview {
  @Field(() => ID)
  id!: string;

  @Field(() => ReviewCommittee)
  committee!: ReviewCommittee;

  @Field(() => DateScalar, { description: '開催日' })
  heldOn!: string;

  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;
}

@Directive(CACHE_PUBLIC)
@ObjectType('CommitteeReviewConnection', { description: 'Committee reviews, most recent first.' })
export class CommitteeReviewConnection extends ConnectionType(CommitteeReview, 'CommitteeReview') {}

@Directive(CACHE_PUBLIC)
@ObjectType('CommitteeRecommendation', { description: '提言 and the city\'s response (市の対応).' })
export class CommitteeRecommendation {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => String)
  recommendation!: string;

  @Field(() => String, { nullable: true })
  cityResponse!: string | null;

  @Field(() => DateScalar, { nullable: true })
  respondedOn!: string | null;
}

@Directive(CACHE_PUBLIC)
@ObjectType('CommitteeRecommendationConnection', { description: 'Recommendations in the order made.' })
export class CommitteeRecommendationConnection extends ConnectionType(CommitteeRecommendation, 'CommitteeRecommendation') {}

@ObjectType('ReportMeasureProgressPayload', { description: 'Result of reportMeasureProgress.' })
export class ReportMeasureProgressPayload {
  @Field(() => MeasureProgressReport, { nullable: true })
  report?: MeasureProgressReport | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('RecordCommitteeReviewPayload', { description: 'Result of recordCommitteeReview.' })
export class RecordCommitteeReviewPayload {
  @Field(() => CommitteeReview, { nullable: true })
  review?: CommitteeReview | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType('MeasureIndicatorInput', { description: '指標' })
export class MeasureIndicatorInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => Float, { nullable: true })
  target?: number | null;

  @Field(() => Float, { nullable: true })
  actual?: number | null;
}

@InputType('ReportMeasureProgressInput', { description: '進捗報告: one report per measure and fiscal year; reporting again corrects it.' })
export class ReportMeasureProgressInput {
  @Field(() => ID)
  measureId!: string;

  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => MeasureProgressStatus)
  status!: MeasureProgressStatus;

  @Field(() => String)
  narrative!: string;

  @Field(() => [MeasureIndicatorInput], { nullable: true })
  indicators?: MeasureIndicatorInput[] | null;
}

@InputType('CommitteeRecommendationInput', { description: '提言' })
export class CommitteeRecommendationInput {
  @Field(() => ID, { nullable: true, description: 'The measure it concerns, if one.' })
  measureId?: string | null;

  @Field(() => String)
  recommendation!: string;

  @Field(() => String, { nullable: true, description: '市の対応' })
  cityResponse?: string | null;

  @Field(() => DateScalar, { nullable: true })
  respondedOn?: string | null;
}

@InputType('RecordCommitteeReviewInput', { description: '委員会での検討の記録 (the guideline\'s secretariat).' })
export class RecordCommitteeReviewInput {
  @Field(() => ReviewCommittee)
  committee!: ReviewCommittee;

  @Field(() => DateScalar)
  heldOn!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => [CommitteeRecommendationInput], { nullable: true })
  recommendations?: CommitteeRecommendationInput[] | null;
}
