import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  APPLICATIONS_NEWEST_FIRST,
  AWARDS_NEWEST_FIRST,
  Grants,
  PROGRAMS_BY_DEADLINE,
  type GrantApplication as GrantApplicationEntity,
  type GrantAward as GrantAwardEntity,
  type GrantProgram as GrantProgramEntity,
} from '@tsunagaru/resources-domain';
import { NotFoundError, todayInJapan, type ActivityField, type OrganizationType, type Yen } from '@tsunagaru/shared-kernel';
import { ForwardPaginationArgs, toConnection, withArgumentPath, withUserErrors, type ConnectionResult } from '@tsunagaru/shared-graphql';
import type { ResourcesContext } from '../loaders';
import {
  ApplyForGrantInput,
  AwardGrantInput,
  GrantApplication,
  GrantApplicationConnection,
  GrantApplicationInput,
  GrantApplicationPayload,
  GrantAward,
  GrantAwardConnection,
  GrantAwardPayload,
  GrantDecisionSummary,
  GrantProgram,
  GrantProgramConnection,
  GrantProgramFilter,
  GrantProgramPayload,
  ListPrivateGrantProgramInput,
  PayGrantAwardInput,
  RejectGrantApplicationInput,
  ReportGrantUseInput,
} from '../types/grant.types';
import { GroupReference } from '../types/group-reference.type';

const MOVES = 'Refusals and a move from the wrong status come back as userErrors.';

@Resolver(() => GrantProgram)
export class GrantProgramResolver {
  @Query(() => GrantProgramConnection, {
    nullable: true,
    description: '助成制度: grant programmes, soonest deadline first; "which grants are open now for a group in my field" is filter { openOn: today, activityField }. Public.',
  })
  async grantPrograms(
    @Arg('filter', () => GrantProgramFilter, { nullable: true }) filter: GrantProgramFilter | null,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: ResourcesContext,
  ): Promise<ConnectionResult<GrantProgramEntity>> {
    const programs = await withArgumentPath('filter', () =>
      new Grants(context.em).programs(
        {
          ...filter,
          activityField: (filter?.activityField ?? null) as ActivityField | null,
          organizationType: (filter?.organizationType ?? null) as OrganizationType | null,
        },
        PROGRAMS_BY_DEADLINE.request(page),
      ),
    );
    for (const program of programs.rows) context.loaders.grantProgram.prime(program.id, program);
    return toConnection(programs);
  }

  @Query(() => GrantProgram, { nullable: true, description: 'One grant programme by id; null when unknown.' })
  async grantProgram(@Arg('id', () => ID) id: string, @Ctx() context: ResourcesContext): Promise<GrantProgramEntity | null> {
    return context.loaders.grantProgram.load(id);
  }

  @FieldResolver(() => Boolean, { description: '募集中: whether it takes applications today (Japan time).' })
  openNow(@Root() program: GrantProgramEntity): boolean {
    const today = todayInJapan();
    return program.opensOn <= today && today <= program.closesOn;
  }

  @FieldResolver(() => GrantDecisionSummary, { nullable: true, description: '選考結果: counts of decisions and the money awarded, public. Batched across programmes.' })
  async decisions(@Root() program: GrantProgramEntity, @Ctx() context: ResourcesContext): Promise<GrantDecisionSummary> {
    const summary = await context.loaders.grantDecisions.load(program.id);
    return {
      applications: summary?.applications ?? 0,
      awarded: summary?.awarded ?? 0,
      rejected: summary?.rejected ?? 0,
      awardedYen: summary?.awardedYen ?? 0,
      paidYen: summary?.paidYen ?? 0,
      remainingBudgetYen: program.budgetYen === null ? null : program.budgetYen - (summary?.awardedYen ?? 0),
    };
  }

  @FieldResolver(() => GrantAwardConnection, { nullable: true, description: '交付決定: the programme\'s awards, newest first. Batched across programmes. Public.' })
  async awards(
    @Root() program: GrantProgramEntity,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: ResourcesContext,
  ): Promise<ConnectionResult<GrantAwardEntity>> {
    return toConnection(await context.loaders.programAwards.load(program.id, AWARDS_NEWEST_FIRST.request(page)));
  }

  @Mutation(() => GrantProgramPayload, { description: '民間助成の掲載: intermediary or city staff list a private programme for information.' })
  async listPrivateGrantProgram(@Arg('input', () => ListPrivateGrantProgramInput) input: ListPrivateGrantProgramInput, @Ctx() context: ResourcesContext) {
    return withUserErrors(async () => ({
      program: await new Grants(context.em).listPrivate(
        {
          ...input,
          minAwardYen: (input.minAwardYen ?? null) as Yen | null,
          maxAwardYen: (input.maxAwardYen ?? null) as Yen | null,
          eligibleFields: (input.eligibleFields ?? null) as ActivityField[] | null,
          eligibleOrganizationTypes: (input.eligibleOrganizationTypes ?? null) as OrganizationType[] | null,
        },
        context.principal,
      ),
    }));
  }
}

@Resolver(() => GrantAward)
export class GrantAwardFieldsResolver {
  @FieldResolver(() => GrantProgram, { description: 'The programme (助成制度).' })
  async program(@Root() award: GrantAwardEntity, @Ctx() context: ResourcesContext): Promise<GrantProgramEntity> {
    const program = await context.loaders.grantProgram.load(award.programId);
    if (!program) throw new NotFoundError('GrantProgram', award.programId);
    return program;
  }

  @FieldResolver(() => GroupReference, { nullable: true, description: 'The group awarded (public).' })
  group(@Root() award: GrantAwardEntity): GroupReference {
    return { id: award.groupId };
  }
}

@Resolver(() => GrantApplication)
export class GrantApplicationResolver {
  @Query(() => GrantApplication, { nullable: true, description: '助成申請 by id: the group and city staff only; null for everyone else and when unknown.' })
  async grantApplication(@Arg('id', () => ID) id: string, @Ctx() context: ResourcesContext): Promise<GrantApplicationEntity | null> {
    const application = await context.loaders.grantApplication.load(id);
    return application && Grants.mayReadApplications(context.principal, application.groupId) ? application : null;
  }

  @FieldResolver(() => GrantProgram, { description: 'The programme applied to.' })
  async program(@Root() application: GrantApplicationEntity, @Ctx() context: ResourcesContext): Promise<GrantProgramEntity> {
    const program = await context.loaders.grantProgram.load(application.programId);
    if (!program) throw new NotFoundError('GrantProgram', application.programId);
    return program;
  }

  @FieldResolver(() => GroupReference, { nullable: true, description: 'The applicant group.' })
  group(@Root() application: GrantApplicationEntity): GroupReference {
    return { id: application.groupId };
  }

  @Mutation(() => GrantApplicationPayload, { description: `助成申請書の作成: the group's members draft an application to a city programme. ${MOVES}` })
  async applyForGrant(@Arg('input', () => ApplyForGrantInput) input: ApplyForGrantInput, @Ctx() context: ResourcesContext) {
    return withUserErrors(async () => ({
      application: await new Grants(context.em).apply(
        { ...input, activityField: input.activityField as ActivityField, organizationType: input.organizationType as OrganizationType, requestedYen: input.requestedYen as Yen },
        context.principal,
      ),
    }));
  }

  @Mutation(() => GrantApplicationPayload, { description: `申請: DRAFT → SUBMITTED by the group while the programme takes applications. ${MOVES}` })
  async submitGrantApplication(@Arg('input', () => GrantApplicationInput) input: GrantApplicationInput, @Ctx() context: ResourcesContext) {
    return withUserErrors(async () => ({ application: await new Grants(context.em).submit(input.applicationId, context.principal) }));
  }

  @Mutation(() => GrantApplicationPayload, { description: `審査開始: SUBMITTED → UNDER_REVIEW by the fund's secretariat. ${MOVES}` })
  async startGrantReview(@Arg('input', () => GrantApplicationInput) input: GrantApplicationInput, @Ctx() context: ResourcesContext) {
    return withUserErrors(async () => ({ application: await new Grants(context.em).startReview(input.applicationId, context.principal) }));
  }

  @Mutation(() => GrantApplicationPayload, { description: `不交付決定: SUBMITTED or UNDER_REVIEW → REJECTED with the reason, by the fund's secretariat. ${MOVES}` })
  async rejectGrantApplication(@Arg('input', () => RejectGrantApplicationInput) input: RejectGrantApplicationInput, @Ctx() context: ResourcesContext) {
    return withUserErrors(async () => ({ application: await new Grants(context.em).reject(input.applicationId, input.reason, context.principal) }));
  }

  @Mutation(() => GrantAwardPayload, {
    description: `交付決定 by the fund's secretariat: never above the request or the programme's maximum, nor beyond its budget, also under concurrent awarding. ${MOVES}`,
  })
  async awardGrant(@Arg('input', () => AwardGrantInput) input: AwardGrantInput, @Ctx() context: ResourcesContext) {
    return withUserErrors(async () => ({ award: await new Grants(context.em).award(input.applicationId, input.amountYen as Yen, context.principal) }));
  }

  @Mutation(() => GrantAwardPayload, { description: `交付 (支払): pays an award from the fund; the disbursement is booked in the ledger in the same transaction. ${MOVES}` })
  async payGrantAward(@Arg('input', () => PayGrantAwardInput) input: PayGrantAwardInput, @Ctx() context: ResourcesContext) {
    return withUserErrors(async () => ({ award: await new Grants(context.em).pay(input.awardId, context.principal) }));
  }

  @Mutation(() => GrantAwardPayload, { description: `実績報告: the group reports how a paid award was used, once. ${MOVES}` })
  async reportGrantUse(@Arg('input', () => ReportGrantUseInput) input: ReportGrantUseInput, @Ctx() context: ResourcesContext) {
    return withUserErrors(async () => ({ award: await new Grants(context.em).report(input.awardId, input.report, context.principal) }));
  }
}

@Resolver(() => GroupReference)
export class GroupGrantsResolver {
  @FieldResolver(() => GrantApplicationConnection, {
    nullable: true,
    description: "助成申請: the group's grant applications, newest first. The group and city staff only (grant.readApplication); null for everyone else. Batched.",
  })
  async grantApplications(
    @Root() group: GroupReference,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: ResourcesContext,
  ): Promise<ConnectionResult<GrantApplicationEntity> | null> {
    const request = APPLICATIONS_NEWEST_FIRST.request(page);
    if (!Grants.mayReadApplications(context.principal, group.id)) return null;
    return toConnection(await context.loaders.groupGrantApplications.load(group.id, request));
  }

  @FieldResolver(() => GrantAwardConnection, { nullable: true, description: "交付決定: the group's grant awards, newest first. Public. Batched." })
  async grantAwards(
    @Root() group: GroupReference,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: ResourcesContext,
  ): Promise<ConnectionResult<GrantAwardEntity>> {
    return toConnection(await context.loaders.groupGrantAwards.load(group.id, AWARDS_NEWEST_FIRST.request(page)));
  }
}
