import { registerEnumType } from 'type-graphql';
import {
  POLICY_PRIORITY_CLASS_LABELS,
  PolicyPriorityClass,
  TRAINING_AUDIENCE_LABELS,
  TRAINING_FORMAT_LABELS,
  TrainingAudience,
  TrainingFormat,
} from '@tsunagaru/engagement-domain';
import { describeValues } from '@tsunagaru/shared-graphql';

registerEnumType(TrainingAudience, {
  name: 'TrainingAudience',
  description: '研修の対象: city staff by career stage (若手職員・中堅職員・管理職) or citizens (市民).',
  valuesConfig: describeValues(TRAINING_AUDIENCE_LABELS),
});

registerEnumType(TrainingFormat, {
  name: 'TrainingFormat',
  description: '研修の形式: lecture (講座), workshop (ワークショップ), internship (インターンシップ) or expert consultation (専門相談).',
  valuesConfig: describeValues(TRAINING_FORMAT_LABELS),
});

registerEnumType(PolicyPriorityClass, {
  name: 'PolicyPriorityClass',
  description: '施策の分類: the priority class the guideline gives each measure (I 重点施策, II-ア, II-イ, III).',
  valuesConfig: describeValues(POLICY_PRIORITY_CLASS_LABELS),
});

export { PolicyPriorityClass, TrainingAudience, TrainingFormat };
