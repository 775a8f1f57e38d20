import { registerEnumType } from 'type-graphql';
import {
  CONSULTATION_OUTCOME_LABELS,
  CONSULTATION_REQUEST_STATUS_LABELS,
  CONSULTATION_TOPIC_LABELS,
  ConsultationOutcome,
  ConsultationRecipient,
  ConsultationRequestStatus,
  ConsultationTopic,
  MEASURE_PROGRESS_STATUS_LABELS,
  MeasureProgressStatus,
  REVIEW_COMMITTEE_LABELS,
  ReviewCommittee,
  SURVEY_AUDIENCE_LABELS,
  SURVEY_CROSS_DIMENSION_LABELS,
  SURVEY_QUESTION_KIND_LABELS,
  SurveyAudience,
  SurveyCrossDimension,
  SurveyQuestionKind,
  TRAINING_ENROLLMENT_STATUS_LABELS,
  TrainingEnrollmentStatus,
} from '@tsunagaru/engagement-domain';
import { describeValues } from '@tsunagaru/shared-graphql';

registerEnumType(SurveyAudience, {
  name: 'SurveyAudience',
  description: 'アンケートの対象: civic groups (団体), citizens (市民) or city staff (市職員).',
  valuesConfig: describeValues(SURVEY_AUDIENCE_LABELS),
});
registerEnumType(SurveyQuestionKind, {
  name: 'SurveyQuestionKind',
  description: '設問の形式: single choice, multiple choice (複数回答, with "other, please specify"), scale, free text, matrix.',
  valuesConfig: describeValues(SURVEY_QUESTION_KIND_LABELS),
});
registerEnumType(SurveyCrossDimension, {
  name: 'SurveyCrossDimension',
  description: 'クロス集計の軸: the respondent profile (as given when answering) results are cross-tabulated by.',
  valuesConfig: describeValues(SURVEY_CROSS_DIMENSION_LABELS),
});
registerEnumType(TrainingEnrollmentStatus, {
  name: 'TrainingSessionEnrollmentStatus',
  description: '受講状況: enrolled (受講決定), on the waitlist (キャンセル待ち) or cancelled (取消).',
  valuesConfig: describeValues(TRAINING_ENROLLMENT_STATUS_LABELS),
});
registerEnumType(ConsultationRecipient, {
  name: 'ConsultationRecipient',
  description: '相談先: an intermediary (中間支援組織) or the city\'s collaboration coordinator (協働コーディネーター).',
  valuesConfig: { INTERMEDIARY: { description: '中間支援組織' }, COLLABORATION_COORDINATOR: { description: '協働コーディネーター' } },
});
registerEnumType(ConsultationTopic, {
  name: 'ConsultationTopic',
  description: '相談内容',
  valuesConfig: describeValues(CONSULTATION_TOPIC_LABELS),
});
registerEnumType(ConsultationRequestStatus, {
  name: 'ConsultationRequestStatus',
  description: '対応状況',
  valuesConfig: describeValues(CONSULTATION_REQUEST_STATUS_LABELS),
});
registerEnumType(ConsultationOutcome, {
  name: 'ConsultationOutcome',
  description: '相談の結果',
  valuesConfig: describeValues(CONSULTATION_OUTCOME_LABELS),
});
registerEnumType(MeasureProgressStatus, {
  name: 'MeasureProgressStatus',
  description: '施策の進捗状況',
  valuesConfig: describeValues(MEASURE_PROGRESS_STATUS_LABELS),
});
registerEnumType(ReviewCommittee, {
  name: 'ReviewCommittee',
  description: '施策を検討する委員会: the promotion committee (推進委員会) or the internal review committee (市民活動推進庁内検討委員会).',
  valuesConfig: describeValues(REVIEW_COMMITTEE_LABELS),
});

export {
  ConsultationOutcome,
  ConsultationRecipient,
  ConsultationRequestStatus,
  ConsultationTopic,
  MeasureProgressStatus,
  ReviewCommittee,
  SurveyAudience,
  SurveyCrossDimension,
  SurveyQuestionKind,
  TrainingEnrollmentStatus,
};
