import { registerEnumType } from 'type-graphql';
import { PROPOSAL_STATUS_LABELS, ProposalActorCapacity, ProposalStatus } from '@tsunagaru/collaboration-domain';

registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description:
    '審査状況: where a mutual-proposal collaboration proposal (相互提案協働事業) stands. DRAFT → SUBMITTED → UNDER_REVIEW → ADOPTED or ' +
    'NOT_ADOPTED; WITHDRAWN from any state before a decision; ADOPTED → AGREED → IMPLEMENTED → COMPLETED.',
  valuesConfig: {
    DRAFT: { description: `${PROPOSAL_STATUS_LABELS.DRAFT}: being written; only its authors see it.` },
    SUBMITTED: { description: `${PROPOSAL_STATUS_LABELS.SUBMITTED}: received, not yet under review.` },
    UNDER_REVIEW: { description: `${PROPOSAL_STATUS_LABELS.UNDER_REVIEW}: being reviewed.` },
    ADOPTED: { description: `${PROPOSAL_STATUS_LABELS.ADOPTED}: adopted; the parties are agreeing on the project.` },
    NOT_ADOPTED: { description: `${PROPOSAL_STATUS_LABELS.NOT_ADOPTED}: not adopted.` },
    WITHDRAWN: { description: `${PROPOSAL_STATUS_LABELS.WITHDRAWN}: withdrawn by the proposer before a decision.` },
    AGREED: { description: `${PROPOSAL_STATUS_LABELS.AGREED}: every party signed the agreement.` },
    IMPLEMENTED: { description: `${PROPOSAL_STATUS_LABELS.IMPLEMENTED}: carried out as a collaboration project.` },
    COMPLETED: { description: `${PROPOSAL_STATUS_LABELS.COMPLETED}: final evaluations published, the project closed.` },
  },
});

registerEnumType(ProposalActorCapacity, {
  name: 'ProposalActorCapacity',
  description: '立場: in what capacity someone moved a proposal.',
  valuesConfig: {
    PROPOSER: { description: '提案者: a member of the proposing group, or staff of the proposing department.' },
    RESPONSIBLE_DEPARTMENT: { description: '担当課: staff of the responsible department.' },
    SECRETARIAT: { description: "事務局: staff of the programme's secretariat (地域のつながり推進課)." },
    PARTY: { description: '協定当事者: a party whose signature completed the agreement.' },
  },
});

export { ProposalActorCapacity, ProposalStatus };
