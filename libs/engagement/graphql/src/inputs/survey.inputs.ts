import { Field, ID, InputType, Int } from 'type-graphql';
import { ActivityField, District, OrganizationType } from '@tsunagaru/shared-kernel';
import { DateScalar } from '@tsunagaru/shared-graphql';
import { SurveyAudience, SurveyQuestionKind } from '../types/surveys-sessions-consultations-measures.enums';

@InputType('SurveyMatrixRatingInput', { description: 'A matrix item and its point.' })
export class SurveyMatrixRatingInput {
  @Field(() => ID, { description: 'The item (an option of the matrix question).' })
  optionId!: string;

  @Field(() => Int)
  scaleValue!: number;
}

@InputType('SurveyAnswerInput', { description: "One question's answer; give the fields its kind uses." })
export class SurveyAnswerInput {
  @Field(() => ID)
  questionId!: string;

  @Field(() => [ID], { nullable: true, description: 'Choice questions: the options chosen (one for single choice).' })
  optionIds?: string[] | null;

  @Field(() => String, { nullable: true, description: '「その他（具体的に）」: required when an "other" option is chosen.' })
  otherText?: string | null;

  @Field(() => Int, { nullable: true, description: 'Scale questions.' })
  scaleValue?: number | null;

  @Field(() => String, { nullable: true, description: 'Free-text questions.' })
  text?: string | null;

  @Field(() => [SurveyMatrixRatingInput], { nullable: true, description: 'Matrix questions.' })
  matrix?: SurveyMatrixRatingInput[] | null;
}

@InputType('SurveyRespondentProfileInput', {
  description: 'フェイスシート: the respondent\'s profile as it stands when answering; results are cross-tabulated by it.',
})
export class SurveyRespondentProfileInput {
  @Field(() => ActivityField, { description: '主な活動分野' })
  activityField!: ActivityField;

  @Field(() => OrganizationType)
  organizationType!: OrganizationType;

  @Field(() => District, { nullable: true, description: 'null when the group works citywide.' })
  district?: District | null;
}

@InputType('AnswerSurveyInput', { description: 'アンケートへの回答: answer, or revise the answer given, until the survey closes.' })
export class AnswerSurveyInput {
  @Field(() => ID)
  surveyId!: string;

  @Field(() => ID, { nullable: true, description: 'The group answering (group surveys); its members only.' })
  groupId?: string | null;

  @Field(() => SurveyRespondentProfileInput)
  profile!: SurveyRespondentProfileInput;

  @Field(() => [SurveyAnswerInput])
  answers!: SurveyAnswerInput[];
}

@InputType('SurveyOptionInput', { description: '選択肢' })
export class SurveyOptionInput {
  @Field(() => String)
  label!: string;

  @Field(() => Boolean, { nullable: true, description: '「その他（具体的に）」' })
  isOther?: boolean | null;
}

@InputType('SurveyQuestionInput', { description: '設問' })
export class SurveyQuestionInput {
  @Field(() => SurveyQuestionKind)
  kind!: SurveyQuestionKind;

  @Field(() => String)
  prompt!: string;

  @Field(() => [SurveyOptionInput], { nullable: true, description: 'Choice options, or matrix items.' })
  options?: SurveyOptionInput[] | null;

  @Field(() => Int, { nullable: true })
  scaleMin?: number | null;

  @Field(() => Int, { nullable: true })
  scaleMax?: number | null;

  @Field(() => String, { nullable: true })
  scaleMinLabel?: string | null;

  @Field(() => String, { nullable: true })
  scaleMaxLabel?: string | null;
}

@InputType('CreateSurveyInput', { description: 'アンケートの作成 (city staff).' })
export class CreateSurveyInput {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => SurveyAudience)
  audience!: SurveyAudience;

  @Field(() => DateScalar)
  opensOn!: string;

  @Field(() => DateScalar)
  closesOn!: string;

  @Field(() => [SurveyQuestionInput])
  questions!: SurveyQuestionInput[];
}

@InputType('ReplaceSurveyQuestionsInput', { description: 'Replace the questions of a survey nobody has answered yet.' })
export class ReplaceSurveyQuestionsInput {
  @Field(() => ID)
  surveyId!: string;

  @Field(() => [SurveyQuestionInput])
  questions!: SurveyQuestionInput[];
}

@InputType('CreateSurveyVersionInput', { description: 'A new version of a survey, with new questions and dates.' })
export class CreateSurveyVersionInput {
  @Field(() => ID)
  surveyId!: string;

  @Field(() => DateScalar)
  opensOn!: string;

  @Field(() => DateScalar)
  closesOn!: string;

  @Field(() => [SurveyQuestionInput])
  questions!: SurveyQuestionInput[];
}
