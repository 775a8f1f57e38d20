import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  CHALLENGES_NEWEST_FIRST,
  CityChallenges,
  EvaluationMetrics,
  ProgrammeOffices,
  ProposalMetrics,
  todayOpen,
  type CityChallenge as CityChallengeEntity,
} from '@tsunagaru/collaboration-domain';
import { ForwardPaginationArgs, toConnection, withArgumentPath, withUserErrors, type ConnectionResult } from '@tsunagaru/shared-graphql';
import { EvaluationMetricFilter } from '../inputs/agreement.inputs';
import { ProposalMetricFilter } from '../inputs/proposal-metric-filter.input';
import { AssignProgrammeSecretariatInput, CityChallengeFilter, PublishCityChallengeInput } from '../inputs/proposal.inputs';
import type { CollaborationContext } from '../loaders';
import { EvaluationMetricRow } from '../types/agreement.type';
import { CityChallenge, CityChallengeConnection } from '../types/city-challenge.type';
import { EvaluationMetricDimension } from '../types/collaboration-enums';
import { AssignProgrammeSecretariatPayload, PublishCityChallengePayload } from '../types/payloads.type';
import { ProposalMetricDimension } from '../types/proposal-metric-dimension.enum';
import { ProposalMetricRow } from '../types/proposal-metric-row.type';
import { DepartmentReference, departmentRef } from '../types/references.type';

@Resolver(() => CityChallenge)
export class CityChallengeResolver {
  @Query(() => CityChallengeConnection, { nullable: true, description: '市が抱えている課題の一覧 (6(3)ア): published challenges, latest opening first. Public.' })
  async cityChallenges(
    @Arg('filter', () => CityChallengeFilter, { nullable: true }) filter: CityChallengeFilter | null,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: CollaborationContext,
  ): Promise<ConnectionResult<CityChallengeEntity>> {
    const request = CHALLENGES_NEWEST_FIRST.request(page);
    return toConnection(await withArgumentPath('filter', () => new CityChallenges(context.em).list(filter ?? {}, request)));
  }

  @Query(() => CityChallenge, { nullable: true, description: 'One city challenge by id; null when unknown.' })
  async cityChallenge(@Arg('id', () => ID) id: string, @Ctx() context: CollaborationContext): Promise<CityChallengeEntity | null> {
    return context.loaders.challenge.load(id);
  }

  @FieldResolver(() => DepartmentReference, { nullable: true, description: 'The department that needs help.' })
  department(@Root() challenge: CityChallengeEntity): DepartmentReference {
    return departmentRef(challenge.departmentId);
  }

  @FieldResolver(() => Boolean, { description: '募集中: taking proposals today (Japan time).' })
  open(@Root() challenge: CityChallengeEntity): boolean {
    return todayOpen(challenge);
  }

  @Mutation(() => PublishCityChallengePayload, {
    description: '課題の公開: staff of a department, or of the secretariat, publish a challenge inviting proposals; public at once.',
  })
  async publishCityChallenge(@Arg('input', () => PublishCityChallengeInput) input: PublishCityChallengeInput, @Ctx() context: CollaborationContext) {
    return withUserErrors(async () => ({ challenge: await new CityChallenges(context.em).publish(input, context.principal) }));
  }
}

@Resolver()
export class ProgrammeResolver {
  @Query(() => DepartmentReference, {
    nullable: true,
    description: "相互提案協働事業の事務局: the department that runs the programme (地域のつながり推進課); null while a deployment has set none.",
  })
  async programmeSecretariat(@Ctx() context: CollaborationContext): Promise<DepartmentReference | null> {
    const id = await new ProgrammeOffices(context.em).secretariatDepartmentId();
    return id ? departmentRef(id) : null;
  }

  @Mutation(() => AssignProgrammeSecretariatPayload, { description: '事務局の引継ぎ: the current secretariat hands the programme to another department.' })
  async assignProgrammeSecretariat(
    @Arg('input', () => AssignProgrammeSecretariatInput) input: AssignProgrammeSecretariatInput,
    @Ctx() context: CollaborationContext,
  ) {
    return withUserErrors(async () => {
      const office = await new ProgrammeOffices(context.em).assign(input.departmentId, context.principal);
      return { secretariat: departmentRef(office.secretariatDepartmentId) };
    });
  }
}

@Resolver()
export class MetricsResolver {
  @Query(() => [ProposalMetricRow], {
    nullable: true,
    description:
      '相互提案協働事業の実績: submitted proposals, adopted and implemented ones, the implementation rate (実施率, the guideline\'s figure), ' +
      'the adoption rate and the median days to a decision, grouped by the dimensions given (in that order, which is also the sort ' +
      'order); an empty groupBy gives one total row. At most 100 rows: a breakdown with more is refused (BAD_USER_INPUT, ' +
      'TOO_MANY_ROWS), never cut short. Public: aggregated figures only.',
  })
  async proposalMetrics(
    @Arg('groupBy', () => [ProposalMetricDimension]) groupBy: ProposalMetricDimension[],
    @Arg('filter', () => ProposalMetricFilter, { nullable: true }) filter: ProposalMetricFilter | null,
    @Ctx() context: CollaborationContext,
  ): Promise<ProposalMetricRow[]> {
    const rows = await new ProposalMetrics(context.em).compute(groupBy, filter ?? {});
    return rows.map((row) => ({
      proposerType: row.proposerType ?? null,
      fiscalYear: row.fiscalYear ?? null,
      department: row.departmentId ? departmentRef(row.departmentId) : null,
      activityField: row.activityField ?? null,
      status: row.status ?? null,
      proposals: row.proposals,
      adopted: row.adopted,
      implemented: row.implemented,
      implementationRate: row.implementationRate,
      adoptionRate: row.adoptionRate,
      medianDaysToDecision: row.medianDaysToDecision,
    }));
  }

  @Query(() => [EvaluationMetricRow], {
    nullable: true,
    description:
      '評価の集計: the number of published evaluations and their mean score (1–5), grouped by view, criterion and/or fiscal year. ' +
      'Aggregated in SQL; at most 100 rows, a larger breakdown is refused (TOO_MANY_ROWS). Public.',
  })
  async evaluationMetrics(
    @Arg('groupBy', () => [EvaluationMetricDimension]) groupBy: EvaluationMetricDimension[],
    @Arg('filter', () => EvaluationMetricFilter, { nullable: true }) filter: EvaluationMetricFilter | null,
    @Ctx() context: CollaborationContext,
  ): Promise<EvaluationMetricRow[]> {
    const rows = await new EvaluationMetrics(context.em).compute(groupBy, filter ?? {});
    return rows.map((row) => ({
      view: row.view ?? null,
      criterion: row.criterion ?? null,
      fiscalYear: row.fiscalYear ?? null,
      evaluations: row.evaluations,
      meanScore: row.meanScore,
    }));
  }
}
