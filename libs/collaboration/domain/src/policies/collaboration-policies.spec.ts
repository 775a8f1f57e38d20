import { describe, expect, it } from 'vitest';
import { ProposerType, type Decision, type Policy, type Principal } from '@tsunagaru/shared-kernel';
import { demoDepartmentId, demoGroupId, demoIntermediaryId, demoPrincipal } from '@tsunagaru/shared-testing';
import { AgreementPartyKind, AgreementStatus, EvaluationView } from '../entities/collaboration-enums';
import { ProposalActorCapacity, ProposalStatus } from '../entities/proposal-status';
import {
  agreementPolicies,
  capacityOf,
  departmentWorkPolicies,
  evaluationPolicies,
  isProposalVisibleTo,
  mayReadAgreementTerms,
  partiesRepresentedBy,
  proposalPolicies,
} from './collaboration-policies';
import type { AgreementSubject, ProposalSubject } from './subjects';

// A group proposal by the proposing group, with a partner group, for which the environment
// department is responsible; 地域のつながり推進課 is the programme's secretariat.
const PROPOSING_GROUP = demoGroupId(10);
const PARTNER_GROUP = demoGroupId(11);
const ENVIRONMENT = demoDepartmentId('environment');
const SECRETARIAT = demoDepartmentId('community-connection');
const CENTER = demoIntermediaryId('civic-activity-center');

const CALLERS = {
  anonymous: null,
  'member of another group': demoPrincipal('member', demoGroupId(200)),
  'member of the group': demoPrincipal('member', PROPOSING_GROUP),
  'member of a partner group': demoPrincipal('member', PARTNER_GROUP),
  'staff of the responsible department': demoPrincipal('staff', { department: 'environment' }),
  'staff of another department': demoPrincipal('staff', { department: 'education' }),
  'secretariat staff': demoPrincipal('staff'),
  reviewer: demoPrincipal('reviewer'),
  'staff of the supporting intermediary': demoPrincipal('intermediary'),
} satisfies Record<string, Principal | null>;
type Kind = keyof typeof CALLERS;
const KINDS = Object.keys(CALLERS) as Kind[];

function proposal(status: ProposalStatus, overrides: Partial<ProposalSubject> = {}): ProposalSubject {
  return {
    status,
    proposerType: ProposerType.GROUP,
    proposingGroupId: PROPOSING_GROUP,
    partnerGroupIds: [PARTNER_GROUP],
    departmentId: ENVIRONMENT,
    submitted: status !== ProposalStatus.DRAFT,
    secretariatDepartmentId: SECRETARIAT,
    ...overrides,
  };
}

const agreement = (status: AgreementStatus): AgreementSubject => ({
  status,
  departmentId: ENVIRONMENT,
  groupIds: [PROPOSING_GROUP, PARTNER_GROUP],
  intermediaryId: CENTER,
  secretariatDepartmentId: SECRETARIAT,
});

/** Expected decisions: the callers listed are allowed, the anonymous one is unauthenticated, everyone else forbidden. */
function only(...allowed: Kind[]): Record<Kind, Decision> {
  return Object.fromEntries(KINDS.map((kind) => [kind, kind === 'anonymous' ? 'unauthenticated' : allowed.includes(kind) ? 'allow' : 'forbidden'])) as Record<Kind, Decision>;
}

function expectDecisions<S>(policy: Policy<S>, subject: S, expected: Record<Kind, Decision>): void {
  const actual = Object.fromEntries(KINDS.map((kind) => [kind, policy.decide(CALLERS[kind], subject)]));
  expect(actual).toEqual(expected);
}

describe('who sees a proposal at all (isProposalVisibleTo)', () => {
  const sees = (subject: ProposalSubject) => KINDS.filter((kind) => isProposalVisibleTo(CALLERS[kind], subject));

  it('DRAFT: its authors only', () => {
    expect(sees(proposal(ProposalStatus.DRAFT))).toEqual(['member of the group']);
  });

  it.each([ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW])('%s: the proposer, the responsible department, the secretariat', (status) => {
    expect(sees(proposal(status))).toEqual(['member of the group', 'staff of the responsible department', 'secretariat staff']);
  });

  it.each([ProposalStatus.ADOPTED, ProposalStatus.NOT_ADOPTED, ProposalStatus.AGREED, ProposalStatus.IMPLEMENTED, ProposalStatus.COMPLETED])(
    '%s: everyone, the public summary',
    (status) => {
      expect(sees(proposal(status))).toEqual(KINDS);
    },
  );

  it('WITHDRAWN: public if it was ever submitted, its authors alone if withdrawn as a draft', () => {
    expect(sees(proposal(ProposalStatus.WITHDRAWN))).toEqual(KINDS);
    expect(sees(proposal(ProposalStatus.WITHDRAWN, { submitted: false }))).toEqual(['member of the group']);
  });

  it("a city proposal's draft: staff of the proposing department only", () => {
    const city = proposal(ProposalStatus.DRAFT, { proposerType: ProposerType.CITY, proposingGroupId: null });
    expect(sees(city)).toEqual(['staff of the responsible department']);
  });

  it('an app acting for the group sees its drafts only with proposals:read', () => {
    const app = (scopes: Principal['scopes']): Principal => ({ subject: 'app', role: 'member', groupIds: [PROPOSING_GROUP], scopes });
    expect(isProposalVisibleTo(app(['proposals:read']), proposal(ProposalStatus.DRAFT))).toBe(true);
    expect(isProposalVisibleTo(app(['venues:book']), proposal(ProposalStatus.DRAFT))).toBe(false);
  });

  it('nobody is secretariat while no secretariat is set', () => {
    expect(isProposalVisibleTo(CALLERS['secretariat staff'], proposal(ProposalStatus.SUBMITTED, { secretariatDepartmentId: null }))).toBe(false);
  });
});

describe('proposalPolicies.readDetails (problem, effects, budget, history)', () => {
  it('DRAFT: its authors', () => expectDecisions(proposalPolicies.readDetails, proposal(ProposalStatus.DRAFT), only('member of the group')));
  it('UNDER_REVIEW: the proposer, the department, the secretariat', () =>
    expectDecisions(proposalPolicies.readDetails, proposal(ProposalStatus.UNDER_REVIEW), only('member of the group', 'staff of the responsible department', 'secretariat staff')));
  it('from the decision on: partners and reviewers too', () =>
    expectDecisions(
      proposalPolicies.readDetails,
      proposal(ProposalStatus.IMPLEMENTED),
      only('member of the group', 'member of a partner group', 'staff of the responsible department', 'secretariat staff', 'reviewer'),
    ));
});

describe('who moves a proposal', () => {
  it('actAsProposer (edit, submit, withdraw): the members of the proposing group', () =>
    expectDecisions(proposalPolicies.actAsProposer, proposal(ProposalStatus.DRAFT), only('member of the group')));
  it('startReview: the secretariat', () => expectDecisions(proposalPolicies.startReview, proposal(ProposalStatus.SUBMITTED), only('secretariat staff')));
  it('decide: the responsible department and the secretariat', () =>
    expectDecisions(proposalPolicies.decide, proposal(ProposalStatus.UNDER_REVIEW), only('staff of the responsible department', 'secretariat staff')));
  it('recordConsultation: the parties and the secretariat', () =>
    expectDecisions(
      proposalPolicies.recordConsultation,
      proposal(ProposalStatus.ADOPTED),
      only('member of the group', 'member of a partner group', 'staff of the responsible department', 'secretariat staff'),
    ));
  it('readConsultations: the parties, the secretariat and reviewers', () =>
    expectDecisions(
      proposalPolicies.readConsultations,
      proposal(ProposalStatus.ADOPTED),
      only('member of the group', 'member of a partner group', 'staff of the responsible department', 'secretariat staff', 'reviewer'),
    ));
  it('never lets an app decide, review or record, whatever its scopes', () => {
    const app: Principal = { subject: 'app', role: 'staff', groupIds: [PROPOSING_GROUP], departmentId: ENVIRONMENT, scopes: ['proposals:read', 'proposals:write'] };
    for (const policy of [proposalPolicies.startReview, proposalPolicies.decide, proposalPolicies.recordConsultation]) {
      expect(policy.decide(app, proposal(ProposalStatus.UNDER_REVIEW)), policy.name).toBe('forbidden');
    }
    expect(proposalPolicies.actAsProposer.decide(app, proposal(ProposalStatus.DRAFT))).toBe('allow');
  });
});

describe('agreements', () => {
  const parties: Kind[] = ['member of the group', 'member of a partner group', 'staff of the responsible department', 'staff of the supporting intermediary'];

  it('terms while negotiating: the parties, the secretariat and reviewers', () =>
    expectDecisions(agreementPolicies.readDraftTerms, agreement(AgreementStatus.NEGOTIATING), only(...parties, 'secretariat staff', 'reviewer')));

  it('terms once every party signed: everyone, anonymous too', () => {
    for (const status of [AgreementStatus.ACTIVE, AgreementStatus.IN_PROGRESS, AgreementStatus.COMPLETED]) {
      expect(KINDS.filter((kind) => mayReadAgreementTerms(CALLERS[kind], agreement(status)))).toEqual(KINDS);
    }
    expect(KINDS.filter((kind) => mayReadAgreementTerms(CALLERS[kind], agreement(AgreementStatus.NEGOTIATING)))).toEqual([...parties, 'secretariat staff', 'reviewer'].sort((a, b) => KINDS.indexOf(a as Kind) - KINDS.indexOf(b as Kind)));
  });

  it('who wrote a version: the parties and the secretariat', () =>
    expectDecisions(agreementPolicies.readAuthors, agreement(AgreementStatus.ACTIVE), only(...parties, 'secretariat staff')));
  it('revise: the parties and the secretariat', () => expectDecisions(agreementPolicies.revise, agreement(AgreementStatus.NEGOTIATING), only(...parties, 'secretariat staff')));
  it('sign: the parties only, each for itself', () => {
    expectDecisions(agreementPolicies.sign, agreement(AgreementStatus.NEGOTIATING), only(...parties));
    const subject = agreement(AgreementStatus.NEGOTIATING);
    expect(partiesRepresentedBy(CALLERS['staff of the responsible department'], subject)).toEqual([{ kind: AgreementPartyKind.DEPARTMENT, id: ENVIRONMENT }]);
    expect(partiesRepresentedBy(CALLERS['member of a partner group'], subject)).toEqual([{ kind: AgreementPartyKind.GROUP, id: PARTNER_GROUP }]);
    expect(partiesRepresentedBy(CALLERS['staff of the supporting intermediary'], subject)).toEqual([{ kind: AgreementPartyKind.INTERMEDIARY, id: CENTER }]);
    for (const kind of ['anonymous', 'secretariat staff', 'reviewer', 'member of another group'] as Kind[]) expect(partiesRepresentedBy(CALLERS[kind], subject)).toEqual([]);
  });
  it('start, complete, record results: the responsible department and the secretariat', () =>
    expectDecisions(agreementPolicies.manage, agreement(AgreementStatus.ACTIVE), only('staff of the responsible department', 'secretariat staff')));
});

describe('evaluations', () => {
  const target = (view: EvaluationView) => ({ agreement: agreement(AgreementStatus.IN_PROGRESS), view, evaluatorGroupId: view === EvaluationView.GROUP ? PROPOSING_GROUP : null });

  it('unpublished ones: the parties, the secretariat and reviewers', () =>
    expectDecisions(
      evaluationPolicies.readUnpublished,
      agreement(AgreementStatus.IN_PROGRESS),
      only('member of the group', 'member of a partner group', 'staff of the responsible department', 'staff of the supporting intermediary', 'secretariat staff', 'reviewer'),
    ));
  it('each view is written by its own evaluator', () => {
    expectDecisions(evaluationPolicies.submit, target(EvaluationView.DEPARTMENT), only('staff of the responsible department'));
    expectDecisions(evaluationPolicies.submit, target(EvaluationView.GROUP), only('member of the group'));
    expectDecisions(evaluationPolicies.submit, target(EvaluationView.THIRD_PARTY), only('reviewer'));
  });
  it('a group view is written for a party group only', () => {
    const stranger = { ...target(EvaluationView.GROUP), evaluatorGroupId: demoGroupId(200) };
    expect(evaluationPolicies.submit.decide(CALLERS['member of another group'], stranger)).toBe('forbidden');
  });
  it('published by the evaluator or the secretariat', () => {
    expectDecisions(evaluationPolicies.publish, target(EvaluationView.THIRD_PARTY), only('reviewer', 'secretariat staff'));
    expectDecisions(evaluationPolicies.publish, target(EvaluationView.GROUP), only('member of the group', 'secretariat staff'));
  });
});

describe("the department's own work and the secretariat", () => {
  it('publishing a challenge or registering a project: staff of that department, or the secretariat', () =>
    expectDecisions(departmentWorkPolicies.actForDepartment, { departmentId: ENVIRONMENT, secretariatDepartmentId: SECRETARIAT }, only('staff of the responsible department', 'secretariat staff')));
  it('handing the secretariat over: its own staff', () =>
    expectDecisions(departmentWorkPolicies.assignSecretariat, { secretariatDepartmentId: SECRETARIAT }, only('secretariat staff')));
});

describe('capacityOf (the history says as what someone acted)', () => {
  it('takes the first capacity the move allows that the caller holds', () => {
    const city = proposal(ProposalStatus.UNDER_REVIEW, { proposerType: ProposerType.CITY, proposingGroupId: null });
    const staff = CALLERS['staff of the responsible department'];
    expect(capacityOf(staff, city, [ProposalActorCapacity.RESPONSIBLE_DEPARTMENT, ProposalActorCapacity.SECRETARIAT])).toBe(ProposalActorCapacity.RESPONSIBLE_DEPARTMENT);
    expect(capacityOf(staff, city, [ProposalActorCapacity.PROPOSER])).toBe(ProposalActorCapacity.PROPOSER);
    expect(capacityOf(CALLERS['secretariat staff'], city, [ProposalActorCapacity.RESPONSIBLE_DEPARTMENT, ProposalActorCapacity.SECRETARIAT])).toBe(ProposalActorCapacity.SECRETARIAT);
  });
});
