import { Field, ID, InputType, Int } from 'type-graphql';
import type { Yen } from '@tsunagaru/shared-kernel';
import { ActivityField, DateScalar, ProposerType, YenScalar } from '@tsunagaru/shared-graphql';
import { ProposalStatus } from '../types/proposal-status.enum';

@InputType('ProposalFilter', { description: 'Narrows the list of proposals; every field given must match. The caller sees only what they may see.' })
export class ProposalFilter {
  @Field(() => ProposerType, { nullable: true })
  proposerType?: ProposerType | null;

  @Field(() => Int, { nullable: true, description: '年度' })
  fiscalYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'First fiscal year (inclusive).' })
  fiscalYearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last fiscal year (inclusive).' })
  fiscalYearTo?: number | null;

  @Field(() => ProposalStatus, { nullable: true })
  status?: ProposalStatus | null;

  @Field(() => [ProposalStatus], { nullable: true, description: 'Any of these statuses.' })
  statuses?: ProposalStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'The proposing group.' })
  groupId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The responsible department (担当課).' })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The city challenge answered.' })
  challengeId?: string | null;
}

/** What a proposal says; in an edit, a field left out is kept. */
@InputType('ProposalContentInput', { description: 'What a proposal says.' })
class ProposalContentInput {
  @Field(() => String, { nullable: true, description: '事業名 (1–200 characters).' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: '事業概要 (required to submit).' })
  summary?: string | null;

  @Field(() => String, { nullable: true, description: '解決したい課題 (required to submit).' })
  problem?: string | null;

  @Field(() => String, { nullable: true, description: '期待される効果 (required to submit).' })
  expectedEffects?: string | null;

  @Field(() => String, { nullable: true, description: '求める協働の相手' })
  partnersSought?: string | null;

  @Field(() => YenScalar, { nullable: true, description: '提案額 in yen.' })
  requestedBudget?: Yen | null;

  @Field(() => ActivityField, { nullable: true, description: "活動分野; defaults to the challenge's." })
  activityField?: ActivityField | null;

  @Field(() => ID, { nullable: true, description: 'The city challenge (課題) it answers.' })
  challengeId?: string | null;

  @Field(() => [ID], { nullable: true, description: '協働の相手: groups that would carry the project out with the proposer (at most 20).' })
  partnerGroupIds?: string[] | null;
}

@InputType('CreateProposalInput', { description: '提案の作成: a new draft. With groupId, a group proposal (市民提案) by its members; without, a city proposal (行政提案) by staff of departmentId.' })
export class CreateProposalInput extends ProposalContentInput {
  @Field(() => ID, { nullable: true, description: 'The proposing group.' })
  groupId?: string | null;

  @Field(() => ID, { nullable: true, description: "The responsible department (the proposing one for a city proposal); defaults to the challenge's." })
  departmentId?: string | null;
}

@InputType('UpdateProposalInput', { description: '提案の編集: change a draft; fields left out are kept.' })
export class UpdateProposalInput extends ProposalContentInput {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => Int, { description: 'The version edited (Proposal.version); if someone changed it since, CONFLICT.' })
  expectedVersion!: number;

  @Field(() => ID, { nullable: true, description: 'The responsible department (group proposals).' })
  departmentId?: string | null;
}

@InputType('SubmitProposalInput', { description: '提案の提出: the authors hand a draft in.' })
export class SubmitProposalInput {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => Int, { nullable: true, description: 'The version read; if someone edited it since, CONFLICT.' })
  expectedVersion?: number | null;
}

@InputType('StartProposalReviewInput', { description: '審査開始: the secretariat opens the review of a submitted proposal.' })
export class StartProposalReviewInput {
  @Field(() => ID)
  proposalId!: string;
}

@InputType('DecideProposalInput', { description: '採否の決定: the responsible department or the secretariat adopts a proposal under review, or not (with a reason).' })
export class DecideProposalInput {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => Boolean)
  adopted!: boolean;

  @Field(() => String, { nullable: true, description: '理由: required when not adopting.' })
  reason?: string | null;

  @Field(() => [ID], { nullable: true, description: 'On adoption, the groups that will carry the project out (a city proposal needs one).' })
  partnerGroupIds?: string[] | null;
}

@InputType('WithdrawProposalInput', { description: '取下げ: the proposer withdraws before the decision.' })
export class WithdrawProposalInput {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => String, { description: '理由 (required).' })
  reason!: string;
}

@InputType('RecordConsultationInput', { description: '協議の記録: a consultation meeting of the parties, between adoption and completion.' })
export class RecordConsultationInput {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => DateScalar, { description: '開催日 (not in the future).' })
  heldOn!: string;

  @Field(() => [String], { description: '参加者 (1–30).' })
  participants!: string[];

  @Field(() => String, { description: '協議内容' })
  notes!: string;

  @Field(() => String, { nullable: true, description: '次回までの対応' })
  nextSteps?: string | null;
}

@InputType('PublishCityChallengeInput', { description: '課題の公開: staff of a department (or the secretariat) publish a challenge inviting proposals.' })
export class PublishCityChallengeInput {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => ActivityField)
  activityField!: ActivityField;

  @Field(() => ID, { description: 'The department that needs help.' })
  departmentId!: string;

  @Field(() => DateScalar)
  opensOn!: string;

  @Field(() => DateScalar, { description: 'Not before opensOn, and not already past.' })
  closesOn!: string;
}

@InputType('CityChallengeFilter', { description: 'Narrows the list of city challenges.' })
export class CityChallengeFilter {
  @Field(() => ID, { nullable: true })
  departmentId?: string | null;

  @Field(() => Int, { nullable: true, description: '年度 of opening.' })
  fiscalYear?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only challenges taking proposals on this day.' })
  openOn?: string | null;
}

@InputType('AssignProgrammeSecretariatInput', { description: "事務局の引継ぎ: the current secretariat hands the programme to another department." })
export class AssignProgrammeSecretariatInput {
  @Field(() => ID)
  departmentId!: string;
}
