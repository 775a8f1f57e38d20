import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CACHE_PUBLIC, ConnectionType, DateScalar, DateTimeScalar, UserError } from '@tsunagaru/shared-graphql';
import { SurveyAudience, SurveyQuestionKind } from './surveys-sessions-consultations-measures.enums';

@Directive(CACHE_PUBLIC)
@ObjectType('SurveyOption', { description: '選択肢 (or a matrix item).' })
export class SurveyOption {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => String)
  label!: string;

  @Field(() => Boolean, { description: '「その他（具体的に）」: choosing it asks for a text.' })
  isOther!: boolean;
}

@Directive(CACHE_PUBLIC)
@ObjectType('SurveyQuestion', { description: '設問' })
export class SurveyQuestion {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Its number in the survey, from 1.' })
  position!: number;

  @Field(() => SurveyQuestionKind)
  kind!: SurveyQuestionKind;

  @Field(() => String, { description: '設問文' })
  prompt!: string;

  @Field(() => Int, { nullable: true, description: 'Scale and matrix: the lowest point.' })
  scaleMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'Scale and matrix: the highest point.' })
  scaleMax?: number | null;

  @Field(() => String, { nullable: true })
  scaleMinLabel?: string | null;

  @Field(() => String, { nullable: true })
  scaleMaxLabel?: string | null;
}

@Directive('@key(fields: "id")')
@Directive(CACHE_PUBLIC)
@ObjectType('Survey', { description: 'アンケート調査: one version of a survey. Its definition and suppressed results are public.' })
export class Survey {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Stable code shared by all versions, e.g. "2019-09-activity-status".' })
  code!: string;

  @Field(() => Int, { description: '版: questions never change once answered; a change is a new version.' })
  version!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => SurveyAudience, { description: '対象' })
  audience!: SurveyAudience;

  @Field(() => DateScalar, { description: '開始日' })
  opensOn!: string;

  @Field(() => DateScalar, { description: '締切日: answers may be revised until this day ends.' })
  closesOn!: string;
}

@Directive(CACHE_PUBLIC)
@ObjectType('SurveyConnection', { description: 'A page of surveys (アンケート調査), newest first.' })
export class SurveyConnection extends ConnectionType(Survey, 'Survey') {}

@Directive(CACHE_PUBLIC)
@ObjectType('SurveyResultOption', {
  description: '集計: one option\'s count and share. Counts below 3 (and any that would reveal one by subtraction) are suppressed for everyone but city staff.',
})
export class SurveyResultOption {
  @Field(() => String)
  label!: string;

  @Field(() => Int, { nullable: true, description: 'null when suppressed.' })
  count!: number | null;

  @Field(() => Float, { nullable: true, description: "count / respondents (for multiple choice, the share of respondents); null when suppressed." })
  share!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;
}

@Directive(CACHE_PUBLIC)
@ObjectType('SurveyResultSegment', { description: 'クロス集計: the respondents of one profile value and their counts.' })
export class SurveyResultSegment {
  @Field(() => String, { description: 'The ActivityField, OrganizationType or District value (CITYWIDE for groups with no home district).' })
  value!: string;

  @Field(() => Int, { nullable: true, description: 'Respondents in this segment; null when suppressed.' })
  respondents!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;

  @Field(() => [SurveyResultOption], { nullable: true })
  options!: SurveyResultOption[];
}

@Directive(CACHE_PUBLIC)
@ObjectType('SurveyQuestionResult', { description: '設問ごとの集計, computed in SQL.' })
export class SurveyQuestionResult {
  @Field(() => SurveyQuestion)
  question!: SurveyQuestion;

  @Field(() => Int, { nullable: true, description: 'Respondents who answered the question; null when below 3.' })
  respondents!: number | null;

  @Field(() => [SurveyResultOption], { nullable: true, description: 'One per option (scale point, matrix item × point); none for free text.' })
  options!: SurveyResultOption[];

  @Field(() => [SurveyResultSegment], { nullable: true, description: 'One per profile value present, when crossBy is given.' })
  segments!: SurveyResultSegment[] | null;
}

@ObjectType('SurveyMatrixRating', { description: 'A matrix item and the point given.' })
export class SurveyMatrixRating {
  @Field(() => String)
  item!: string;

  @Field(() => Int)
  scaleValue!: number;
}

@ObjectType('SurveyAnswer', { description: "回答: one question's answer within a response (respondent and city staff only)." })
export class SurveyAnswer {
  @Field(() => ID)
  questionId!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => SurveyQuestionKind)
  kind!: SurveyQuestionKind;

  @Field(() => String)
  prompt!: string;

  @Field(() => [String], { nullable: true, description: 'Labels of the options chosen.' })
  chosen!: string[];

  @Field(() => String, { nullable: true, description: '「その他（具体的に）」の記述 (free text).' })
  otherText!: string | null;

  @Field(() => Int, { nullable: true })
  scaleValue!: number | null;

  @Field(() => String, { nullable: true, description: '自由記述 (free text).' })
  text!: string | null;

  @Field(() => [SurveyMatrixRating], { nullable: true })
  matrix!: SurveyMatrixRating[];
}

@ObjectType('SurveyResponse', { description: '回答票: one respondent\'s answer to a survey. The respondent and city staff only.' })
export class SurveyResponse {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  submittedAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Last revision.' })
  updatedAt!: Date;

  @Field(() => String, { description: 'Profile given when answering: activity field.' })
  activityField!: string;

  @Field(() => String, { description: 'Profile given when answering: organisation type.' })
  organizationType!: string;

  @Field(() => String, { description: 'Profile given when answering: district (CITYWIDE when none).' })
  district!: string;
}

@ObjectType('SurveyResponseConnection', { description: 'A page of survey responses, in the order given.' })
export class SurveyResponseConnection extends ConnectionType(SurveyResponse, 'SurveyResponse') {}

@ObjectType('AnswerSurveyPayload', { description: 'Result of answerSurvey.' })
export class AnswerSurveyPayload {
  @Field(() => SurveyResponse, { nullable: true })
  response?: SurveyResponse | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('SurveyPayload', { description: 'Result of createSurvey, replaceSurveyQuestions and createSurveyVersion.' })
export class SurveyPayload {
  @Field(() => Survey, { nullable: true })
  survey?: Survey | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
