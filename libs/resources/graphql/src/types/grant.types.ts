import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GrantApplicationStatus, GrantProgramKind } from '@tsunagaru/resources-domain';
import { CACHE_PUBLIC, ActivityField, ConnectionType, DateScalar, DateTimeScalar, OrganizationType, UserError, YenScalar } from '@tsunagaru/shared-graphql';

registerEnumType(GrantProgramKind, {
  name: 'GrantProgramKind',
  description: '助成制度の種類',
  valuesConfig: {
    CITY: { description: "市の助成: the city's own programme, paid from the civic activity fund; groups apply here." },
    PRIVATE: { description: '民間助成: a foundation\'s or company\'s programme, listed for information; apply to the provider.' },
  },
});

registerEnumType(GrantApplicationStatus, {
  name: 'GrantApplicationStatus',
  description: '申請の状態: DRAFT → SUBMITTED → UNDER_REVIEW → AWARDED or REJECTED.',
  valuesConfig: {
    DRAFT: { description: '作成中' },
    SUBMITTED: { description: '申請済み' },
    UNDER_REVIEW: { description: '審査中' },
    AWARDED: { description: '交付決定' },
    REJECTED: { description: '不交付決定 (with the reason)' },
  },
});

export { GrantApplicationStatus, GrantProgramKind };

@Directive(CACHE_PUBLIC)
@ObjectType('GrantProgram', { description: '助成制度: a grant programme, the city\'s own or a private one listed for information. Public.' })
export class GrantProgram {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Stable short code.' })
  code!: string;

  @Field(() => GrantProgramKind, { description: '種類' })
  kind!: GrantProgramKind;

  @Field(() => String, { description: '制度名' })
  name!: string;

  @Field(() => String, { description: '実施主体: the city, a foundation or a company.' })
  provider!: string;

  @Field(() => String, { description: '概要' })
  description!: string;

  @Field(() => Int, { nullable: true, description: '年度 of a city programme.' })
  fiscalYear?: number | null;

  @Field(() => YenScalar, { nullable: true, description: '予算額 of a city programme for its fiscal year.' })
  budgetYen?: number | null;

  @Field(() => YenScalar, { nullable: true, description: '助成額の下限' })
  minAwardYen?: number | null;

  @Field(() => YenScalar, { nullable: true, description: '助成額の上限' })
  maxAwardYen?: number | null;

  @Field(() => [ActivityField], { description: '対象分野; empty when every field is eligible.' })
  eligibleFields!: ActivityField[];

  @Field(() => [OrganizationType], { description: '対象団体; empty when every type of organisation is eligible.' })
  eligibleOrganizationTypes!: OrganizationType[];

  @Field(() => DateScalar, { description: '募集開始日' })
  opensOn!: string;

  @Field(() => DateScalar, { description: '締切日' })
  closesOn!: string;

  @Field(() => String, { description: '選考基準, published (5 (1) ウ).' })
  selectionCriteria!: string;

  @Field(() => String, { description: '申請方法' })
  applicationMethod!: string;

  @Field(() => String, { nullable: true, description: 'Link to the provider\'s page.' })
  url?: string | null;
}

@Directive(CACHE_PUBLIC)
@ObjectType('GrantDecisionSummary', {
  description: '選考結果: what a programme decided, public (5 (1) ウ): applications (drafts not counted), awards, rejections and the money awarded and paid.',
})
export class GrantDecisionSummary {
  @Field(() => Int, { description: 'Applications submitted (any status but DRAFT).' })
  applications!: number;

  @Field(() => Int, { description: '交付決定 count.' })
  awarded!: number;

  @Field(() => Int, { description: '不交付決定 count.' })
  rejected!: number;

  @Field(() => YenScalar, { description: '交付決定額の合計' })
  awardedYen!: number;

  @Field(() => YenScalar, { description: 'Of which paid from the fund.' })
  paidYen!: number;

  @Field(() => YenScalar, { nullable: true, description: '予算残額 of a city programme; null for a private listing.' })
  remainingBudgetYen?: number | null;
}

@Directive(CACHE_PUBLIC)
@ObjectType('GrantProgramConnection', { description: 'A page of grant programmes (助成制度), soonest deadline first.' })
export class GrantProgramConnection extends ConnectionType(GrantProgram, 'GrantProgram') {}

@Directive(CACHE_PUBLIC)
@ObjectType('GrantAward', { description: '交付決定: an award and its amount, public (the decision process for support is open, 5 (1) ウ).' })
export class GrantAward {
  @Field(() => ID)
  id!: string;

  @Field(() => YenScalar, { description: '交付決定額' })
  amountYen!: number;

  @Field(() => DateScalar, { description: '交付決定日' })
  awardedOn!: string;

  @Field(() => DateScalar, { nullable: true, description: '支払日; null until paid from the fund.' })
  paidOn?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '実績報告 filed at; null until the group reports.' })
  reportedAt?: Date | null;
}

@Directive(CACHE_PUBLIC)
@ObjectType('GrantAwardConnection', { description: 'A page of grant awards (交付決定), newest first.' })
export class GrantAwardConnection extends ConnectionType(GrantAward, 'GrantAward') {}

@ObjectType('GrantApplication', { description: '助成申請: a group\'s application to a city programme. Private to the group and city staff.' })
export class GrantApplication {
  @Field(() => ID)
  id!: string;

  @Field(() => GrantApplicationStatus, { description: '申請の状態' })
  status!: GrantApplicationStatus;

  @Field(() => String, { description: '事業名' })
  title!: string;

  @Field(() => String, { description: '事業計画' })
  plan!: string;

  @Field(() => ActivityField, { description: '活動分野 the application is in.' })
  activityField!: ActivityField;

  @Field(() => OrganizationType, { description: '組織形態 of the applicant.' })
  organizationType!: OrganizationType;

  @Field(() => YenScalar, { description: '申請額' })
  requestedYen!: number;

  @Field(() => DateTimeScalar, { nullable: true })
  submittedAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '不交付の理由' })
  decisionReason?: string | null;
}

@ObjectType('GrantApplicationConnection', { description: 'A page of grant applications (助成申請), newest first.' })
export class GrantApplicationConnection extends ConnectionType(GrantApplication, 'GrantApplication') {}

@InputType('GrantProgramFilter', { description: 'Narrows grant programmes: "which grants are open now for a group in my field".' })
export class GrantProgramFilter {
  @Field(() => DateScalar, { nullable: true, description: '募集中: programmes taking applications on this day, e.g. today.' })
  openOn?: string | null;

  @Field(() => ActivityField, { nullable: true, description: 'Programmes open to this field (or to every field).' })
  activityField?: ActivityField | null;

  @Field(() => OrganizationType, { nullable: true, description: 'Programmes open to this type of organisation (or to every type).' })
  organizationType?: OrganizationType | null;

  @Field(() => GrantProgramKind, { nullable: true, description: 'CITY or PRIVATE only.' })
  kind?: GrantProgramKind | null;
}

@InputType('ApplyForGrantInput', { description: '助成申請書の作成: a DRAFT application of a group to a city programme.' })
export class ApplyForGrantInput {
  @Field(() => ID)
  programId!: string;

  @Field(() => ID)
  groupId!: string;

  @Field(() => String, { description: '事業名' })
  title!: string;

  @Field(() => String, { nullable: true, description: '事業計画' })
  plan?: string | null;

  @Field(() => ActivityField)
  activityField!: ActivityField;

  @Field(() => OrganizationType)
  organizationType!: OrganizationType;

  @Field(() => YenScalar, { description: '申請額, within the programme\'s minimum and maximum.' })
  requestedYen!: number;
}

@InputType('GrantApplicationInput', { description: 'Names one grant application.' })
export class GrantApplicationInput {
  @Field(() => ID)
  applicationId!: string;
}

@InputType('AwardGrantInput', { description: '交付決定: award an application an amount (at most the request, the programme maximum and the budget left).' })
export class AwardGrantInput {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => YenScalar)
  amountYen!: number;
}

@InputType('RejectGrantApplicationInput', { description: '不交付決定, with the reason.' })
export class RejectGrantApplicationInput {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => String)
  reason!: string;
}

@InputType('PayGrantAwardInput', { description: '交付 (支払): pay an award from the fund.' })
export class PayGrantAwardInput {
  @Field(() => ID)
  awardId!: string;
}

@InputType('ReportGrantUseInput', { description: '実績報告: the group reports how the money was used.' })
export class ReportGrantUseInput {
  @Field(() => ID)
  awardId!: string;

  @Field(() => String)
  report!: string;
}

@InputType('ListPrivateGrantProgramInput', { description: '民間助成の掲載: list a foundation\'s or company\'s programme for information.' })
export class ListPrivateGrantProgramInput {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  provider!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => YenScalar, { nullable: true })
  minAwardYen?: number | null;

  @Field(() => YenScalar, { nullable: true })
  maxAwardYen?: number | null;

  @Field(() => [ActivityField], { nullable: true })
  eligibleFields?: ActivityField[] | null;

  @Field(() => [OrganizationType], { nullable: true })
  eligibleOrganizationTypes?: OrganizationType[] | null;

  @Field(() => DateScalar)
  opensOn!: string;

  @Field(() => DateScalar)
  closesOn!: string;

  @Field(() => String)
  applicationMethod!: string;

  @Field(() => String, { nullable: true })
  url?: string | null;
}

@ObjectType('GrantApplicationPayload', { description: 'Result of a grant application mutation.' })
export class GrantApplicationPayload {
  @Field(() => GrantApplication, { nullable: true, description: 'The application; null when userErrors is not empty.' })
  application?: GrantApplication | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('GrantAwardPayload', { description: 'Result of awardGrant, payGrantAward or reportGrantUse.' })
export class GrantAwardPayload {
  @Field(() => GrantAward, { nullable: true, description: 'The award; null when userErrors is not empty.' })
  award?: GrantAward | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('GrantProgramPayload', { description: 'Result of listPrivateGrantProgram.' })
export class GrantProgramPayload {
  @Field(() => GrantProgram, { nullable: true })
  program?: GrantProgram | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
