import { registerEnumType } from 'type-graphql';
import {
  AGREEMENT_ORIGIN_LABELS,
  AGREEMENT_PARTY_KIND_LABELS,
  AGREEMENT_STATUS_LABELS,
  AgreementOrigin,
  AgreementPartyKind,
  AgreementStatus,
  EVALUATION_CRITERION_LABELS,
  EVALUATION_OUTCOME_LABELS,
  EVALUATION_VIEW_LABELS,
  EvaluationCriterion,
  EvaluationMetricDimension,
  EvaluationOutcome,
  EvaluationView,
} from '@tsunagaru/collaboration-domain';
import { describeValues } from '@tsunagaru/shared-graphql';

registerEnumType(AgreementOrigin, {
  name: 'AgreementOrigin',
  description: '協働事業の経緯: where a collaboration project came from.',
  valuesConfig: describeValues(AGREEMENT_ORIGIN_LABELS),
});

registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: '協定の状態: NEGOTIATING until every party signed the current version, then ACTIVE, IN_PROGRESS once started, COMPLETED once closed.',
  valuesConfig: describeValues(AGREEMENT_STATUS_LABELS),
});

registerEnumType(AgreementPartyKind, {
  name: 'AgreementPartyKind',
  description: '協定当事者の種別: the responsible department, a group, or a supporting intermediary (or the coordinator it provides).',
  valuesConfig: describeValues(AGREEMENT_PARTY_KIND_LABELS),
});

registerEnumType(EvaluationView, {
  name: 'EvaluationView',
  description: '評価の視点: every project is evaluated by the department, by the groups, and by a third party (6(7)エ).',
  valuesConfig: describeValues(EVALUATION_VIEW_LABELS),
});

registerEnumType(EvaluationCriterion, {
  name: 'EvaluationCriterion',
  description: '評価項目: the criteria of the guideline (5(2)エ, 6(7)エ), each scored 1–5.',
  valuesConfig: describeValues(EVALUATION_CRITERION_LABELS),
});

registerEnumType(EvaluationOutcome, {
  name: 'EvaluationOutcome',
  description: '今後の方向性: what the evaluation recommends next (3(3): continued, handed over, commissioned or ended).',
  valuesConfig: describeValues(EVALUATION_OUTCOME_LABELS),
});

registerEnumType(EvaluationMetricDimension, {
  name: 'EvaluationMetricDimension',
  description: '評価の集計の切り口: what evaluation metrics are broken down by.',
  valuesConfig: {
    VIEW: { description: '評価の視点' },
    CRITERION: { description: '評価項目' },
    FISCAL_YEAR: { description: '年度' },
  },
});

export { AgreementOrigin, AgreementPartyKind, AgreementStatus, EvaluationCriterion, EvaluationMetricDimension, EvaluationOutcome, EvaluationView };
