import { Field, ObjectType } from 'type-graphql';
import { UserError } from '@tsunagaru/shared-graphql';
import { Agreement, AgreementResult, Evaluation } from './agreement.type';
import { CityChallenge, Consultation } from './city-challenge.type';
import { Proposal } from './proposal.type';
import { DepartmentReference } from './references.type';

@ObjectType('ProposalPayload', { description: 'Result of a mutation that changes one proposal.' })
export class ProposalPayload {
  @Field(() => Proposal, { nullable: true, description: 'The proposal as changed; null when userErrors is not empty.' })
  proposal?: Proposal | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('CreateProposalPayload', { description: 'Result of 提案の作成 (createProposal).' })
export class CreateProposalPayload extends ProposalPayload {}

@ObjectType('UpdateProposalPayload', { description: 'Result of 提案の編集 (updateProposal).' })
export class UpdateProposalPayload extends ProposalPayload {}

@ObjectType('SubmitProposalPayload', { description: 'Result of 提案の提出 (submitProposal).' })
export class SubmitProposalPayload extends ProposalPayload {}

@ObjectType('StartProposalReviewPayload', { description: 'Result of 審査開始 (startProposalReview).' })
export class StartProposalReviewPayload extends ProposalPayload {}

@ObjectType('DecideProposalPayload', { description: 'Result of 採否の決定 (decideProposal).' })
export class DecideProposalPayload extends ProposalPayload {}

@ObjectType('WithdrawProposalPayload', { description: 'Result of 取下げ (withdrawProposal).' })
export class WithdrawProposalPayload extends ProposalPayload {}

@ObjectType('RecordConsultationPayload', { description: 'Result of 協議の記録 (recordConsultation).' })
export class RecordConsultationPayload {
  @Field(() => Consultation, { nullable: true })
  consultation?: Consultation | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('AgreementPayload', { description: 'Result of a mutation that changes one agreement.' })
export class AgreementPayload {
  @Field(() => Agreement, { nullable: true, description: 'The agreement as changed; null when userErrors is not empty.' })
  agreement?: Agreement | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('CreateAgreementPayload', { description: 'Result of 協定の作成 (createAgreement).' })
export class CreateAgreementPayload extends AgreementPayload {}

@ObjectType('ReviseAgreementPayload', { description: 'Result of 協定の改訂 (reviseAgreement).' })
export class ReviseAgreementPayload extends AgreementPayload {}

@ObjectType('SignAgreementPayload', { description: 'Result of 署名 (signAgreement).' })
export class SignAgreementPayload extends AgreementPayload {}

@ObjectType('StartCollaborationPayload', { description: 'Result of 事業の開始 (startCollaboration).' })
export class StartCollaborationPayload extends AgreementPayload {}

@ObjectType('CompleteCollaborationPayload', { description: 'Result of 事業の終了 (completeCollaboration).' })
export class CompleteCollaborationPayload extends AgreementPayload {}

@ObjectType('RegisterCollaborationProjectPayload', { description: 'Result of 協働事業の登録 (registerCollaborationProject).' })
export class RegisterCollaborationProjectPayload extends AgreementPayload {}

@ObjectType('RecordCollaborationResultPayload', { description: 'Result of 実績の記録 (recordCollaborationResult).' })
export class RecordCollaborationResultPayload {
  @Field(() => AgreementResult, { nullable: true })
  result?: AgreementResult | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('EvaluationPayload', { description: 'Result of a mutation that changes one evaluation.' })
export class EvaluationPayload {
  @Field(() => Evaluation, { nullable: true })
  evaluation?: Evaluation | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('SubmitEvaluationPayload', { description: 'Result of 評価の提出 (submitEvaluation).' })
export class SubmitEvaluationPayload extends EvaluationPayload {}

@ObjectType('PublishEvaluationPayload', { description: 'Result of 評価の公表 (publishEvaluation).' })
export class PublishEvaluationPayload extends EvaluationPayload {}

@ObjectType('PublishCityChallengePayload', { description: 'Result of 課題の公開 (publishCityChallenge).' })
export class PublishCityChallengePayload {
  @Field(() => CityChallenge, { nullable: true })
  challenge?: CityChallenge | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('AssignProgrammeSecretariatPayload', { description: 'Result of 事務局の引継ぎ (assignProgrammeSecretariat).' })
export class AssignProgrammeSecretariatPayload {
  @Field(() => DepartmentReference, { nullable: true, description: 'The department that now runs the programme.' })
  secretariat?: DepartmentReference | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
