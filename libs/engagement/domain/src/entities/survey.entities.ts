import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';

/** アンケートの対象: who answers a survey. */
export enum SurveyAudience {
  GROUPS = 'GROUPS',
  CITIZENS = 'CITIZENS',
  STAFF = 'STAFF',
}

export const SURVEY_AUDIENCE_LABELS: Record<SurveyAudience, string> = {
  GROUPS: '市民活動団体等',
  CITIZENS: '市民',
  STAFF: '市職員',
};

/** 設問の形式: the kinds of question real surveys use. */
export enum SurveyQuestionKind {
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  SCALE = 'SCALE',
  FREE_TEXT = 'FREE_TEXT',
  MATRIX = 'MATRIX',
}

export const SURVEY_QUESTION_KIND_LABELS: Record<SurveyQuestionKind, string> = {
  SINGLE_CHOICE: '単一回答',
  MULTIPLE_CHOICE: '複数回答（「その他（具体的に）」を含められる）',
  SCALE: '段階評価',
  FREE_TEXT: '自由記述',
  MATRIX: 'マトリクス（項目 × 段階）',
};

/** 集計の軸: the respondent profile a survey's results are cross-tabulated by. */
export enum SurveyCrossDimension {
  ACTIVITY_FIELD = 'ACTIVITY_FIELD',
  ORGANIZATION_TYPE = 'ORGANIZATION_TYPE',
  DISTRICT = 'DISTRICT',
}

export const SURVEY_CROSS_DIMENSION_LABELS: Record<SurveyCrossDimension, string> = {
  ACTIVITY_FIELD: '主な活動分野',
  ORGANIZATION_TYPE: '組織形態',
  DISTRICT: '地域（市内全域で活動する団体は CITYWIDE）',
};

/** The segment value of respondents who work citywide, with no home district. */
export const CITYWIDE_DISTRICT = 'CITYWIDE';

/** アンケート調査: one version of a survey; questions never change once answers exist. */
@Entity({ tableName: 'survey' })
export class Survey {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'uuid', nullable: true })
  previousVersionId!: string | null;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Enum({ items: () => SurveyAudience, type: 'text' })
  audience!: SurveyAudience;

  @Property({ type: 'string', columnType: 'date' })
  opensOn!: string;

  @Property({ type: 'string', columnType: 'date' })
  closesOn!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;
}

/** 設問 */
@Entity({ tableName: 'survey_question' })
export class SurveyQuestion {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  surveyId!: string;

  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => SurveyQuestionKind, type: 'text' })
  kind!: SurveyQuestionKind;

  @Property({ type: 'text' })
  prompt!: string;

  @Property({ type: 'integer', nullable: true })
  scaleMin!: number | null;

  @Property({ type: 'integer', nullable: true })
  scaleMax!: number | null;

  @Property({ type: 'text', nullable: true })
  scaleMinLabel!: string | null;

  @Property({ type: 'text', nullable: true })
  scaleMaxLabel!: string | null;
}

/** 選択肢 (or a matrix item). */
@Entity({ tableName: 'survey_option' })
export class SurveyOption {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  questionId!: string;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  label!: string;

  /** 「その他（具体的に）」: choosing it asks for a text. */
  @Property({ type: 'boolean' })
  isOther!: boolean;
}

/** 回答: one respondent's answer to one survey, with the profile it gave when answering. */
@Entity({ tableName: 'survey_response' })
export class SurveyResponse {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  surveyId!: string;

  /** `group:<id>` or `person:<subject>`: one response per respondent (unique). */
  @Property({ type: 'text' })
  respondentKey!: string;

  @Property({ type: 'uuid', nullable: true })
  groupId!: string | null;

  @Property({ type: 'text', nullable: true })
  personSubject!: string | null;

  @Property({ type: 'text' })
  activityField!: string;

  @Property({ type: 'text' })
  organizationType!: string;

  @Property({ type: 'text' })
  district!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  submittedAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'text' })
  submittedBy!: string;
}

/** One answer row: a chosen option (or matrix item with its point), a scale point, or a text. */
@Entity({ tableName: 'survey_answer' })
export class SurveyAnswer {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  responseId!: string;

  @Property({ type: 'uuid' })
  questionId!: string;

  @Property({ type: 'uuid', nullable: true })
  optionId!: string | null;

  @Property({ type: 'integer', nullable: true })
  scaleValue!: number | null;

  @Property({ type: 'text', nullable: true })
  text!: string | null;
}
