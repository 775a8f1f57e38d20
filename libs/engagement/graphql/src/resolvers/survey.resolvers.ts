import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  SURVEY_RESPONSES_IN_ORDER,
  SURVEYS_NEWEST_FIRST,
  surveyPolicies,
  Surveys,
  type Survey as SurveyEntity,
  type SurveyAnswerView,
  type SurveyCrossDimension as SurveyCrossDimensionValue,
  type SurveyQuestion as SurveyQuestionEntity,
  type SurveyQuestionResult as SurveyQuestionResultValue,
  type SurveyResponse as SurveyResponseEntity,
  type RegisteredGroupProfile,
} from '@tsunagaru/engagement-domain';
import { ForwardPaginationArgs, requires, toConnection, withUserErrors, type ConnectionResult } from '@tsunagaru/shared-graphql';
import {
  AnswerSurveyInput,
  CreateSurveyInput,
  CreateSurveyVersionInput,
  ReplaceSurveyQuestionsInput,
} from '../inputs/survey.inputs';
import type { EngagementContext } from '../loaders';
import { GroupReference } from '../types/group-reference.type';
import { SurveyCrossDimension } from '../types/surveys-sessions-consultations-measures.enums';
import {
  AnswerSurveyPayload,
  Survey,
  SurveyAnswer,
  SurveyConnection,
  SurveyOption,
  SurveyPayload,
  SurveyQuestion,
  SurveyQuestionResult,
  SurveyResponse,
  SurveyResponseConnection,
} from '../types/survey.types';


@Resolver(() => Survey)
export class SurveyResolver {
  @Query(() => SurveyConnection, { nullable: true, description: 'アンケート調査: surveys, newest first (public).' })
  async surveys(@Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs, @Ctx() context: EngagementContext): Promise<ConnectionResult<SurveyEntity>> {
    return toConnection(await new Surveys(context.em).list(SURVEYS_NEWEST_FIRST.request(page)));
  }

  @Query(() => Survey, { nullable: true, description: 'One survey by id; null when unknown.' })
  async survey(@Arg('id', () => ID) id: string, @Ctx() context: EngagementContext): Promise<SurveyEntity | null> {
    return context.loaders.survey.load(id);
  }

  @FieldResolver(() => Int, { description: '回答数: respondents (groups or people) who answered.' })
  async respondentCount(@Root() survey: SurveyEntity, @Ctx() context: EngagementContext): Promise<number> {
    return context.loaders.respondentCount.load(survey.id);
  }

  @FieldResolver(() => [SurveyQuestion], { nullable: true, description: 'The questions in order (at most 100).' })
  async questions(@Root() survey: SurveyEntity, @Ctx() context: EngagementContext): Promise<SurveyQuestionEntity[]> {
    return context.loaders.questionsBySurvey.load(survey.id);
  }

  @FieldResolver(() => [SurveyQuestionResult], {
    nullable: true,
    description:
      '集計結果: one entry per question, counted in SQL. For everyone but city staff, counts below 3 are suppressed, and so is the ' +
      'next smallest figure of any row, column or total that would otherwise give a suppressed one away by subtraction.',
  })
  async results(
    @Root() survey: SurveyEntity,
    @Arg('crossBy', () => SurveyCrossDimension, { nullable: true, description: 'Cross-tabulate by this profile of the respondents.' })
    crossBy: SurveyCrossDimensionValue | null,
    @Ctx() context: EngagementContext,
  ): Promise<SurveyQuestionResultValue[]> {
    return new Surveys(context.em).results(survey.id, crossBy ?? null, context.principal);
  }

  @Authorized(requires(surveyPolicies.readAllResponses, () => null))
  @FieldResolver(() => SurveyResponseConnection, { nullable: true, description: '個票: every response, free text included. City staff only.' })
  async responses(
    @Root() survey: SurveyEntity,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: EngagementContext,
  ): Promise<ConnectionResult<SurveyResponseEntity>> {
    return toConnection(await context.loaders.responsesBySurvey.load(survey.id, SURVEY_RESPONSES_IN_ORDER.request(page)));
  }

  @Mutation(() => AnswerSurveyPayload, {
    description: 'アンケートへの回答: a group (its members) or a person answers once per survey and may revise the answer until the survey closes.',
  })
  async answerSurvey(@Arg('input', () => AnswerSurveyInput) input: AnswerSurveyInput, @Ctx() context: EngagementContext) {
    const registeredProfile = async (groupId: string) =>
      (await context.peers.entityFields('directory', 'Group', groupId, 'organizationType activityFields districts')) as RegisteredGroupProfile | null;
    return withUserErrors(async () => ({ response: await new Surveys(context.em).answer(input, context.principal, new Date(), registeredProfile) }));
  }

  @Mutation(() => SurveyPayload, { description: 'アンケートの作成 (city staff).' })
  async createSurvey(@Arg('input', () => CreateSurveyInput) input: CreateSurveyInput, @Ctx() context: EngagementContext) {
    return withUserErrors(async () => ({ survey: await new Surveys(context.em).create(input, context.principal) }));
  }

  @Mutation(() => SurveyPayload, { description: "Replaces a survey's questions; CONFLICT once answers exist (create a new version instead). City staff." })
  async replaceSurveyQuestions(@Arg('input', () => ReplaceSurveyQuestionsInput) input: ReplaceSurveyQuestionsInput, @Ctx() context: EngagementContext) {
    return withUserErrors(async () => ({ survey: await new Surveys(context.em).replaceQuestions(input.surveyId, input.questions, context.principal) }));
  }

  @Mutation(() => SurveyPayload, { description: 'A new version of a survey (版), leaving the old one and its answers as they were. City staff.' })
  async createSurveyVersion(@Arg('input', () => CreateSurveyVersionInput) input: CreateSurveyVersionInput, @Ctx() context: EngagementContext) {
    return withUserErrors(async () => ({ survey: await new Surveys(context.em).createVersion(input.surveyId, input, context.principal) }));
  }
}

@Resolver(() => SurveyQuestion)
export class SurveyQuestionResolver {
  @FieldResolver(() => [SurveyOption], { nullable: true, description: 'Options (or matrix items) in order (at most 50).' })
  async options(@Root() question: { id: string }, @Ctx() context: EngagementContext) {
    return context.loaders.optionsByQuestion.load(question.id);
  }
}

@Resolver(() => SurveyResponse)
export class SurveyResponseResolver {
  @FieldResolver(() => Survey, { nullable: true })
  async survey(@Root() response: SurveyResponseEntity, @Ctx() context: EngagementContext): Promise<SurveyEntity | null> {
    return context.loaders.survey.load(response.surveyId);
  }

  @FieldResolver(() => GroupReference, { nullable: true, description: 'The group that answered (group surveys).' })
  group(@Root() response: SurveyResponseEntity): GroupReference | null {
    return response.groupId ? { id: response.groupId } : null;
  }

  @Authorized(
    requires(surveyPolicies.readResponse, (response: SurveyResponseEntity) => ({ groupId: response.groupId, personSubject: response.personSubject })),
  )
  @FieldResolver(() => [SurveyAnswer], { nullable: true, description: 'The answers, free text included: the respondent and city staff only.' })
  async answers(@Root() response: SurveyResponseEntity, @Ctx() context: EngagementContext): Promise<SurveyAnswerView[]> {
    return context.loaders.answersByResponse.load(response.id);
  }
}

/** Group.surveyResponses: the group's own answers. */
@Resolver(() => GroupReference)
export class GroupSurveyResolver {
  @Authorized(requires(surveyPolicies.readGroupResponses, (group: GroupReference) => ({ groupId: group.id })))
  @FieldResolver(() => SurveyResponseConnection, {
    nullable: true,
    description: "アンケート回答: the group's survey responses; its members and city staff only.",
  })
  async surveyResponses(
    @Root() group: GroupReference,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: EngagementContext,
  ): Promise<ConnectionResult<SurveyResponseEntity>> {
    return toConnection(await context.loaders.responsesByGroup.load(group.id, SURVEY_RESPONSES_IN_ORDER.request(page)));
  }
}
