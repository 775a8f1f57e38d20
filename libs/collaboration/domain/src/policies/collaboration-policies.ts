import { allows, Caller, definePolicy, ProposerType, type Principal } from '@tsunagaru/shared-kernel';
import { AgreementPartyKind, AgreementStatus, EvaluationView } from '../entities/collaboration-enums';
import { DECIDED_STATUSES, ProposalActorCapacity, ProposalStatus } from '../entities/proposal-status';
import type { AgreementSubject, DepartmentWorkSubject, EvaluationSubject, ProposalSubject } from './subjects';

// The principals of the mutual-proposal programme, as questions about one caller:
// the proposer; staff of the responsible department; staff of the programme's secretariat
// (事務局, 地域のつながり推進課); parties of an agreement; reviewers (第三者).

/** 提案者: members of the proposing group (or an app with the policy's scope), or staff of the proposing department. */
function isProposer(caller: Caller, proposal: ProposalSubject): boolean {
  return proposal.proposerType === ProposerType.GROUP
    ? caller.actsFor(proposal.proposingGroupId)
    : caller.isStaffOfDepartment(proposal.departmentId);
}

function isSecretariat(caller: Caller, subject: { secretariatDepartmentId: string | null }): boolean {
  return caller.isStaffOfDepartment(subject.secretariatDepartmentId);
}

function isPartner(caller: Caller, proposal: ProposalSubject): boolean {
  return proposal.partnerGroupIds.some((groupId) => caller.actsFor(groupId));
}

/** The proposer, the responsible department and the partner groups: the parties of a proposal. */
function isProposalParty(caller: Caller, proposal: ProposalSubject): boolean {
  return isProposer(caller, proposal) || caller.isStaffOfDepartment(proposal.departmentId) || isPartner(caller, proposal);
}

/** 協定当事者: staff of the department, members of a party group, staff of the supporting intermediary. */
function isAgreementParty(caller: Caller, agreement: AgreementSubject): boolean {
  return (
    caller.isStaffOfDepartment(agreement.departmentId) ||
    agreement.groupIds.some((groupId) => caller.actsFor(groupId)) ||
    caller.isStaffOfIntermediary(agreement.intermediaryId)
  );
}

/**
 * The public summary (title, summary, parties, field, fiscal year, status) is shown from the
 * city's decision on, and for a proposal withdrawn during review. A draft, one under review,
 * and a draft withdrawn before it was ever submitted are not public.
 */
export function isPublicProposal(proposal: Pick<ProposalSubject, 'status' | 'submitted'>): boolean {
  return DECIDED_STATUSES.includes(proposal.status) || (proposal.status === ProposalStatus.WITHDRAWN && proposal.submitted);
}

/** Terms, budget, versions and signatures of an agreement are public once every party has signed. */
export function isPublicAgreement(agreement: Pick<AgreementSubject, 'status'>): boolean {
  return agreement.status !== AgreementStatus.NEGOTIATING;
}

export const proposalPolicies = {
  /**
   * May see a proposal that is not public: a draft only its authors; one submitted or under
   * review also the responsible department and the secretariat.
   */
  seeUndecided: definePolicy<ProposalSubject>(
    'proposal.seeUndecided',
    { scope: 'proposals:read', denial: 'This proposal is not public.' },
    (caller, proposal) =>
      isProposer(caller, proposal) ||
      (proposal.submitted && (caller.isStaffOfDepartment(proposal.departmentId) || isSecretariat(caller, proposal))),
  ),

  /**
   * May read what is not in the public summary: the problem, expected effects, partners sought,
   * requested budget and the history. Whoever sees an undecided proposal; from the decision on,
   * the partner groups and reviewers too.
   */
  readDetails: definePolicy<ProposalSubject>(
    'proposal.readDetails',
    { scope: 'proposals:read', denial: 'Only the proposer, the responsible department, the secretariat, partner groups and reviewers may see this.' },
    (caller, proposal) =>
      isProposer(caller, proposal) ||
      (proposal.submitted && (caller.isStaffOfDepartment(proposal.departmentId) || isSecretariat(caller, proposal))) ||
      (isPublicProposal(proposal) && (isPartner(caller, proposal) || caller.isReviewer())),
  ),

  /** 提案者として: write the draft, submit it, withdraw it. */
  actAsProposer: definePolicy<ProposalSubject>(
    'proposal.actAsProposer',
    { scope: 'proposals:write', denial: 'Only the proposer may do this: a member of the proposing group, or staff of the proposing department.' },
    isProposer,
  ),

  /** 受付・審査開始: the secretariat receives submitted proposals and opens their review. */
  startReview: definePolicy<ProposalSubject>(
    'proposal.startReview',
    { denial: "Only staff of the programme's secretariat may start a review." },
    isSecretariat,
  ),

  /** 採否の決定, and running the adopted project (agreement, start, completion): the responsible department or the secretariat. */
  decide: definePolicy<ProposalSubject>(
    'proposal.decide',
    { denial: 'Only staff of the responsible department or of the secretariat may decide on a proposal.' },
    (caller, proposal) => caller.isStaffOfDepartment(proposal.departmentId) || isSecretariat(caller, proposal),
  ),

  /** 協議の記録: the parties of the proposal and the secretariat. */
  recordConsultation: definePolicy<ProposalSubject>(
    'proposal.recordConsultation',
    { denial: 'Only the parties and the secretariat may record a consultation.' },
    (caller, proposal) => isProposalParty(caller, proposal) || isSecretariat(caller, proposal),
  ),

  /** 協議の記録を読む: the parties, the secretariat and reviewers. */
  readConsultations: definePolicy<ProposalSubject>(
    'proposal.readConsultations',
    { denial: 'Consultation notes are private to the parties, the secretariat and reviewers.' },
    (caller, proposal) => isProposalParty(caller, proposal) || isSecretariat(caller, proposal) || caller.isReviewer(),
  ),
};

export const agreementPolicies = {
  /** May read an agreement's terms, versions and signatures before every party has signed. */
  readDraftTerms: definePolicy<AgreementSubject>(
    'agreement.readDraftTerms',
    { denial: 'Until every party has signed, the terms are private to the parties, the secretariat and reviewers.' },
    (caller, agreement) => isAgreementParty(caller, agreement) || isSecretariat(caller, agreement) || caller.isReviewer(),
  ),

  /** May see who wrote each version: the parties and the secretariat (names are personal data). */
  readAuthors: definePolicy<AgreementSubject>(
    'agreement.readAuthors',
    { denial: 'Only the parties and the secretariat may see who wrote a version.' },
    (caller, agreement) => isAgreementParty(caller, agreement) || isSecretariat(caller, agreement),
  ),

  /** 協定の改訂: the parties and the secretariat. */
  revise: definePolicy<AgreementSubject>(
    'agreement.revise',
    { denial: 'Only the parties and the secretariat may revise an agreement.' },
    (caller, agreement) => isAgreementParty(caller, agreement) || isSecretariat(caller, agreement),
  ),

  /** 署名: each party signs for itself, so only a party may sign. */
  sign: definePolicy<AgreementSubject>(
    'agreement.sign',
    { denial: 'Only a party to the agreement may sign it, and only for itself.' },
    isAgreementParty,
  ),

  /** 事業の開始・終了・実績の記録: the responsible department or the secretariat. */
  manage: definePolicy<AgreementSubject>(
    'agreement.manage',
    { denial: 'Only staff of the responsible department or of the secretariat may do this.' },
    (caller, agreement) => caller.isStaffOfDepartment(agreement.departmentId) || isSecretariat(caller, agreement),
  ),
};

export const departmentWorkPolicies = {
  /** 課題の公開, and registering a department's own project or commission: that department or the secretariat. */
  actForDepartment: definePolicy<DepartmentWorkSubject>(
    'collaboration.actForDepartment',
    { denial: 'Only staff of that department or of the secretariat may do this.' },
    (caller, subject) => caller.isStaffOfDepartment(subject.departmentId) || isSecretariat(caller, subject),
  ),

  /** Hand the secretariat over to another department: only the current secretariat's staff. */
  assignSecretariat: definePolicy<{ secretariatDepartmentId: string | null }>(
    'collaboration.assignSecretariat',
    { denial: "Only staff of the current secretariat may hand the programme's secretariat over." },
    isSecretariat,
  ),
};

export const evaluationPolicies = {
  /** May read an evaluation before it is published: the parties, the secretariat and reviewers. */
  readUnpublished: definePolicy<AgreementSubject>(
    'evaluation.readUnpublished',
    { denial: 'Unpublished evaluations are private to the parties, the secretariat and reviewers.' },
    (caller, agreement) => isAgreementParty(caller, agreement) || isSecretariat(caller, agreement) || caller.isReviewer(),
  ),

  /** 評価の提出: the department's view by its staff, a group's by its members, the third party's by a reviewer. */
  submit: definePolicy<EvaluationSubject>(
    'evaluation.submit',
    { denial: 'Each view is written by its own evaluator: the department, a party group, or a reviewer.' },
    (caller, { agreement, view, evaluatorGroupId }) => isEvaluatorOf(caller, agreement, view, evaluatorGroupId),
  ),

  /** 評価の公表: whoever may write that view, or the secretariat. */
  publish: definePolicy<EvaluationSubject>(
    'evaluation.publish',
    { denial: 'Only its evaluator or the secretariat may publish an evaluation.' },
    (caller, { agreement, view, evaluatorGroupId }) => isEvaluatorOf(caller, agreement, view, evaluatorGroupId) || isSecretariat(caller, agreement),
  ),
};

function isEvaluatorOf(caller: Caller, agreement: AgreementSubject, view: EvaluationView, evaluatorGroupId: string | null): boolean {
  switch (view) {
    case EvaluationView.DEPARTMENT:
      return caller.isStaffOfDepartment(agreement.departmentId);
    case EvaluationView.GROUP:
      return evaluatorGroupId !== null && agreement.groupIds.includes(evaluatorGroupId) && caller.actsFor(evaluatorGroupId);
    case EvaluationView.THIRD_PARTY:
      return caller.isReviewer();
  }
}

/** Whether the caller may see the proposal at all: the public summary, or the rule for undecided ones. */
export function isProposalVisibleTo(principal: Principal | null | undefined, proposal: ProposalSubject): boolean {
  return isPublicProposal(proposal) || allows(proposalPolicies.seeUndecided, principal, proposal);
}

/** Whether the caller may read an agreement's terms, versions and signatures. */
export function mayReadAgreementTerms(principal: Principal | null | undefined, agreement: AgreementSubject): boolean {
  return isPublicAgreement(agreement) || allows(agreementPolicies.readDraftTerms, principal, agreement);
}

/** A party as it signs and as its terms are kept. */
export interface AgreementPartyKey {
  kind: AgreementPartyKind;
  id: string;
}

/** The parties of an agreement, in order: the department, the groups, the intermediary. */
export function partiesOf(agreement: Pick<AgreementSubject, 'departmentId' | 'groupIds' | 'intermediaryId'>): AgreementPartyKey[] {
  return [
    { kind: AgreementPartyKind.DEPARTMENT, id: agreement.departmentId },
    ...agreement.groupIds.map((id) => ({ kind: AgreementPartyKind.GROUP, id })),
    ...(agreement.intermediaryId ? [{ kind: AgreementPartyKind.INTERMEDIARY, id: agreement.intermediaryId }] : []),
  ];
}

/** The parties a caller may sign for: each party signs for itself, and a person may represent several. */
export function partiesRepresentedBy(principal: Principal | null | undefined, agreement: AgreementSubject): AgreementPartyKey[] {
  if (!principal) return [];
  const caller = new Caller(principal, agreementPolicies.sign.scope);
  return partiesOf(agreement).filter((party) => {
    switch (party.kind) {
      case AgreementPartyKind.DEPARTMENT:
        return caller.isStaffOfDepartment(party.id);
      case AgreementPartyKind.GROUP:
        return caller.actsFor(party.id);
      case AgreementPartyKind.INTERMEDIARY:
        return caller.isStaffOfIntermediary(party.id);
    }
  });
}

const CAPACITY_TESTS: Record<ProposalActorCapacity, (caller: Caller, proposal: ProposalSubject) => boolean> = {
  PROPOSER: isProposer,
  RESPONSIBLE_DEPARTMENT: (caller, proposal) => caller.isStaffOfDepartment(proposal.departmentId),
  SECRETARIAT: isSecretariat,
  PARTY: isProposalParty,
};

/**
 * In what capacity the caller made a move, for the proposal's history: the first of the
 * capacities the move allows that the caller holds (staff of a city proposal's department
 * decide as its responsible department, not as its proposer). PARTY when none does.
 */
export function capacityOf(principal: Principal, proposal: ProposalSubject, candidates: readonly ProposalActorCapacity[]): ProposalActorCapacity {
  const caller = new Caller(principal, 'proposals:write');
  return candidates.find((capacity) => CAPACITY_TESTS[capacity](caller, proposal)) ?? ProposalActorCapacity.PARTY;
}
