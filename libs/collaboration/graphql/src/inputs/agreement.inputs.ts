import { Field, ID, InputType, Int } from 'type-graphql';
import type { Yen } from '@tsunagaru/shared-kernel';
import { ActivityField, DateScalar, YenScalar } from '@tsunagaru/shared-graphql';
import { AgreementOrigin, AgreementPartyKind, AgreementStatus, EvaluationCriterion, EvaluationOutcome, EvaluationView } from '../types/collaboration-enums';

@InputType('AgreementPartyTermsInput', { description: "One party's roles and budget share; parties left out keep theirs." })
export class AgreementPartyTermsInput {
  @Field(() => AgreementPartyKind)
  kind!: AgreementPartyKind;

  @Field(() => ID, { description: 'The department, group or intermediary id.' })
  id!: string;

  @Field(() => [String], { nullable: true, description: '役割と責任, one item each (at most 20).' })
  roles?: string[] | null;

  @Field(() => YenScalar, { nullable: true, description: '費用負担 in yen.' })
  budgetShare?: Yen | null;
}

/** The terms, every one optional: a revision changes what it names. */
@InputType('AgreementTermsInput', { description: '協定内容: purpose, risks, deliverables, period and each party\'s roles and share.' })
class AgreementTermsInput {
  @Field(() => String, { nullable: true, description: '目的' })
  purpose?: string | null;

  @Field(() => String, { nullable: true, description: 'リスクの分担' })
  riskSharing?: string | null;

  @Field(() => String, { nullable: true, description: '成果物' })
  deliverables?: string | null;

  @Field(() => DateScalar, { nullable: true })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => [AgreementPartyTermsInput], { nullable: true })
  parties?: AgreementPartyTermsInput[] | null;
}

@InputType('CreateAgreementInput', {
  description: '協定の作成: for an adopted proposal, by its department or the secretariat. Parties: the department, the proposing group and the partners, and the intermediary if named.',
})
export class CreateAgreementInput extends AgreementTermsInput {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => ID, { nullable: true, description: 'An intermediary (or the coordinator it provides) joining as a supporting party.' })
  intermediaryId?: string | null;
}

@InputType('ReviseAgreementInput', { description: '協定の改訂: a new version of the terms, based on the version read. Voids earlier signatures.' })
export class ReviseAgreementInput extends AgreementTermsInput {
  @Field(() => ID)
  agreementId!: string;

  @Field(() => Int, { description: 'The version revised (Agreement.version); if it is no longer current, CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { description: 'What the revision changes and why.' })
  changeSummary!: string;
}

@InputType('SignAgreementInput', { description: '署名: sign the current version for the parties you represent.' })
export class SignAgreementInput {
  @Field(() => ID)
  agreementId!: string;

  @Field(() => Int, { nullable: true, description: 'The version read; if it was revised since, CONFLICT.' })
  expectedVersion?: number | null;
}

@InputType('AgreementIdInput', { description: 'Names one agreement.' })
class AgreementIdInput {
  @Field(() => ID)
  agreementId!: string;
}

@InputType('StartCollaborationInput', { description: '事業の開始: the department starts a project every party signed.' })
export class StartCollaborationInput extends AgreementIdInput {}

@InputType('CompleteCollaborationInput', { description: '事業の終了: the department closes a project whose final evaluations from all three views are published.' })
export class CompleteCollaborationInput extends AgreementIdInput {}

@InputType('RegisterCollaborationProjectInput', {
  description: '協働事業の登録: a department\'s own collaboration project or a commission (委託), registered as an agreement so all collaboration is listed in one place.',
})
export class RegisterCollaborationProjectInput extends AgreementTermsInput {
  @Field(() => AgreementOrigin, { description: 'DEPARTMENT_PROJECT or COMMISSION.' })
  origin!: AgreementOrigin;

  @Field(() => String)
  title!: string;

  @Field(() => ID)
  departmentId!: string;

  @Field(() => [ID], { description: 'The groups carrying it out (1–20).' })
  groupIds!: string[];

  @Field(() => ID, { nullable: true })
  intermediaryId?: string | null;

  @Field(() => ActivityField)
  activityField!: ActivityField;
}

@InputType('RecordCollaborationResultInput', { description: '実績の記録: what a project did in a fiscal year, once per year.' })
export class RecordCollaborationResultInput {
  @Field(() => ID)
  agreementId!: string;

  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => String)
  summary!: string;

  @Field(() => Int, { nullable: true })
  participants?: number | null;

  @Field(() => YenScalar)
  cityExpenditure!: Yen;

  @Field(() => YenScalar)
  groupExpenditure!: Yen;
}

@InputType('AgreementFilter', { description: 'Narrows the list of agreements.' })
export class AgreementFilter {
  @Field(() => AgreementOrigin, { nullable: true })
  origin?: AgreementOrigin | null;

  @Field(() => AgreementStatus, { nullable: true })
  status?: AgreementStatus | null;

  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Agreements this group is a party to.' })
  groupId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Agreements whose period overlaps this fiscal year.' })
  fiscalYear?: number | null;
}

@InputType('EvaluationScoreInput', { description: 'One criterion scored 1–5, with a comment.' })
export class EvaluationScoreInput {
  @Field(() => EvaluationCriterion)
  criterion!: EvaluationCriterion;

  @Field(() => Int)
  score!: number;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}

@InputType('SubmitEvaluationInput', {
  description:
    '評価の提出: one view\'s evaluation for a fiscal year (or the final one), every criterion scored once. Until published it may be replaced.',
})
export class SubmitEvaluationInput {
  @Field(() => ID)
  agreementId!: string;

  @Field(() => EvaluationView)
  view!: EvaluationView;

  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => Boolean)
  final!: boolean;

  @Field(() => [EvaluationScoreInput])
  scores!: EvaluationScoreInput[];

  @Field(() => EvaluationOutcome)
  outcome!: EvaluationOutcome;

  @Field(() => String, { nullable: true, description: '総評' })
  summary?: string | null;

  @Field(() => ID, { nullable: true, description: 'GROUP view: the party group whose view it is (needed when you act for several).' })
  evaluatorGroupId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Replacing an unpublished evaluation: the revision read.' })
  expectedRevision?: number | null;
}

@InputType('PublishEvaluationInput', { description: '評価の公表: makes an evaluation public and immutable.' })
export class PublishEvaluationInput {
  @Field(() => ID)
  evaluationId!: string;
}

@InputType('EvaluationMetricFilter', { description: 'Which published evaluations the metrics count.' })
export class EvaluationMetricFilter {
  @Field(() => Int, { nullable: true })
  fiscalYearFrom?: number | null;

  @Field(() => Int, { nullable: true })
  fiscalYearTo?: number | null;

  @Field(() => [EvaluationView], { nullable: true })
  views?: EvaluationView[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only final evaluations (true) or only yearly ones (false).' })
  final?: boolean | null;
}
