import {
  AgreementOrigin,
  AgreementPartyKind,
  AgreementStatus,
  EvaluationCriterion,
  EvaluationOutcome,
  EvaluationView,
  ProposalActorCapacity,
  ProposalStatus,
} from '@tsunagaru/collaboration-domain';
import { ActivityField, deterministicUuid, fiscalYearLastDay, fiscalYearOf, ProposerType, todayInJapan } from '@tsunagaru/shared-kernel';
import {
  addDays,
  buildDemoGroups,
  DEMO_DEPARTMENTS,
  demoDepartmentId,
  demoIntermediaryId,
  intBetween,
  seededRandom,
  type DemoGroup,
  type Random,
} from '@tsunagaru/shared-demo-data';
import { buildDemoProposals, type DemoProposal } from './demo-proposals';
import { buildCurrentPipeline } from './demo-pipeline';
import {
  CONSULTATION_NOTES,
  CONSULTATION_PARTICIPANTS,
  DELIVERABLES,
  DEPARTMENT_ROLES,
  EVALUATION_SUMMARIES,
  INTERMEDIARY_ROLES,
  LEAD_GROUP_ROLES,
  PARTNER_GROUP_ROLES,
  RESULT_SUMMARIES,
  REVISION_SUMMARIES,
  RISK_SHARING,
  SCORE_COMMENTS,
} from './demo-texts';

// ---------------------------------------------------------------------------------------
// Rows, shaped as the entities are (camelCase), ready for insertMany.

export interface ProposalRow {
  id: string;
  title: string;
  summary: string;
  problem: string;
  expectedEffects: string;
  partnersSought: string;
  requestedBudget: number | null;
  challengeId: string | null;
  proposerType: ProposerType;
  proposingGroupId: string | null;
  partnerGroupIds: string[];
  departmentId: string;
  fiscalYear: number;
  activityField: ActivityField;
  status: ProposalStatus;
  submittedOn: string | null;
  decidedOn: string | null;
  version: number;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface TransitionRow {
  id: string;
  proposalId: string;
  fromStatus: ProposalStatus | null;
  toStatus: ProposalStatus;
  at: Date;
  actedAs: ProposalActorCapacity;
  actorSubject: string;
  actorName: string | null;
  reason: string | null;
}

export interface ChallengeRow {
  id: string;
  title: string;
  description: string;
  activityField: ActivityField;
  departmentId: string;
  opensOn: string;
  closesOn: string;
  fiscalYear: number;
  publishedAt: Date;
  publishedBy: string;
}

export interface ConsultationRow {
  id: string;
  proposalId: string;
  heldOn: string;
  participants: string[];
  notes: string;
  nextSteps: string;
  recordedAt: Date;
  recordedBy: string;
}

export interface AgreementRow {
  id: string;
  origin: AgreementOrigin;
  proposalId: string | null;
  title: string;
  departmentId: string;
  groupIds: string[];
  intermediaryId: string | null;
  activityField: ActivityField;
  status: AgreementStatus;
  version: number;
  startsOn: string;
  endsOn: string;
  createdAt: Date;
  createdBy: string;
  activatedAt: Date | null;
  startedAt: Date | null;
  completedAt: Date | null;
}

export interface VersionRow {
  id: string;
  agreement: string;
  version: number;
  basedOnVersion: number | null;
  purpose: string;
  riskSharing: string;
  deliverables: string;
  startsOn: string;
  endsOn: string;
  changeSummary: string;
  changedFields: string[];
  createdAt: Date;
  createdBy: string;
  createdByName: string | null;
}

export interface PartyTermsRow {
  id: string;
  agreementVersionId: string;
  partyKind: AgreementPartyKind;
  partyId: string;
  roles: string[];
  budgetShare: number;
  position: number;
}

export interface SignatureRow {
  id: string;
  agreementId: string;
  version: number;
  partyKind: AgreementPartyKind;
  partyId: string;
  signedAt: Date;
  signedBy: string;
}

export interface ResultRow {
  id: string;
  agreementId: string;
  fiscalYear: number;
  summary: string;
  participants: number | null;
  cityExpenditure: number;
  groupExpenditure: number;
  recordedAt: Date;
  recordedBy: string;
}

export interface EvaluationRow {
  id: string;
  agreementId: string;
  view: EvaluationView;
  evaluatorGroupId: string | null;
  fiscalYear: number;
  final: boolean;
  outcome: EvaluationOutcome;
  summary: string;
  revision: number;
  submittedAt: Date;
  submittedBy: string;
  publishedAt: Date | null;
  publishedBy: string | null;
}

export interface ScoreRow {
  id: string;
  evaluationId: string;
  criterion: EvaluationCriterion;
  score: number;
  comment: string;
}

export interface DemoCollaboration {
  secretariatDepartmentId: string;
  challenges: ChallengeRow[];
  proposals: ProposalRow[];
  transitions: TransitionRow[];
  consultations: ConsultationRow[];
  agreements: AgreementRow[];
  versions: VersionRow[];
  partyTerms: PartyTermsRow[];
  signatures: SignatureRow[];
  results: ResultRow[];
  evaluations: EvaluationRow[];
  scores: ScoreRow[];
}

// ---------------------------------------------------------------------------------------
// Who acts in the demo, as the demo tokens name them (demoPrincipal in shared demo data).

export interface Actor {
  subject: string;
  name: string;
}

const SECRETARIAT_CODE = 'community-connection';
const DEPARTMENT_NAMES = new Map(DEMO_DEPARTMENTS.map((department) => [department.code, department.name]));
const DEPARTMENT_CODES = new Map(DEMO_DEPARTMENTS.map((department) => [demoDepartmentId(department.code), department.code]));

export function staffActor(departmentId: string): Actor {
  const code = DEPARTMENT_CODES.get(departmentId);
  if (!code) throw new Error(`no demo department has the id ${departmentId}`);
  return { subject: code === SECRETARIAT_CODE ? 'demo-staff' : `demo-staff-${code}`, name: `鎌倉 太郎（${DEPARTMENT_NAMES.get(code)}）` };
}

export const SECRETARIAT_ACTOR = staffActor(demoDepartmentId(SECRETARIAT_CODE));
export const REVIEWER_ACTOR: Actor = { subject: 'demo-reviewer', name: '稲村 智子（市民活動推進委員会）' };
const CENTER_ACTOR: Actor = { subject: 'demo-intermediary', name: '由比 花子（鎌倉市市民活動センター）' };

export function memberActor(group: DemoGroup): Actor {
  return { subject: `demo-member-${group.id}`, name: `${group.privateContact.representativeName}（${group.name}）` };
}

/** A moment on a day in Kamakura, at a wall-clock hour. */
export function at(date: string, hour = 10, minute = 0): Date {
  return new Date(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+09:00`);
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);
const roundTo = (amount: number, unit: number) => Math.round(amount / unit) * unit;

// ---------------------------------------------------------------------------------------
// Writing a whole project: the pieces every agreement has, whatever its origin.

export class CollaborationWriter {
  readonly data: DemoCollaboration;
  private readonly groups: Map<string, DemoGroup>;

  constructor(groups: readonly DemoGroup[]) {
    this.groups = new Map(groups.map((group) => [group.id, group]));
    this.data = {
      secretariatDepartmentId: demoDepartmentId(SECRETARIAT_CODE),
      challenges: [],
      proposals: [],
      transitions: [],
      consultations: [],
      agreements: [],
      versions: [],
      partyTerms: [],
      signatures: [],
      results: [],
      evaluations: [],
      scores: [],
    };
  }

  group(id: string): DemoGroup {
    const group = this.groups.get(id);
    if (!group) throw new Error(`no demo group has the id ${id}`);
    return group;
  }

  /** The proposer as an actor: a member of the group, or staff of the proposing department. */
  proposerOf(proposal: Pick<ProposalRow, 'proposingGroupId' | 'departmentId'>): Actor {
    return proposal.proposingGroupId ? memberActor(this.group(proposal.proposingGroupId)) : staffActor(proposal.departmentId);
  }

  move(proposal: ProposalRow, from: ProposalStatus | null, to: ProposalStatus, when: Date, actor: Actor, actedAs: ProposalActorCapacity, reason: string | null = null): void {
    this.data.transitions.push({
      id: deterministicUuid('proposal-transition', `${proposal.id}:${this.data.transitions.filter((row) => row.proposalId === proposal.id).length}`),
      proposalId: proposal.id,
      fromStatus: from,
      toStatus: to,
      at: when,
      actedAs,
      actorSubject: actor.subject,
      actorName: actor.name,
      reason,
    });
  }

  /** A draft's life up to the decision: started, submitted, reviewed, then decided or withdrawn. */
  moveUntilDecision(proposal: ProposalRow, random: Random, reason: string | null, decidedBy: Actor): void {
    const submittedOn = proposal.submittedOn!;
    const proposer = this.proposerOf(proposal);
    this.move(proposal, null, ProposalStatus.DRAFT, proposal.createdAt, proposer, ProposalActorCapacity.PROPOSER);
    this.move(proposal, ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, at(submittedOn, 17), proposer, ProposalActorCapacity.PROPOSER);
    if (proposal.status === ProposalStatus.SUBMITTED) return;
    const decidedOn = proposal.decidedOn;
    const reviewOn = decidedOn ? earlier(addDays(submittedOn, intBetween(random, 4, 12)), addDays(decidedOn, -1)) : addDays(submittedOn, intBetween(random, 4, 12));
    const withdrawnEarly = proposal.status === ProposalStatus.WITHDRAWN && reviewOn <= submittedOn;
    if (!withdrawnEarly) this.move(proposal, ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW, at(reviewOn, 9, 30), SECRETARIAT_ACTOR, ProposalActorCapacity.SECRETARIAT);
    if (proposal.status === ProposalStatus.UNDER_REVIEW) return;
    const from = withdrawnEarly ? ProposalStatus.SUBMITTED : ProposalStatus.UNDER_REVIEW;
    if (proposal.status === ProposalStatus.WITHDRAWN) {
      this.move(proposal, from, ProposalStatus.WITHDRAWN, at(decidedOn!, 16), proposer, ProposalActorCapacity.PROPOSER, reason);
      return;
    }
    const adopted = proposal.status !== ProposalStatus.NOT_ADOPTED;
    const capacity = decidedBy.subject === SECRETARIAT_ACTOR.subject ? ProposalActorCapacity.SECRETARIAT : ProposalActorCapacity.RESPONSIBLE_DEPARTMENT;
    this.move(proposal, from, adopted ? ProposalStatus.ADOPTED : ProposalStatus.NOT_ADOPTED, at(decidedOn!, 15), decidedBy, capacity, reason);
  }

  /**
   * An agreement and its versions up to the last signature: version 1 drafted by the
   * department, revised to version 2 after the first consultation (a signature on version 1,
   * where there is one, is void), then signed by every party. Returns when it became active,
   * or null if `signUntil` leaves it unsigned by some.
   */
  agree(spec: AgreementSpec, random: Random): AgreementRow {
    const department = staffActor(spec.departmentId);
    const agreement: AgreementRow = {
      id: spec.id,
      origin: spec.origin,
      proposalId: spec.proposalId,
      title: spec.title,
      departmentId: spec.departmentId,
      groupIds: spec.groupIds,
      intermediaryId: spec.intermediaryId,
      activityField: spec.activityField,
      status: AgreementStatus.NEGOTIATING,
      version: 1,
      startsOn: spec.startsOn,
      endsOn: spec.endsOn,
      createdAt: at(spec.draftedOn, 11),
      createdBy: department.subject,
      activatedAt: null,
      startedAt: null,
      completedAt: null,
    };
    this.data.agreements.push(agreement);
    const parties = [
      { kind: AgreementPartyKind.DEPARTMENT, id: spec.departmentId, actor: department },
      ...spec.groupIds.map((id) => ({ kind: AgreementPartyKind.GROUP, id, actor: memberActor(this.group(id)) })),
      ...(spec.intermediaryId ? [{ kind: AgreementPartyKind.INTERMEDIARY, id: spec.intermediaryId, actor: CENTER_ACTOR }] : []),
    ];
    const roles = (kind: AgreementPartyKind, index: number, revised: boolean) => {
      if (kind === AgreementPartyKind.DEPARTMENT) return DEPARTMENT_ROLES;
      if (kind === AgreementPartyKind.INTERMEDIARY) return INTERMEDIARY_ROLES;
      const base = index === 1 ? LEAD_GROUP_ROLES : PARTNER_GROUP_ROLES;
      return revised ? base : base.slice(0, -1);
    };
    const total = spec.budget;
    const shares = (revised: boolean) =>
      parties.map((party, index) => {
        if (party.kind === AgreementPartyKind.DEPARTMENT) return revised ? roundTo(total * 0.8, 1000) : total;
        if (party.kind === AgreementPartyKind.GROUP && index === 1) return revised ? total - roundTo(total * 0.8, 1000) : 0;
        return 0;
      });
    const writeVersion = (version: number, on: string, revised: boolean, author: Actor, summary: string, changed: string[]) => {
      const versionId = deterministicUuid('agreement-version', `${agreement.id}:${version}`);
      this.data.versions.push({
        id: versionId,
        agreement: agreement.id,
        version,
        basedOnVersion: version === 1 ? null : version - 1,
        purpose: spec.purpose,
        riskSharing: RISK_SHARING,
        deliverables: DELIVERABLES,
        startsOn: spec.startsOn,
        endsOn: spec.endsOn,
        changeSummary: summary,
        changedFields: changed,
        createdAt: at(on, 11, version),
        createdBy: author.subject,
        createdByName: author.name,
      });
      const budget = shares(revised);
      parties.forEach((party, position) =>
        this.data.partyTerms.push({
          id: deterministicUuid('agreement-party-terms', `${versionId}:${party.kind}:${party.id}`),
          agreementVersionId: versionId,
          partyKind: party.kind,
          partyId: party.id,
          roles: roles(party.kind, position, revised),
          budgetShare: budget[position],
          position,
        }),
      );
    };
    const sign = (version: number, party: (typeof parties)[number], on: Date) =>
      this.data.signatures.push({
        id: deterministicUuid('agreement-signature', `${agreement.id}:${version}:${party.kind}:${party.id}`),
        agreementId: agreement.id,
        version,
        partyKind: party.kind,
        partyId: party.id,
        signedAt: on,
        signedBy: party.actor.subject,
      });

    writeVersion(1, spec.draftedOn, false, department, '', []);
    if (spec.departmentSignsFirstDraft) sign(1, parties[0], at(addDays(spec.draftedOn, 1), 14));
    if (!spec.revisedOn) {
      agreement.version = 1;
    } else {
      writeVersion(2, spec.revisedOn, true, department, REVISION_SUMMARIES[intBetween(random, 0, REVISION_SUMMARIES.length - 1)], ['roles', 'budget']);
      agreement.version = 2;
    }
    // Every party signs the current version, one after another, unless the story stops before.
    let day = spec.revisedOn ?? spec.draftedOn;
    let last: Date | null = null;
    parties.forEach((party, index) => {
      if (spec.signers !== undefined && index >= spec.signers) return;
      day = addDays(day, intBetween(random, 1, 4));
      if (spec.notAfter) day = earlier(day, spec.notAfter);
      last = at(day, 10 + index);
      sign(agreement.version, party, last);
    });
    if (spec.signers === undefined || spec.signers >= parties.length) {
      agreement.status = AgreementStatus.ACTIVE;
      agreement.activatedAt = last;
    }
    return agreement;
  }

  /** The department starts the project. */
  start(agreement: AgreementRow, on: string): void {
    agreement.status = AgreementStatus.IN_PROGRESS;
    agreement.startedAt = at(on, 9);
  }

  consult(proposalId: string, on: string, index: number, recordedBy: Actor): void {
    const text = CONSULTATION_NOTES[index % CONSULTATION_NOTES.length];
    this.data.consultations.push({
      id: deterministicUuid('consultation', `${proposalId}:${on}:${index}`),
      proposalId,
      heldOn: on,
      participants: CONSULTATION_PARTICIPANTS,
      notes: text.notes,
      nextSteps: text.nextSteps,
      recordedAt: at(on, 18),
      recordedBy: recordedBy.subject,
    });
  }

  /** One view's evaluation with its five scores; published on `publishedOn`, or not yet. */
  evaluate(agreement: AgreementRow, view: EvaluationView, fiscalYear: number, final: boolean, outcome: EvaluationOutcome, submittedOn: string, publishedOn: string | null, random: Random): void {
    const evaluator = view === EvaluationView.DEPARTMENT ? staffActor(agreement.departmentId) : view === EvaluationView.GROUP ? memberActor(this.group(agreement.groupIds[0])) : REVIEWER_ACTOR;
    const id = deterministicUuid('evaluation', `${agreement.id}:${view}:${fiscalYear}:${final}`);
    this.data.evaluations.push({
      id,
      agreementId: agreement.id,
      view,
      evaluatorGroupId: view === EvaluationView.GROUP ? agreement.groupIds[0] : null,
      fiscalYear,
      final,
      outcome,
      summary: final ? EVALUATION_SUMMARIES.final : EVALUATION_SUMMARIES.yearly,
      revision: 1,
      submittedAt: at(submittedOn, 15),
      submittedBy: evaluator.subject,
      publishedAt: publishedOn ? at(publishedOn, 10) : null,
      publishedBy: publishedOn ? (view === EvaluationView.THIRD_PARTY ? SECRETARIAT_ACTOR.subject : evaluator.subject) : null,
    });
    // A third party judges a little more strictly; a project that ends scored a little lower.
    const lean = (view === EvaluationView.THIRD_PARTY ? -1 : 0) + (outcome === EvaluationOutcome.END ? -1 : 0);
    for (const criterion of Object.values(EvaluationCriterion)) {
      const score = Math.min(5, Math.max(2, intBetween(random, 3, 5) + (random() < 0.5 ? lean : 0))) as 2 | 3 | 4 | 5;
      this.data.scores.push({
        id: deterministicUuid('evaluation-score', `${id}:${criterion}`),
        evaluationId: id,
        criterion,
        score,
        comment: SCORE_COMMENTS[criterion][score],
      });
    }
  }

  result(agreement: AgreementRow, fiscalYear: number, random: Random, cityBudget: number, groupBudget: number, recordedBy: Actor): void {
    this.data.results.push({
      id: deterministicUuid('agreement-result', `${agreement.id}:${fiscalYear}`),
      agreementId: agreement.id,
      fiscalYear,
      summary: RESULT_SUMMARIES[intBetween(random, 0, RESULT_SUMMARIES.length - 1)],
      participants: intBetween(random, 40, 600),
      cityExpenditure: roundTo(cityBudget * (0.8 + random() * 0.2), 1000),
      groupExpenditure: roundTo(groupBudget * (0.7 + random() * 0.3), 1000),
      recordedAt: at(`${fiscalYear + 1}-04-${String(intBetween(random, 15, 28)).padStart(2, '0')}`, 16),
      recordedBy: recordedBy.subject,
    });
  }
}

export interface AgreementSpec {
  id: string;
  origin: AgreementOrigin;
  proposalId: string | null;
  title: string;
  purpose: string;
  departmentId: string;
  groupIds: string[];
  intermediaryId: string | null;
  activityField: ActivityField;
  startsOn: string;
  endsOn: string;
  /** Total budget of the project in yen; the department pays 80 % once revised. */
  budget: number;
  draftedOn: string;
  /** Version 2 written on this day; no revision when null. */
  revisedOn: string | null;
  departmentSignsFirstDraft: boolean;
  /** How many parties (in order) have signed the current version; all when undefined. */
  signers?: number;
  /** No signature after this day (the story is told up to today). */
  notAfter?: string;
}

// ---------------------------------------------------------------------------------------
// The history, FY2007–FY2019.

/** How each project that was carried out ended (3(3): 継続・委託・団体の自主事業・他団体との事業・終了), in turn. */
const FATES: readonly EvaluationOutcome[] = [
  EvaluationOutcome.CONTINUE_BY_GROUP_ALONE,
  EvaluationOutcome.CONTINUE_AS_CITY_COMMISSION,
  EvaluationOutcome.END,
  EvaluationOutcome.CONTINUE,
  EvaluationOutcome.CONTINUE_WITH_OTHER_GROUPS,
  EvaluationOutcome.CONTINUE_BY_GROUP_ALONE,
  EvaluationOutcome.END,
];

const VIEWS = [EvaluationView.DEPARTMENT, EvaluationView.GROUP, EvaluationView.THIRD_PARTY];

function writeHistory(writer: CollaborationWriter, proposals: readonly DemoProposal[], today: string): void {
  let carriedOut = 0;
  for (const demo of proposals) {
    const random = seededRandom(700_000 + demo.n);
    const status = ProposalStatus[demo.status];
    const proposal: ProposalRow = {
      id: demo.id,
      title: demo.title,
      summary: demo.summary,
      problem: demo.problem,
      expectedEffects: demo.expectedEffects,
      partnersSought: demo.partnersSought,
      requestedBudget: demo.requestedBudget,
      challengeId: null,
      proposerType: demo.proposerType,
      proposingGroupId: demo.proposingGroupId,
      partnerGroupIds: demo.partnerGroupIds,
      departmentId: demo.departmentId,
      fiscalYear: demo.fiscalYear,
      activityField: demo.activityField,
      status,
      submittedOn: demo.submittedOn,
      decidedOn: demo.decidedOn,
      version: 1,
      createdBy: writer.proposerOf(demo).subject,
      createdAt: at(addDays(demo.submittedOn, -intBetween(random, 14, 40)), 20),
      updatedAt: at(demo.decidedOn, 15),
    };
    writer.data.proposals.push(proposal);
    const department = staffActor(demo.departmentId);
    writer.moveUntilDecision(proposal, random, demo.decisionReason, department);
    if (demo.status !== 'COMPLETED') continue;
    writeProject(writer, proposal, demo, random, FATES[carriedOut % FATES.length], today);
    carriedOut += 1;
  }
}

/** An adopted proposal carried out: agreed, started, consulted on, evaluated every year and at the end, closed. */
function writeProject(writer: CollaborationWriter, proposal: ProposalRow, demo: DemoProposal, random: Random, fate: EvaluationOutcome, today: string): void {
  const department = staffActor(demo.departmentId);
  const groupIds = [...(demo.proposingGroupId ? [demo.proposingGroupId] : []), ...demo.partnerGroupIds];
  const draftedOn = addDays(demo.decidedOn, intBetween(random, 10, 20));
  const revisedOn = addDays(draftedOn, intBetween(random, 12, 25));
  const years = 1 + (demo.n % 3 === 0 ? 2 : demo.n % 2);
  // Signatures come within two weeks of the revision; the project starts a week later.
  const startsOn = addDays(revisedOn, 24);
  const endsOn = fiscalYearLastDay(fiscalYearOf(startsOn) + years - 1);
  const agreement = writer.agree(
    {
      id: deterministicUuid('agreement', `proposal:${demo.n}`),
      origin: AgreementOrigin.MUTUAL_PROPOSAL,
      proposalId: proposal.id,
      title: demo.title,
      purpose: `${demo.title}を通じて、${demo.expectedEffects}`,
      departmentId: demo.departmentId,
      groupIds,
      // The Civic Activity Center supported one project in four as coordinator.
      intermediaryId: demo.n % 4 === 0 ? demoIntermediaryId('civic-activity-center') : null,
      activityField: demo.activityField,
      startsOn,
      endsOn,
      budget: demo.requestedBudget ?? 200_000,
      draftedOn,
      revisedOn,
      departmentSignsFirstDraft: demo.n % 2 === 1,
    },
    random,
  );
  writer.consult(proposal.id, addDays(draftedOn, intBetween(random, 2, 6)), 0, department);
  writer.move(proposal, ProposalStatus.ADOPTED, ProposalStatus.AGREED, agreement.activatedAt!, lastSigner(writer, agreement), ProposalActorCapacity.PARTY);
  writer.start(agreement, startsOn);
  writer.move(proposal, ProposalStatus.AGREED, ProposalStatus.IMPLEMENTED, agreement.startedAt!, department, ProposalActorCapacity.RESPONSIBLE_DEPARTMENT);

  const firstYear = fiscalYearOf(startsOn);
  const lastYear = fiscalYearOf(endsOn);
  const departmentShare = roundTo((demo.requestedBudget ?? 200_000) * 0.8, 1000);
  const groupShare = (demo.requestedBudget ?? 200_000) - departmentShare;
  for (let year = firstYear; year <= lastYear; year += 1) {
    const midYear = later(addDays(startsOn, 20), `${year}-09-${String(intBetween(random, 1, 28)).padStart(2, '0')}`);
    if (midYear <= fiscalYearLastDay(year)) writer.consult(proposal.id, midYear, 1, department);
    writer.result(agreement, year, random, departmentShare, groupShare, department);
    const final = year === lastYear;
    if (final) writer.consult(proposal.id, addDays(endsOn, -intBetween(random, 20, 40)), 2, department);
    for (const view of VIEWS) {
      const outcome = final ? fate : random() < 0.15 ? EvaluationOutcome.REVISE : random() < 0.2 ? EvaluationOutcome.EXPAND : EvaluationOutcome.CONTINUE;
      const submittedOn = `${year + 1}-05-${String(intBetween(random, 10, 25)).padStart(2, '0')}`;
      writer.evaluate(agreement, view, year, final, outcome, submittedOn, `${year + 1}-06-${String(intBetween(random, 5, 15)).padStart(2, '0')}`, random);
    }
  }
  const completedOn = `${lastYear + 1}-06-${String(intBetween(random, 20, 28)).padStart(2, '0')}`;
  if (completedOn > today) throw new Error(`demo project ${demo.n} would end after today`);
  agreement.status = AgreementStatus.COMPLETED;
  agreement.completedAt = at(completedOn, 10);
  writer.move(proposal, ProposalStatus.IMPLEMENTED, ProposalStatus.COMPLETED, agreement.completedAt, department, ProposalActorCapacity.RESPONSIBLE_DEPARTMENT);
  proposal.status = ProposalStatus.COMPLETED;
  proposal.updatedAt = agreement.completedAt;

  // 3(3): projects the department carries on, or commissions to the group, continue as agreements of their own.
  if (fate === EvaluationOutcome.CONTINUE || fate === EvaluationOutcome.CONTINUE_AS_CITY_COMMISSION) {
    writeFollowUp(writer, demo, agreement, fate, lastYear + 1, today, random);
  }
}

/** Whoever signed the current version last: the signature that made the agreement active. */
export function lastSigner(writer: CollaborationWriter, agreement: AgreementRow): Actor {
  const signature = writer.data.signatures
    .filter((row) => row.agreementId === agreement.id && row.version === agreement.version)
    .sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime())
    .at(-1)!;
  return signature.partyKind === AgreementPartyKind.DEPARTMENT
    ? staffActor(signature.partyId)
    : signature.partyKind === AgreementPartyKind.GROUP
      ? memberActor(writer.group(signature.partyId))
      : CENTER_ACTOR;
}

/** A project continued by the department (DEPARTMENT_PROJECT) or commissioned to the lead group (COMMISSION), running to this year. */
function writeFollowUp(writer: CollaborationWriter, demo: DemoProposal, original: AgreementRow, fate: EvaluationOutcome, fromYear: number, today: string, random: Random): void {
  const currentYear = fiscalYearOf(today);
  if (fromYear > currentYear) return;
  const commission = fate === EvaluationOutcome.CONTINUE_AS_CITY_COMMISSION;
  const startsOn = `${fromYear}-04-01`;
  const department = staffActor(demo.departmentId);
  const groupIds = commission ? [original.groupIds[0]] : original.groupIds;
  const agreement = writer.agree(
    {
      id: deterministicUuid('agreement', `follow-up:${demo.n}`),
      origin: commission ? AgreementOrigin.COMMISSION : AgreementOrigin.DEPARTMENT_PROJECT,
      proposalId: null,
      title: commission ? `${demo.title}（委託事業）` : `${demo.title}（担当課の協働事業として継続）`,
      purpose: commission
        ? `相互提案協働事業の成果を生かし、市の委託事業として${demo.title}を継続する。`
        : `相互提案協働事業として始めた取組を、担当課の協働事業として継続する。`,
      departmentId: demo.departmentId,
      groupIds,
      intermediaryId: null,
      activityField: demo.activityField,
      startsOn,
      // Renewed every year: the current term runs to the end of this fiscal year.
      endsOn: fiscalYearLastDay(currentYear),
      budget: demo.requestedBudget ?? 200_000,
      draftedOn: addDays(startsOn, -40),
      revisedOn: null,
      departmentSignsFirstDraft: false,
    },
    random,
  );
  writer.start(agreement, startsOn);
  const share = roundTo((demo.requestedBudget ?? 200_000) * (commission ? 1 : 0.8), 1000);
  for (let year = fromYear; year < currentYear; year += 1) writer.result(agreement, year, random, share, commission ? 0 : 30_000, department);
}

// ---------------------------------------------------------------------------------------

/**
 * Everything the collaboration subgraph holds in the demo: the FY2007–FY2019 history as the
 * guideline gives it (75 proposals, 35 carried out, each with its agreement, versions,
 * signatures, consultations, yearly results and published evaluations from three views),
 * the projects that continued after them, the departments' own projects and commissions,
 * and this year's pipeline. The history is fixed; everything a visitor looks up by date
 * (open challenges, proposals in flight, running projects) is placed in the current fiscal
 * year relative to `now`, deterministically: the same day gives the same data.
 */
export function buildDemoCollaboration(now: Date = new Date(), groups: readonly DemoGroup[] = buildDemoGroups()): DemoCollaboration {
  const today = todayInJapan(now);
  const writer = new CollaborationWriter(groups);
  writeHistory(writer, buildDemoProposals(groups), today);
  buildCurrentPipeline(writer, groups, today);
  // A proposal's version grows with every move, as the workflow's UPDATE does: one per history entry.
  const moves = new Map<string, number>();
  for (const transition of writer.data.transitions) moves.set(transition.proposalId, (moves.get(transition.proposalId) ?? 0) + 1);
  for (const proposal of writer.data.proposals) proposal.version = moves.get(proposal.id) ?? 1;
  return writer.data;
}

export { earlier, later };
