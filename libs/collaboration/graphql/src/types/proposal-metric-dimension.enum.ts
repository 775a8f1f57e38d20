import { registerEnumType } from 'type-graphql';
import { ProposalMetricDimension } from '@tsunagaru/collaboration-domain';

registerEnumType(ProposalMetricDimension, {
  name: 'ProposalMetricDimension',
  description: '集計の切り口: what proposal metrics are broken down by.',
  valuesConfig: {
    PROPOSER_TYPE: { description: '提案者区分: city or group proposals.' },
    FISCAL_YEAR: { description: '年度' },
    DEPARTMENT: { description: '担当課' },
    ACTIVITY_FIELD: { description: '活動分野' },
    STATUS: { description: '審査状況: the pipeline, one row per status (drafts are not counted).' },
  },
});

export { ProposalMetricDimension };
