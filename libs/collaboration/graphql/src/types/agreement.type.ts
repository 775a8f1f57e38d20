import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Yen } from '@tsunagaru/shared-kernel';
import { ActivityField, ConnectionType, DateScalar, DateTimeScalar, YenScalar } from '@tsunagaru/shared-graphql';
import { AgreementOrigin, AgreementPartyKind, AgreementStatus, EvaluationCriterion, EvaluationOutcome, EvaluationView } from './collaboration-enums';
import { DepartmentReference, GroupReference, IntermediaryReference } from './references.type';

@ObjectType('Agreement', {
  description:
    '協定 / 協働事業: a collaboration project as its parties agreed on it, on the four principles of 5(2) (shared purpose, roles and ' +
    'responsibilities, shared risks, a budget split). Every revision is a version; each party signs; once every party has signed, the ' +
    'terms and budget are public. Projects that did not come from a proposal (a department\'s own, commissions 委託) are agreements too.',
})
export class Agreement {
  @Field(() => ID)
  id!: string;

  @Field(() => AgreementOrigin)
  origin!: AgreementOrigin;

  @Field(() => String, { description: '事業名' })
  title!: string;

  @Field(() => ActivityField)
  activityField!: ActivityField;

  @Field(() => AgreementStatus)
  status!: AgreementStatus;

  @Field(() => Int, { description: 'The current version; reviseAgreement names the version it revises.' })
  version!: number;

  @Field(() => DateScalar, { description: '協定期間の開始 (current version).' })
  startsOn!: string;

  @Field(() => DateScalar, { description: '協定期間の終了 (current version).' })
  endsOn!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the last party signed; null while negotiating.' })
  activatedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '事業開始: when the department started the project.' })
  startedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: '事業終了: when the department closed it.' })
  completedAt!: Date | null;
}

@ObjectType('AgreementParty', { description: '協定当事者: a party to an agreement; exactly one of department, group and intermediary is set.' })
export class AgreementParty {
  @Field(() => AgreementPartyKind)
  kind!: AgreementPartyKind;

  @Field(() => DepartmentReference, { nullable: true })
  department!: DepartmentReference | null;

  @Field(() => GroupReference, { nullable: true })
  group!: GroupReference | null;

  @Field(() => IntermediaryReference, { nullable: true })
  intermediary!: IntermediaryReference | null;
}

@ObjectType('AgreementPartyTerms', { description: '役割分担と費用負担: one party\'s roles and responsibilities, and its share of the budget.' })
export class AgreementPartyTerms {
  @Field(() => AgreementParty)
  party!: AgreementParty;

  @Field(() => [String], { description: '役割と責任, one item each (at most 20).' })
  roles!: string[];

  @Field(() => YenScalar, { description: '費用負担 in yen; the department\'s is the city\'s share.' })
  budgetShare!: Yen;
}

@ObjectType('AgreementTerms', { description: '協定内容: the terms of one version of an agreement.' })
export class AgreementTerms {
  @Field(() => Int)
  version!: number;

  @Field(() => String, { description: '目的: the purpose the parties share (目的共有).' })
  purpose!: string;

  @Field(() => String, { description: 'リスクの分担: how the parties share risks.' })
  riskSharing!: string;

  @Field(() => String, { description: '成果物' })
  deliverables!: string;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;

  @Field(() => [AgreementPartyTerms], { description: 'Each party\'s roles and budget share: the department, the groups, the intermediary.' })
  parties!: AgreementPartyTerms[];

  @Field(() => YenScalar, { description: '市の負担: the department\'s share.' })
  cityShare!: Yen;

  @Field(() => YenScalar, { description: '事業費の合計: all parties\' shares.' })
  totalBudget!: Yen;
}

@ObjectType('AgreementSignature', { description: '署名: a party\'s signature on one version. A revision voids the signatures of earlier versions.' })
export class AgreementSignature {
  @Field(() => Int, { description: 'The version signed.' })
  version!: number;

  @Field(() => AgreementParty)
  party!: AgreementParty;

  @Field(() => DateTimeScalar)
  signedAt!: Date;

  @Field(() => Boolean, { description: 'Void: the agreement was revised after this signature.' })
  void!: boolean;
}

@ObjectType('AgreementVersion', { description: '協定の版: one version of the terms, with who changed what. Never changed once written.' })
export class AgreementVersion {
  @Field(() => Int)
  version!: number;

  @Field(() => Int, { nullable: true, description: 'The version this one revised; null for the first.' })
  basedOnVersion!: number | null;

  @Field(() => String, { description: '目的' })
  purpose!: string;

  @Field(() => String, { description: 'リスクの分担' })
  riskSharing!: string;

  @Field(() => String, { description: '成果物' })
  deliverables!: string;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;

  @Field(() => String, { description: 'What the author said the revision changes.' })
  changeSummary!: string;

  @Field(() => [String], { description: 'The terms that differ from the version before: purpose, riskSharing, deliverables, period, roles, budget.' })
  changedFields!: string[];

  @Field(() => DateTimeScalar, { description: 'When it was written.' })
  createdAt!: Date;
}

@ObjectType('AgreementVersionConnection', { description: 'The versions of an agreement, newest first.' })
export class AgreementVersionConnection extends ConnectionType(AgreementVersion, 'AgreementVersion') {}

@ObjectType('AgreementResult', { description: '実績: what a collaboration project did in one fiscal year (6(3)ア).' })
export class AgreementResult {
  @Field(() => Int, { description: '年度' })
  fiscalYear!: number;

  @Field(() => String)
  summary!: string;

  @Field(() => Int, { nullable: true, description: '参加者数, when counted.' })
  participants!: number | null;

  @Field(() => YenScalar, { description: '市の支出' })
  cityExpenditure!: Yen;

  @Field(() => YenScalar, { description: '団体の支出' })
  groupExpenditure!: Yen;

  @Field(() => DateTimeScalar)
  recordedAt!: Date;
}

@ObjectType('AgreementResultConnection', { description: 'Yearly results of a project, latest fiscal year first.' })
export class AgreementResultConnection extends ConnectionType(AgreementResult, 'AgreementResult') {}

@ObjectType('AgreementConnection', { description: 'A page of agreements (協働事業), latest start first.' })
export class AgreementConnection extends ConnectionType(Agreement, 'Agreement') {}

@ObjectType('EvaluationScore', { description: '評価点: one criterion scored 1–5, with a comment.' })
export class EvaluationScore {
  @Field(() => EvaluationCriterion)
  criterion!: EvaluationCriterion;

  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' })
  score!: number;

  @Field(() => String)
  comment!: string;
}

@ObjectType('Evaluation', {
  description:
    '評価・検証: one view\'s evaluation of a project for a fiscal year, or its final one. Private to the parties, the secretariat and ' +
    'reviewers until published; published, it is public and can no longer change.',
})
export class Evaluation {
  @Field(() => ID)
  id!: string;

  @Field(() => EvaluationView)
  view!: EvaluationView;

  @Field(() => Int, { description: '年度 evaluated.' })
  fiscalYear!: number;

  @Field(() => Boolean, { description: '事業終了時の評価, rather than a yearly one.' })
  final!: boolean;

  @Field(() => EvaluationOutcome)
  outcome!: EvaluationOutcome;

  @Field(() => String, { description: '総評' })
  summary!: string;

  @Field(() => Int, { description: 'Grows with every replacement before publication; submitEvaluation names the revision it replaces.' })
  revision!: number;

  @Field(() => DateTimeScalar)
  submittedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: '公表日時; null while unpublished.' })
  publishedAt!: Date | null;
}

@ObjectType('EvaluationConnection', { description: 'Evaluations of a project, latest fiscal year first, the final one first within a year.' })
export class EvaluationConnection extends ConnectionType(Evaluation, 'Evaluation') {}

@ObjectType('EvaluationMetricRow', { description: '評価の集計: published evaluations and their mean score for one combination of the dimensions grouped by.' })
export class EvaluationMetricRow {
  @Field(() => EvaluationView, { nullable: true, description: 'null unless grouped by VIEW.' })
  view!: EvaluationView | null;

  @Field(() => EvaluationCriterion, { nullable: true, description: 'null unless grouped by CRITERION.' })
  criterion!: EvaluationCriterion | null;

  @Field(() => Int, { nullable: true, description: '年度; null unless grouped by FISCAL_YEAR.' })
  fiscalYear!: number | null;

  @Field(() => Int, { description: 'Published evaluations counted.' })
  evaluations!: number;

  @Field(() => Float, { description: 'Mean score (1–5) of the criteria in the row, rounded to 2 decimals.' })
  meanScore!: number;
}
