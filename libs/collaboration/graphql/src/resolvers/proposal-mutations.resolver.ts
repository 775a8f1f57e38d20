import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Consultations, ProposalWorkflow } from '@tsunagaru/collaboration-domain';
import { withUserErrors } from '@tsunagaru/shared-graphql';
import {
  CreateProposalInput,
  DecideProposalInput,
  RecordConsultationInput,
  StartProposalReviewInput,
  SubmitProposalInput,
  UpdateProposalInput,
  WithdrawProposalInput,
} from '../inputs/proposal.inputs';
import type { CollaborationContext } from '../loaders';
import {
  CreateProposalPayload,
  DecideProposalPayload,
  RecordConsultationPayload,
  StartProposalReviewPayload,
  SubmitProposalPayload,
  UpdateProposalPayload,
  WithdrawProposalPayload,
} from '../types/payloads.type';

// Every move is a user error when refused (FORBIDDEN, INVALID_TRANSITION, NOT_FOUND, …) and
// changes nothing; an anonymous caller is UNAUTHENTICATED; the loser of a race gets CONFLICT.
const MOVES = 'Refused moves come back as userErrors and change nothing; a concurrent move that won first makes this one a CONFLICT.';

@Resolver()
export class ProposalMutationsResolver {
  @Mutation(() => CreateProposalPayload, {
    description: `提案の作成: a new DRAFT, seen only by its authors: members of groupId (市民提案) or staff of departmentId (行政提案). ${MOVES}`,
  })
  async createProposal(@Arg('input', () => CreateProposalInput) input: CreateProposalInput, @Ctx() context: CollaborationContext) {
    return withUserErrors(async () => ({ proposal: await new ProposalWorkflow(context.em).create(input, context.principal) }));
  }

  @Mutation(() => UpdateProposalPayload, { description: `提案の編集: its authors change a DRAFT, on the version they read. ${MOVES}` })
  async updateProposal(@Arg('input', () => UpdateProposalInput) input: UpdateProposalInput, @Ctx() context: CollaborationContext) {
    return withUserErrors(async () => ({ proposal: await new ProposalWorkflow(context.em).update(input, context.principal) }));
  }

  @Mutation(() => SubmitProposalPayload, { description: `提出: DRAFT → SUBMITTED, by its authors. ${MOVES}` })
  async submitProposal(@Arg('input', () => SubmitProposalInput) input: SubmitProposalInput, @Ctx() context: CollaborationContext) {
    return withUserErrors(async () => ({
      proposal: await new ProposalWorkflow(context.em).submit(input.proposalId, context.principal, input.expectedVersion),
    }));
  }

  @Mutation(() => StartProposalReviewPayload, { description: `審査開始: SUBMITTED → UNDER_REVIEW, by the secretariat's staff. ${MOVES}` })
  async startProposalReview(@Arg('input', () => StartProposalReviewInput) input: StartProposalReviewInput, @Ctx() context: CollaborationContext) {
    return withUserErrors(async () => ({ proposal: await new ProposalWorkflow(context.em).startReview(input.proposalId, context.principal) }));
  }

  @Mutation(() => DecideProposalPayload, {
    description: `採否の決定: UNDER_REVIEW → ADOPTED, or NOT_ADOPTED with a reason, by the responsible department or the secretariat. ${MOVES}`,
  })
  async decideProposal(@Arg('input', () => DecideProposalInput) input: DecideProposalInput, @Ctx() context: CollaborationContext) {
    return withUserErrors(async () => ({ proposal: await new ProposalWorkflow(context.em).decide(input, context.principal) }));
  }

  @Mutation(() => WithdrawProposalPayload, { description: `取下げ: → WITHDRAWN before a decision, by the proposer, with a reason. ${MOVES}` })
  async withdrawProposal(@Arg('input', () => WithdrawProposalInput) input: WithdrawProposalInput, @Ctx() context: CollaborationContext) {
    return withUserErrors(async () => ({
      proposal: await new ProposalWorkflow(context.em).withdraw(input.proposalId, input.reason, context.principal),
    }));
  }

  @Mutation(() => RecordConsultationPayload, {
    description: '協議の記録: the parties or the secretariat record a consultation between adoption and completion. Notes are private to the parties, the secretariat and reviewers.',
  })
  async recordConsultation(@Arg('input', () => RecordConsultationInput) input: RecordConsultationInput, @Ctx() context: CollaborationContext) {
    return withUserErrors(async () => ({ consultation: await new Consultations(context.em).record(input, context.principal) }));
  }
}
