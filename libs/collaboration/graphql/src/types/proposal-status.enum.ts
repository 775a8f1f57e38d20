import { registerEnumType } from 'type-graphql';
import { PROPOSAL_STATUS_LABELS, ProposalStatus } from '@tsunagaru/collaboration-domain';

registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: '審査状況: where a mutual-proposal collaboration proposal (相互提案協働事業) stands.',
  valuesConfig: {
    SUBMITTED: { description: `${PROPOSAL_STATUS_LABELS.SUBMITTED}: received, not yet under review.` },
    UNDER_REVIEW: { description: `${PROPOSAL_STATUS_LABELS.UNDER_REVIEW}: being reviewed.` },
    ADOPTED: { description: `${PROPOSAL_STATUS_LABELS.ADOPTED}: adopted; the project is being prepared.` },
    IMPLEMENTED: { description: `${PROPOSAL_STATUS_LABELS.IMPLEMENTED}: carried out as a collaboration project.` },
    NOT_ADOPTED: { description: `${PROPOSAL_STATUS_LABELS.NOT_ADOPTED}: not adopted.` },
    WITHDRAWN: { description: `${PROPOSAL_STATUS_LABELS.WITHDRAWN}: withdrawn by the proposer.` },
  },
});

export { ProposalStatus };
