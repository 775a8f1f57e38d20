/**
 * 審査状況: where a mutual-proposal (相互提案協働事業) proposal stands. The path is
 * DRAFT → SUBMITTED → UNDER_REVIEW → ADOPTED or NOT_ADOPTED; WITHDRAWN from any state before
 * a decision; ADOPTED → AGREED (every party signed the agreement) → IMPLEMENTED (the project
 * started) → COMPLETED (final evaluations published, closed by the department).
 */
export enum ProposalStatus {
  /** 作成中: being written; only its authors see it. */
  DRAFT = 'DRAFT',
  /** 提案受付: received, not yet under review. */
  SUBMITTED = 'SUBMITTED',
  /** 審査中: being reviewed by the city and the proposer. */
  UNDER_REVIEW = 'UNDER_REVIEW',
  /** 採択: adopted; the parties are agreeing on the project. */
  ADOPTED = 'ADOPTED',
  /** 協定締結: every party signed the agreement. */
  AGREED = 'AGREED',
  /** 事業実施: carried out as a collaboration project. */
  IMPLEMENTED = 'IMPLEMENTED',
  /** 事業終了: final evaluations published and the project closed. */
  COMPLETED = 'COMPLETED',
  /** 不採択: not adopted. */
  NOT_ADOPTED = 'NOT_ADOPTED',
  /** 取下げ: withdrawn by the proposer before a decision. */
  WITHDRAWN = 'WITHDRAWN',
}

/** The guideline's Japanese term for each status, used in API descriptions. */
export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  DRAFT: '作成中',
  SUBMITTED: '提案受付',
  UNDER_REVIEW: '審査中',
  ADOPTED: '採択',
  AGREED: '協定締結',
  IMPLEMENTED: '事業実施',
  COMPLETED: '事業終了',
  NOT_ADOPTED: '不採択',
  WITHDRAWN: '取下げ',
};

/** Statuses reached by adoption: the proposal was adopted, whatever came after. */
export const ADOPTED_STATUSES: readonly ProposalStatus[] = [
  ProposalStatus.ADOPTED,
  ProposalStatus.AGREED,
  ProposalStatus.IMPLEMENTED,
  ProposalStatus.COMPLETED,
];

/** Statuses of a project carried out (実施): the guideline's 35 implemented of 75 count these. */
export const IMPLEMENTED_STATUSES: readonly ProposalStatus[] = [ProposalStatus.IMPLEMENTED, ProposalStatus.COMPLETED];

/** Statuses after the city's decision (採択 or 不採択), from which a public summary is shown. */
export const DECIDED_STATUSES: readonly ProposalStatus[] = [...ADOPTED_STATUSES, ProposalStatus.NOT_ADOPTED];

/** Statuses before a decision, from which the proposer may still withdraw. */
export const UNDECIDED_STATUSES: readonly ProposalStatus[] = [ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW];

/** In what capacity someone moved a proposal: the history says who acted, and as what. */
export enum ProposalActorCapacity {
  /** 提案者: a member of the proposing group, or staff of the proposing department. */
  PROPOSER = 'PROPOSER',
  /** 担当課: staff of the responsible department. */
  RESPONSIBLE_DEPARTMENT = 'RESPONSIBLE_DEPARTMENT',
  /** 事務局: staff of the programme's secretariat (地域のつながり推進課). */
  SECRETARIAT = 'SECRETARIAT',
  /** 協定当事者: a party whose signature completed the agreement. */
  PARTY = 'PARTY',
}
