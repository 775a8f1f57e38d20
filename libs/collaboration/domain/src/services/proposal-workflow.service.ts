import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ActivityField,
  allows,
  ConflictError,
  fiscalYearOf,
  isUuid,
  ProposerType,
  requirePrincipal,
  todayInJapan,
  yenIssue,
  type Policy,
  type Principal,
  type Yen,
  actorOf,
  authorizeOrRefuse,
  IssueCollector,
  refuse,
} from '@tsunagaru/shared-kernel';
import { CityChallenge, Proposal, ProposalActorCapacity, ProposalStatus, UNDECIDED_STATUSES } from '../entities';
import { capacityOf, isProposalVisibleTo, proposalPolicies, proposalSubjectOf, type ProposalSubject } from '../policies';
import { applyProposalMove, type MoveColumn } from './proposal-moves';
import { sql } from '@tsunagaru/shared-persistence';

/** What a proposal says; every field optional in an edit (undefined keeps, null clears where allowed). */
export interface ProposalContentInput {
  title?: string | null;
  summary?: string | null;
  problem?: string | null;
  expectedEffects?: string | null;
  partnersSought?: string | null;
  requestedBudget?: Yen | null;
  activityField?: ActivityField | null;
  challengeId?: string | null;
  partnerGroupIds?: string[] | null;
}

export interface CreateProposalInput extends ProposalContentInput {
  /** The proposing group: a group proposal (市民提案). Without it, a city proposal (行政提案) by departmentId. */
  groupId?: string | null;
  /** The responsible department; for a city proposal, the proposing one. Defaults to the challenge's. */
  departmentId?: string | null;
}

export interface UpdateProposalInput extends ProposalContentInput {
  proposalId: string;
  /** The version the edit is based on: an edit in between makes this one a CONFLICT. */
  expectedVersion: number;
  departmentId?: string | null;
}

export interface DecideProposalInput {
  proposalId: string;
  adopted: boolean;
  /** Required when not adopting. */
  reason?: string | null;
  /** 協働の相手 chosen on adoption (city proposals need at least one). */
  partnerGroupIds?: string[] | null;
}

const MAX_PARTNERS = 20;
const LIMITS = { title: 200, summary: 4000, problem: 4000, expectedEffects: 4000, partnersSought: 2000, reason: 2000 } as const;

interface MoveSpec {
  policy: Policy<ProposalSubject>;
  from: readonly ProposalStatus[];
  to: ProposalStatus;
  capacities: readonly ProposalActorCapacity[];
  reason?: string | null;
  set?: Partial<Record<MoveColumn, unknown>>;
  expectedVersion?: number;
  /** Checks that need the proposal as read; throw a ValidationFailedError to refuse. */
  check?: (proposal: Proposal) => Promise<void> | void;
}

/**
 * 相互提案協働事業の流れ: a proposal written, submitted, reviewed, decided or withdrawn. Each
 * move is allowed only to its principal, from the states it leaves, and is one conditional
 * UPDATE with its history row in one transaction: a refused move (a user error) or a lost
 * race (CONFLICT) changes nothing.
 */
export class ProposalWorkflow {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The proposal as the caller may see it; anything else is, to them, no proposal at all. */
  async visibleProposal(proposalId: string, caller: Principal | null, field = 'proposalId'): Promise<Proposal> {
    const proposal = isUuid(proposalId) ? await this.em.fork().findOne(Proposal, { id: proposalId }) : null;
    if (!proposal || !isProposalVisibleTo(caller, proposalSubjectOf(proposal))) {
      throw refuse(field, 'NOT_FOUND', 'No proposal you may see has this id.');
    }
    return proposal;
  }

  async create(input: CreateProposalInput, caller: Principal | null): Promise<Proposal> {
    const principal = requirePrincipal(caller);
    const issues = new IssueCollector();
    const proposerType = input.groupId != null ? ProposerType.GROUP : ProposerType.CITY;
    if (input.groupId != null && !isUuid(input.groupId)) issues.add('groupId', 'INVALID_ID', 'groupId is not a group id.');
    const challenge = await this.challengeFor(input.challengeId, issues);
    const departmentId = input.departmentId ?? challenge?.departmentId ?? null;
    if (departmentId === null) issues.add('departmentId', 'REQUIRED', 'departmentId is required unless the proposal answers a challenge.');
    else if (!isUuid(departmentId)) issues.add('departmentId', 'INVALID_ID', 'departmentId is not a department id.');
    else if (challenge && challenge.departmentId !== departmentId) {
      issues.add('departmentId', 'CHALLENGE_DEPARTMENT', "A proposal answering a challenge is the challenge's department's.");
    }
    issues.throwIfAny();

    const subject = proposalSubjectOf({
      status: ProposalStatus.DRAFT,
      proposerType,
      proposingGroupId: input.groupId ?? null,
      partnerGroupIds: [],
      departmentId: departmentId!,
      submittedOn: null,
    });
    authorizeOrRefuse(proposalPolicies.actAsProposer, principal, subject, proposerType === ProposerType.GROUP ? 'groupId' : 'departmentId');

    const content = this.validateContent(input, issues, 'create', input.groupId ?? null);
    const activityField = input.activityField ?? challenge?.activityField ?? null;
    if (activityField === null) issues.add('activityField', 'REQUIRED', 'activityField is required unless the proposal answers a challenge.');
    issues.throwIfAny();

    const now = this.now();
    const id = randomUUID();
    await this.em.transactional(async (em) => {
      em.create(Proposal, {
        id,
        title: content.title!,
        summary: content.summary ?? '',
        problem: content.problem ?? '',
        expectedEffects: content.expectedEffects ?? '',
        partnersSought: content.partnersSought ?? '',
        requestedBudget: content.requestedBudget ?? null,
        challengeId: challenge?.id ?? null,
        proposerType,
        proposingGroupId: input.groupId ?? null,
        partnerGroupIds: content.partnerGroupIds ?? [],
        departmentId: departmentId!,
        fiscalYear: fiscalYearOf(now),
        activityField: activityField!,
        status: ProposalStatus.DRAFT,
        submittedOn: null,
        decidedOn: null,
        version: 1,
        createdBy: principal.subject,
        createdAt: now,
        updatedAt: now,
      } as never);
      await em.flush();
      const actor = actorOf(principal);
      await sql(
        em,
        `insert into proposal_transition (id, proposal_id, from_status, to_status, at, acted_as, actor_subject, actor_name, reason)
         values (?, ?, null, ?, ?, ?, ?, ?, null)`,
        [randomUUID(), id, ProposalStatus.DRAFT, now, ProposalActorCapacity.PROPOSER, actor.subject, actor.name],
      );
    });
    return this.reload(id);
  }

  /** Edits a draft; only its authors may, and only on the version they read. */
  async update(input: UpdateProposalInput, caller: Principal | null): Promise<Proposal> {
    const proposal = await this.visibleProposal(input.proposalId, caller);
    authorizeOrRefuse(proposalPolicies.actAsProposer, caller, proposalSubjectOf(proposal), 'proposalId');
    if (proposal.status !== ProposalStatus.DRAFT) {
      throw refuse('proposalId', 'NOT_EDITABLE', `Only a draft can be edited; this proposal is ${proposal.status}.`);
    }
    const issues = new IssueCollector();
    if (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 1) {
      issues.add('expectedVersion', 'OUT_OF_RANGE', 'expectedVersion must be a version of the proposal.');
    }
    const content = this.validateContent(input, issues, 'update', proposal.proposingGroupId);
    const challenge = input.challengeId !== undefined ? await this.challengeFor(input.challengeId, issues) : undefined;
    const departmentId = input.departmentId ?? (challenge ? challenge.departmentId : proposal.departmentId);
    if (input.departmentId != null && !isUuid(input.departmentId)) issues.add('departmentId', 'INVALID_ID', 'departmentId is not a department id.');
    if (proposal.proposerType === ProposerType.CITY && departmentId !== proposal.departmentId) {
      issues.add('departmentId', 'NOT_EDITABLE', "A city proposal stays its proposing department's.");
    }
    if (challenge && challenge.departmentId !== departmentId) {
      issues.add('challengeId', 'CHALLENGE_DEPARTMENT', "A proposal answering a challenge is the challenge's department's.");
    }
    if (input.activityField === null) issues.add('activityField', 'REQUIRED', 'activityField cannot be cleared.');
    issues.throwIfAny();
    if (input.expectedVersion !== proposal.version) {
      throw new ConflictError(`Proposal ${proposal.id} is at version ${proposal.version}, not ${input.expectedVersion}: someone edited it meanwhile.`);
    }

    const columns: Record<string, unknown> = {};
    if (content.title !== undefined) columns.title = content.title;
    for (const [field, column] of [
      ['summary', 'summary'],
      ['problem', 'problem'],
      ['expectedEffects', 'expected_effects'],
      ['partnersSought', 'partners_sought'],
    ] as const) {
      if (content[field] !== undefined) columns[column] = content[field] ?? '';
    }
    if (input.requestedBudget !== undefined) columns.requested_budget = input.requestedBudget;
    if (input.activityField != null) columns.activity_field = input.activityField;
    if (challenge !== undefined) columns.challenge_id = challenge?.id ?? null;
    if (departmentId !== proposal.departmentId) columns.department_id = departmentId;
    const assignments = Object.keys(columns).map((column) => `${column} = ?`);
    const params = Object.values(columns);
    if (content.partnerGroupIds !== undefined) {
      assignments.push('partner_group_ids = array[?]::uuid[]');
      params.push(content.partnerGroupIds ?? []);
    }
    const changed = await sql(
      this.em,
      `update proposal set ${[...assignments, 'version = version + 1', 'updated_at = ?'].join(', ')}
        where id = ? and status = ? and version = ? returning id`,
      [...params, this.now(), proposal.id, ProposalStatus.DRAFT, input.expectedVersion],
    );
    if (changed.length === 0) await this.conflict(proposal);
    return this.reload(proposal.id);
  }

  /** 提出: the authors hand the draft in; it is then the proposal of the fiscal year it was submitted in. */
  async submit(proposalId: string, caller: Principal | null, expectedVersion?: number | null): Promise<Proposal> {
    const today = todayInJapan(this.now());
    return this.move(proposalId, caller, {
      policy: proposalPolicies.actAsProposer,
      from: [ProposalStatus.DRAFT],
      to: ProposalStatus.SUBMITTED,
      capacities: [ProposalActorCapacity.PROPOSER],
      set: { submitted_on: today, fiscal_year: fiscalYearOf(today) },
      expectedVersion: expectedVersion ?? undefined,
      check: async (proposal) => {
        const issues = new IssueCollector();
        for (const field of ['summary', 'problem', 'expectedEffects'] as const) {
          if (proposal[field].trim().length === 0) issues.add('proposalId', 'INCOMPLETE', `Write the ${field} before submitting.`);
        }
        if (proposal.challengeId) {
          const challenge = await this.em.fork().findOne(CityChallenge, { id: proposal.challengeId });
          if (challenge && (today < challenge.opensOn || today > challenge.closesOn)) {
            issues.add('proposalId', 'CHALLENGE_CLOSED', `The challenge takes proposals from ${challenge.opensOn} to ${challenge.closesOn}.`);
          }
        }
        issues.throwIfAny();
        if (expectedVersion != null && expectedVersion !== proposal.version) {
          throw new ConflictError(`Proposal ${proposal.id} is at version ${proposal.version}, not ${expectedVersion}: someone edited it meanwhile.`);
        }
      },
    });
  }

  /** 審査開始: the secretariat takes a submitted proposal into review. */
  async startReview(proposalId: string, caller: Principal | null): Promise<Proposal> {
    return this.move(proposalId, caller, {
      policy: proposalPolicies.startReview,
      from: [ProposalStatus.SUBMITTED],
      to: ProposalStatus.UNDER_REVIEW,
      capacities: [ProposalActorCapacity.SECRETARIAT],
    });
  }

  /** 採否の決定: adopted or not (with a reason); a city proposal is adopted with the groups that will carry it out. */
  async decide(input: DecideProposalInput, caller: Principal | null): Promise<Proposal> {
    const issues = new IssueCollector();
    issues.text('reason', input.reason, LIMITS.reason, !input.adopted);
    if (!input.adopted && input.partnerGroupIds != null) issues.add('partnerGroupIds', 'NOT_APPLICABLE', 'Partners are chosen only on adoption.');
    const set: Partial<Record<MoveColumn, unknown>> = { decided_on: todayInJapan(this.now()) };
    return this.move(input.proposalId, caller, {
      policy: proposalPolicies.decide,
      from: [ProposalStatus.UNDER_REVIEW],
      to: input.adopted ? ProposalStatus.ADOPTED : ProposalStatus.NOT_ADOPTED,
      capacities: [ProposalActorCapacity.RESPONSIBLE_DEPARTMENT, ProposalActorCapacity.SECRETARIAT],
      reason: input.reason?.trim() || null,
      set,
      check: (proposal) => {
        if (input.partnerGroupIds != null) {
          validatePartners(input.partnerGroupIds, proposal.proposingGroupId, issues, 'partnerGroupIds');
          set.partner_group_ids = [...new Set(input.partnerGroupIds)];
        }
        const partners = input.partnerGroupIds ?? proposal.partnerGroupIds;
        if (input.adopted && proposal.proposerType === ProposerType.CITY && partners.length === 0) {
          issues.add('partnerGroupIds', 'REQUIRED', 'A city proposal is adopted with the groups that will carry it out.');
        }
        issues.throwIfAny();
      },
    });
  }

  /** 取下げ: the proposer withdraws before the decision, saying why. */
  async withdraw(proposalId: string, reason: string | null | undefined, caller: Principal | null): Promise<Proposal> {
    const issues = new IssueCollector();
    issues.text('reason', reason, LIMITS.reason, true);
    return this.move(proposalId, caller, {
      policy: proposalPolicies.actAsProposer,
      from: UNDECIDED_STATUSES,
      to: ProposalStatus.WITHDRAWN,
      capacities: [ProposalActorCapacity.PROPOSER],
      reason: reason?.trim() ?? null,
      set: { decided_on: todayInJapan(this.now()) },
      check: () => issues.throwIfAny(),
    });
  }

  private async move(proposalId: string, caller: Principal | null, spec: MoveSpec): Promise<Proposal> {
    const principal = requirePrincipal(caller);
    const proposal = await this.visibleProposal(proposalId, principal);
    const subject = proposalSubjectOf(proposal);
    // Who before what: a caller who may not make the move learns nothing about the state.
    if (!allows(spec.policy, principal, subject)) throw refuse('proposalId', 'FORBIDDEN', spec.policy.denial);
    if (!spec.from.includes(proposal.status)) {
      throw refuse('proposalId', 'INVALID_TRANSITION', `A ${proposal.status} proposal cannot become ${spec.to}.`);
    }
    await spec.check?.(proposal);
    await this.em.transactional(async (em) => {
      const moved = await applyProposalMove(em, {
        proposalId: proposal.id,
        from: proposal.status,
        to: spec.to,
        actor: actorOf(principal),
        actedAs: capacityOf(principal, subject, spec.capacities),
        reason: spec.reason,
        set: spec.set,
        expectedVersion: spec.expectedVersion,
        at: this.now(),
      });
      if (!moved) await this.conflict(proposal);
    });
    return this.reload(proposal.id);
  }

  /** The row changed between our read and our write: report what it is now. */
  private async conflict(read: Proposal): Promise<never> {
    const now = await this.em.fork().findOne(Proposal, { id: read.id });
    throw new ConflictError(
      now && now.status !== read.status
        ? `Proposal ${read.id} became ${now.status} meanwhile.`
        : `Proposal ${read.id} was changed by someone else meanwhile.`,
    );
  }

  private async reload(id: string): Promise<Proposal> {
    return (await this.em.fork().findOne(Proposal, { id }))!;
  }

  private async challengeFor(challengeId: string | null | undefined, issues: IssueCollector): Promise<CityChallenge | null> {
    if (challengeId == null) return null;
    const challenge = isUuid(challengeId) ? await this.em.fork().findOne(CityChallenge, { id: challengeId }) : null;
    if (!challenge) issues.add('challengeId', 'NOT_FOUND', 'challengeId names no published challenge.');
    return challenge;
  }

  private validateContent(
    input: ProposalContentInput,
    issues: IssueCollector,
    mode: 'create' | 'update',
    proposingGroupId: string | null,
  ): ProposalContentInput {
    issues.text('title', input.title, LIMITS.title, mode === 'create' || input.title !== undefined);
    for (const field of ['summary', 'problem', 'expectedEffects', 'partnersSought'] as const) {
      issues.text(field, input[field], LIMITS[field], false);
    }
    if (input.requestedBudget != null) {
      const issue = yenIssue(['requestedBudget'], input.requestedBudget, 'non-negative');
      if (issue) issues.add(issue.field, issue.code, issue.message);
    }
    if (input.activityField != null && !Object.values(ActivityField).includes(input.activityField)) {
      issues.add('activityField', 'INVALID_VALUE', 'activityField is not an activity field.');
    }
    if (input.partnerGroupIds != null) validatePartners(input.partnerGroupIds, proposingGroupId, issues, 'partnerGroupIds');
    return {
      ...input,
      title: input.title?.trim(),
      summary: input.summary === undefined ? undefined : (input.summary?.trim() ?? ''),
      problem: input.problem === undefined ? undefined : (input.problem?.trim() ?? ''),
      expectedEffects: input.expectedEffects === undefined ? undefined : (input.expectedEffects?.trim() ?? ''),
      partnersSought: input.partnersSought === undefined ? undefined : (input.partnersSought?.trim() ?? ''),
      partnerGroupIds: input.partnerGroupIds === undefined ? undefined : [...new Set(input.partnerGroupIds ?? [])],
    };
  }
}

function validatePartners(partnerGroupIds: readonly string[], proposingGroupId: string | null, issues: IssueCollector, field: string): void {
  if (partnerGroupIds.some((id) => !isUuid(id))) issues.add(field, 'INVALID_ID', `${field} lists an id that is not a group id.`);
  else if (new Set(partnerGroupIds).size > MAX_PARTNERS) issues.add(field, 'TOO_MANY', `At most ${MAX_PARTNERS} partner groups.`);
  else if (proposingGroupId !== null && partnerGroupIds.includes(proposingGroupId)) {
    issues.add(field, 'PROPOSER_AS_PARTNER', 'The proposing group is a party already, not a partner.');
  }
}
