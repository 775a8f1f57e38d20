/** 審査状況: where a mutual-proposal (相互提案協働事業) proposal stands. */
export enum ProposalStatus {
  /** 提案受付: received, not yet under review. */
  SUBMITTED = 'SUBMITTED',
  /** 審査中: being reviewed by the city and the proposer. */
  UNDER_REVIEW = 'UNDER_REVIEW',
  /** 採択: adopted; the project is being prepared. */
  ADOPTED = 'ADOPTED',
  /** 事業実施: adopted and carried out as a collaboration project. */
  IMPLEMENTED = 'IMPLEMENTED',
  /** 不採択: not adopted. */
  NOT_ADOPTED = 'NOT_ADOPTED',
  /** 取下げ: withdrawn by the proposer. */
  WITHDRAWN = 'WITHDRAWN',
}

/** The guideline's Japanese term for each status, used in API descriptions. */
export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  SUBMITTED: '提案受付',
  UNDER_REVIEW: '審査中',
  ADOPTED: '採択',
  IMPLEMENTED: '事業実施',
  NOT_ADOPTED: '不採択',
  WITHDRAWN: '取下げ',
};
