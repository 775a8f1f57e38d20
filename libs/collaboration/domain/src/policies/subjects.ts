import type { ProposerType } from '@tsunagaru/shared-kernel';
import type { AgreementStatus, EvaluationView } from '../entities/collaboration-enums';
import type { ProposalStatus } from '../entities/proposal-status';

/** A proposal as the collaboration policies see it. */
export interface ProposalSubject {
  status: ProposalStatus;
  proposerType: ProposerType;
  /** The proposing group; null for a city proposal. */
  proposingGroupId: string | null;
  partnerGroupIds: readonly string[];
  /** The proposing department (city proposals) or the responsible one (group proposals). */
  departmentId: string;
  /** Whether it was ever submitted: a draft withdrawn unsubmitted stays its authors' alone. */
  submitted: boolean;
  /** The programme secretariat's department (事務局); null while none is set. */
  secretariatDepartmentId: string | null;
}

/** An agreement (協定) as the collaboration policies see it: its status and its parties. */
export interface AgreementSubject {
  status: AgreementStatus;
  departmentId: string;
  groupIds: readonly string[];
  intermediaryId: string | null;
  secretariatDepartmentId: string | null;
}

/** Whatever names a department and the secretariat: a city challenge, a project to register. */
export interface DepartmentWorkSubject {
  departmentId: string;
  secretariatDepartmentId: string | null;
}

/** One view's evaluation of an agreement: who may write or publish it depends on the view. */
export interface EvaluationSubject {
  agreement: AgreementSubject;
  view: EvaluationView;
  /** The group whose view it is (GROUP view only). */
  evaluatorGroupId: string | null;
}

/** Builds a ProposalSubject from anything shaped like a proposal row. */
export function proposalSubjectOf(proposal: {
  status: ProposalStatus;
  proposerType: ProposerType;
  proposingGroupId: string | null;
  partnerGroupIds: readonly string[] | null;
  departmentId: string;
  submittedOn: string | Date | null;
  secretariatDepartmentId?: string | null;
}): ProposalSubject {
  return {
    status: proposal.status,
    proposerType: proposal.proposerType,
    proposingGroupId: proposal.proposingGroupId,
    partnerGroupIds: proposal.partnerGroupIds ?? [],
    departmentId: proposal.departmentId,
    submitted: proposal.submittedOn != null,
    secretariatDepartmentId: proposal.secretariatDepartmentId ?? null,
  };
}

/** Builds an AgreementSubject from anything shaped like an agreement row. */
export function agreementSubjectOf(agreement: {
  status: AgreementStatus;
  departmentId: string;
  groupIds: readonly string[] | null;
  intermediaryId: string | null;
  secretariatDepartmentId?: string | null;
}): AgreementSubject {
  return {
    status: agreement.status,
    departmentId: agreement.departmentId,
    groupIds: agreement.groupIds ?? [],
    intermediaryId: agreement.intermediaryId,
    secretariatDepartmentId: agreement.secretariatDepartmentId ?? null,
  };
}
