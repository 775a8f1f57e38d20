import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  agreementPolicies,
  Agreements,
  AGREEMENTS_NEWEST_FIRST,
  agreementSubjectOf,
  AgreementPartyKind,
  EvaluationCriterion,
  evaluationPolicies,
  Evaluations,
  EVALUATIONS_NEWEST_FIRST,
  mayReadAgreementTerms,
  partiesOf,
  RESULTS_NEWEST_FIRST,
  VERSIONS_NEWEST_FIRST,
  type Agreement as AgreementEntity,
  type AgreementPartyKey,
  type AgreementPartyTerms as AgreementPartyTermsEntity,
  type AgreementResult as AgreementResultEntity,
  type AgreementSignature as AgreementSignatureEntity,
  type AgreementVersion as AgreementVersionEntity,
  type Evaluation as EvaluationEntity,
  type Proposal as ProposalEntity,
} from '@tsunagaru/collaboration-domain';
import { allows, authorize, sumYen, yen } from '@tsunagaru/shared-kernel';
import { ForwardPaginationArgs, requires, toConnection, withArgumentPath, withUserErrors, type ConnectionResult } from '@tsunagaru/shared-graphql';
import {
  AgreementFilter,
  CompleteCollaborationInput,
  CreateAgreementInput,
  PublishEvaluationInput,
  RecordCollaborationResultInput,
  RegisterCollaborationProjectInput,
  ReviseAgreementInput,
  SignAgreementInput,
  StartCollaborationInput,
  SubmitEvaluationInput,
} from '../inputs/agreement.inputs';
import type { CollaborationContext } from '../loaders';
import {
  Agreement,
  AgreementConnection,
  AgreementParty,
  AgreementPartyTerms,
  AgreementResultConnection,
  AgreementSignature,
  AgreementTerms,
  AgreementVersion,
  AgreementVersionConnection,
  Evaluation,
  EvaluationConnection,
  EvaluationScore,
} from '../types/agreement.type';
import {
  CompleteCollaborationPayload,
  CreateAgreementPayload,
  PublishEvaluationPayload,
  RecordCollaborationResultPayload,
  RegisterCollaborationProjectPayload,
  ReviseAgreementPayload,
  SignAgreementPayload,
  StartCollaborationPayload,
  SubmitEvaluationPayload,
} from '../types/payloads.type';
import { Proposal } from '../types/proposal.type';
import { DepartmentReference, departmentRef, GroupReference, groupRef, IntermediaryReference } from '../types/references.type';
import { visibleOrNull } from './proposal.resolvers';

function partyOf(party: AgreementPartyKey): AgreementParty {
  return {
    kind: party.kind,
    department: party.kind === AgreementPartyKind.DEPARTMENT ? departmentRef(party.id) : null,
    group: party.kind === AgreementPartyKind.GROUP ? groupRef(party.id) : null,
    intermediary: party.kind === AgreementPartyKind.INTERMEDIARY ? { id: party.id } : null,
  };
}

function partyTermsOf(row: AgreementPartyTermsEntity): AgreementPartyTerms {
  return { party: partyOf({ kind: row.partyKind, id: row.partyId }), roles: row.roles, budgetShare: row.budgetShare };
}

/** Terms, versions and signatures: public once every party signed; before, the policy decides (UNAUTHENTICATED or FORBIDDEN). */
function requireTermsAccess(agreement: AgreementEntity, context: CollaborationContext): void {
  const subject = agreementSubjectOf(agreement);
  if (!mayReadAgreementTerms(context.principal, subject)) authorize(agreementPolicies.readDraftTerms, context.principal, subject);
}

const CRITERIA_ORDER = Object.values(EvaluationCriterion);

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => AgreementConnection, {
    nullable: true,
    description:
      '協働事業の一覧 (6(3)ア): all of the city\'s collaboration projects in one list, from proposals, departments\' own projects and ' +
      'commissions, latest start first. Public; terms follow their own rule.',
  })
  async agreements(
    @Arg('filter', () => AgreementFilter, { nullable: true }) filter: AgreementFilter | null,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: CollaborationContext,
  ): Promise<ConnectionResult<AgreementEntity>> {
    const request = AGREEMENTS_NEWEST_FIRST.request(page);
    return toConnection(await withArgumentPath('filter', () => new Agreements(context.em).list(filter ?? {}, request)));
  }

  @Query(() => Agreement, { nullable: true, description: 'One agreement by id; null when unknown.' })
  async agreement(@Arg('id', () => ID) id: string, @Ctx() context: CollaborationContext): Promise<AgreementEntity | null> {
    return context.loaders.agreement.load(id);
  }

  @FieldResolver(() => Proposal, { nullable: true, description: 'The adopted proposal it came from (origin MUTUAL_PROPOSAL).' })
  async proposal(@Root() agreement: AgreementEntity, @Ctx() context: CollaborationContext): Promise<ProposalEntity | null> {
    return agreement.proposalId ? visibleOrNull(await context.loaders.proposal.load(agreement.proposalId), context) : null;
  }

  @FieldResolver(() => DepartmentReference, { nullable: true, description: '担当課' })
  department(@Root() agreement: AgreementEntity): DepartmentReference {
    return departmentRef(agreement.departmentId);
  }

  @FieldResolver(() => [GroupReference], { nullable: 'itemsAndList', description: 'The groups that are parties (at most 20); a group hidden from the caller is null.' })
  groups(@Root() agreement: AgreementEntity): Array<GroupReference | null> {
    return agreement.groupIds.map((id) => groupRef(id));
  }

  @FieldResolver(() => IntermediaryReference, { nullable: true, description: 'The supporting intermediary, if any.' })
  intermediary(@Root() agreement: AgreementEntity): IntermediaryReference | null {
    return agreement.intermediaryId ? { id: agreement.intermediaryId } : null;
  }

  @FieldResolver(() => [AgreementParty], { description: '協定当事者: the department, the groups and the intermediary (at most 22).' })
  parties(@Root() agreement: AgreementEntity): AgreementParty[] {
    return partiesOf(agreement).map(partyOf);
  }

  @FieldResolver(() => AgreementTerms, {
    nullable: true,
    description: '協定内容 of the current version. Public once every party signed; until then the parties, the secretariat and reviewers only.',
  })
  async terms(@Root() agreement: AgreementEntity, @Ctx() context: CollaborationContext): Promise<AgreementTerms | null> {
    requireTermsAccess(agreement, context);
    const version = await context.loaders.version.load({ agreementId: agreement.id, version: agreement.version });
    if (!version) return null;
    const parties = await context.loaders.partyTermsOfVersion.load(version.id);
    const department = parties.find((party) => party.partyKind === AgreementPartyKind.DEPARTMENT);
    return {
      version: version.version,
      purpose: version.purpose,
      riskSharing: version.riskSharing,
      deliverables: version.deliverables,
      startsOn: version.startsOn,
      endsOn: version.endsOn,
      parties: parties.map(partyTermsOf),
      cityShare: department?.budgetShare ?? yen(0),
      totalBudget: sumYen(parties.map((party) => party.budgetShare)),
    };
  }

  @FieldResolver(() => AgreementVersionConnection, {
    nullable: true,
    description: '協定の版: every version, newest first, with who changed what. Same rule as terms.',
  })
  async versions(
    @Root() agreement: AgreementEntity,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: CollaborationContext,
  ): Promise<ConnectionResult<AgreementVersionEntity>> {
    const request = VERSIONS_NEWEST_FIRST.request(page);
    requireTermsAccess(agreement, context);
    return toConnection(await context.loaders.versionsOfAgreement.load(agreement.id, request));
  }

  @FieldResolver(() => [AgreementSignature], {
    nullable: true,
    description: '署名 on the current version, one per party at most (at most 22). Same rule as terms.',
  })
  async signatures(@Root() agreement: AgreementEntity, @Ctx() context: CollaborationContext): Promise<AgreementSignature[]> {
    requireTermsAccess(agreement, context);
    const rows = await context.loaders.signaturesOfVersion.load({ agreementId: agreement.id, version: agreement.version });
    return rows.map((row) => signatureOf(row, agreement.version));
  }

  @FieldResolver(() => EvaluationConnection, {
    description: '評価: published evaluations for everyone; unpublished ones too for the parties, the secretariat and reviewers.',
  })
  async evaluations(
    @Root() agreement: AgreementEntity,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: CollaborationContext,
  ): Promise<ConnectionResult<EvaluationEntity>> {
    const request = EVALUATIONS_NEWEST_FIRST.request(page);
    const includeUnpublished = allows(evaluationPolicies.readUnpublished, context.principal, agreementSubjectOf(agreement));
    return toConnection(await context.loaders.evaluationsOfAgreement.load(agreement.id, request, includeUnpublished));
  }

  @FieldResolver(() => AgreementResultConnection, { description: '実績: yearly results, latest fiscal year first. Public.' })
  async results(
    @Root() agreement: AgreementEntity,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: CollaborationContext,
  ): Promise<ConnectionResult<AgreementResultEntity>> {
    return toConnection(await context.loaders.resultsOfAgreement.load(agreement.id, RESULTS_NEWEST_FIRST.request(page)));
  }
}

function signatureOf(row: AgreementSignatureEntity, currentVersion: number): AgreementSignature {
  return { version: row.version, party: partyOf({ kind: row.partyKind, id: row.partyId }), signedAt: row.signedAt, void: row.version < currentVersion };
}

@Resolver(() => AgreementVersion)
export class AgreementVersionResolver {
  @FieldResolver(() => [AgreementPartyTerms], { description: "Each party's roles and budget share in this version (at most 22)." })
  async parties(@Root() version: AgreementVersionEntity, @Ctx() context: CollaborationContext): Promise<AgreementPartyTerms[]> {
    return (await context.loaders.partyTermsOfVersion.load(version.id)).map(partyTermsOf);
  }

  @FieldResolver(() => [AgreementSignature], { description: 'Signatures on this version (at most 22); void once a later version exists.' })
  async signatures(@Root() version: AgreementVersionEntity, @Ctx() context: CollaborationContext): Promise<AgreementSignature[]> {
    const rows = await context.loaders.signaturesOfVersion.load({ agreementId: version.agreement.id, version: version.version });
    const current = (await context.loaders.agreement.load(version.agreement.id))?.version ?? version.version;
    return rows.map((row) => signatureOf(row, current));
  }

  @Authorized(requires(agreementPolicies.readAuthors, (version: AgreementVersionEntity) => agreementSubjectOf(version.agreement)))
  @FieldResolver(() => String, { nullable: true, description: 'Who wrote it; the parties and the secretariat only (a name is personal data).' })
  changedBy(@Root() version: AgreementVersionEntity): string {
    return version.createdByName ?? version.createdBy;
  }
}

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @FieldResolver(() => GroupReference, { nullable: true, description: 'GROUP view: the group whose view it is.' })
  evaluatorGroup(@Root() evaluation: EvaluationEntity): GroupReference | null {
    return groupRef(evaluation.evaluatorGroupId);
  }

  @FieldResolver(() => Boolean, { description: '公表済み: public and immutable.' })
  published(@Root() evaluation: EvaluationEntity): boolean {
    return evaluation.publishedAt !== null;
  }

  @FieldResolver(() => [EvaluationScore], { description: 'One score per criterion, in the guideline\'s order (5).' })
  async scores(@Root() evaluation: EvaluationEntity, @Ctx() context: CollaborationContext): Promise<EvaluationScore[]> {
    const rows = await context.loaders.scoresOfEvaluation.load(evaluation.id);
    return [...rows]
      .sort((a, b) => CRITERIA_ORDER.indexOf(a.criterion) - CRITERIA_ORDER.indexOf(b.criterion))
      .map((row) => ({ criterion: row.criterion, score: row.score, comment: row.comment }));
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Mean of the five scores, rounded to 2 decimals.' })
  async meanScore(@Root() evaluation: EvaluationEntity, @Ctx() context: CollaborationContext): Promise<number | null> {
    const rows = await context.loaders.scoresOfEvaluation.load(evaluation.id);
    if (rows.length === 0) return null;
    return Math.round((rows.reduce((sum, row) => sum + row.score, 0) / rows.length) * 100) / 100;
  }

  @FieldResolver(() => Agreement, { nullable: true, description: 'The project evaluated.' })
  async agreement(@Root() evaluation: EvaluationEntity, @Ctx() context: CollaborationContext): Promise<AgreementEntity | null> {
    return context.loaders.agreement.load(evaluation.agreementId);
  }
}

const RACE = 'Refusals come back as userErrors and change nothing; a concurrent change that won first makes this one a CONFLICT.';

@Resolver()
export class AgreementMutationsResolver {
  @Mutation(() => CreateAgreementPayload, { description: `協定の作成 for an ADOPTED proposal, version 1, by the responsible department or the secretariat. ${RACE}` })
  async createAgreement(@Arg('input', () => CreateAgreementInput) input: CreateAgreementInput, @Ctx() context: CollaborationContext) {
    return withUserErrors(async () => ({ agreement: await new Agreements(context.em).create(input, context.principal) }));
  }

  @Mutation(() => ReviseAgreementPayload, {
    description: `協定の改訂: a new version based on expectedVersion, by a party or the secretariat, while negotiating; earlier signatures are void. ${RACE}`,
  })
  async reviseAgreement(@Arg('input', () => ReviseAgreementInput) input: ReviseAgreementInput, @Ctx() context: CollaborationContext) {
    return withUserErrors(async () => ({ agreement: await new Agreements(context.em).revise(input, context.principal) }));
  }

  @Mutation(() => SignAgreementPayload, {
    description: `署名: sign the current version for each party you represent. The last signature makes it ACTIVE and the proposal AGREED. ${RACE}`,
  })
  async signAgreement(@Arg('input', () => SignAgreementInput) input: SignAgreementInput, @Ctx() context: CollaborationContext) {
    return withUserErrors(async () => ({ agreement: await new Agreements(context.em).sign(input.agreementId, context.principal, input.expectedVersion) }));
  }

  @Mutation(() => StartCollaborationPayload, { description: `事業の開始: ACTIVE → IN_PROGRESS, the proposal AGREED → IMPLEMENTED. ${RACE}` })
  async startCollaboration(@Arg('input', () => StartCollaborationInput) input: StartCollaborationInput, @Ctx() context: CollaborationContext) {
    return withUserErrors(async () => ({ agreement: await new Agreements(context.em).start(input.agreementId, context.principal) }));
  }

  @Mutation(() => CompleteCollaborationPayload, {
    description: `事業の終了: IN_PROGRESS → COMPLETED once final evaluations from all three views are published; the proposal becomes COMPLETED. ${RACE}`,
  })
  async completeCollaboration(@Arg('input', () => CompleteCollaborationInput) input: CompleteCollaborationInput, @Ctx() context: CollaborationContext) {
    return withUserErrors(async () => ({ agreement: await new Agreements(context.em).complete(input.agreementId, context.principal) }));
  }

  @Mutation(() => RegisterCollaborationProjectPayload, {
    description: `協働事業の登録: a department's own project or a commission (委託), by that department or the secretariat; then signed like any agreement. ${RACE}`,
  })
  async registerCollaborationProject(
    @Arg('input', () => RegisterCollaborationProjectInput) input: RegisterCollaborationProjectInput,
    @Ctx() context: CollaborationContext,
  ) {
    return withUserErrors(async () => ({ agreement: await new Agreements(context.em).register(input, context.principal) }));
  }

  @Mutation(() => RecordCollaborationResultPayload, { description: `実績の記録: one fiscal year's results of a started project, once. ${RACE}` })
  async recordCollaborationResult(
    @Arg('input', () => RecordCollaborationResultInput) input: RecordCollaborationResultInput,
    @Ctx() context: CollaborationContext,
  ) {
    return withUserErrors(async () => ({ result: await new Agreements(context.em).recordResult(input, context.principal) }));
  }

  @Mutation(() => SubmitEvaluationPayload, {
    description: `評価の提出: the department's view by its staff, a group's by its members, the third party's by a reviewer; replaceable until published. ${RACE}`,
  })
  async submitEvaluation(@Arg('input', () => SubmitEvaluationInput) input: SubmitEvaluationInput, @Ctx() context: CollaborationContext) {
    return withUserErrors(async () => ({ evaluation: await new Evaluations(context.em).submit(input, context.principal) }));
  }

  @Mutation(() => PublishEvaluationPayload, { description: `評価の公表: by its evaluator or the secretariat; public and immutable from then on. ${RACE}` })
  async publishEvaluation(@Arg('input', () => PublishEvaluationInput) input: PublishEvaluationInput, @Ctx() context: CollaborationContext) {
    return withUserErrors(async () => ({ evaluation: await new Evaluations(context.em).publish(input.evaluationId, context.principal) }));
  }
}
