import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ActivityField,
  ConflictError,
  fiscalYearLastDay,
  fiscalYearOf,
  isUuid,
  todayInJapan,
  yen,
  yenIssue,
  type Principal,
  type Yen,
  actorOf,
  authorizeOrRefuse,
  IssueCollector,
  refuse,
} from '@tsunagaru/shared-kernel';
import { findPage, hasSqlState, keysetOrder, SqlState, type Page, type PageRequest, sql } from '@tsunagaru/shared-persistence';
import {
  Agreement,
  AgreementOrigin,
  AgreementPartyKind,
  AgreementPartyTerms,
  AgreementResult,
  AgreementStatus,
  AgreementVersion,
  EvaluationView,
  Proposal,
  ProposalActorCapacity,
  ProposalStatus,
} from '../entities';
import {
  agreementPolicies,
  agreementSubjectOf,
  capacityOf,
  departmentWorkPolicies,
  partiesOf,
  partiesRepresentedBy,
  proposalPolicies,
  proposalSubjectOf,
} from '../policies';
import {
  blankPartyTerms,
  changedTerms,
  mergeTerms,
  writeAgreementVersion,
  type AgreementTerms,
  type AgreementTermsInput,
} from './agreement-terms';
import { ProgrammeOffices } from './programme-office.service';
import { applyProposalMove } from './proposal-moves';
import { ProposalWorkflow } from './proposal-workflow.service';

export interface CreateAgreementInput extends AgreementTermsInput {
  proposalId: string;
  /** An intermediary (中間支援組織) or coordinator joining as a supporting party. */
  intermediaryId?: string | null;
}

export interface ReviseAgreementInput extends AgreementTermsInput {
  agreementId: string;
  /** The version the revision is based on; if it is no longer the current one, CONFLICT. */
  expectedVersion: number;
  /** What the revision changes and why, kept with the version. */
  changeSummary: string;
}

export interface RegisterCollaborationProjectInput extends AgreementTermsInput {
  origin: AgreementOrigin;
  title: string;
  departmentId: string;
  groupIds: string[];
  intermediaryId?: string | null;
  activityField: ActivityField;
}

export interface RecordResultInput {
  agreementId: string;
  fiscalYear: number;
  summary: string;
  participants?: number | null;
  cityExpenditure: Yen;
  groupExpenditure: Yen;
}

export interface AgreementFilter {
  origin?: AgreementOrigin | null;
  status?: AgreementStatus | null;
  departmentId?: string | null;
  /** Agreements this group is a party to. */
  groupId?: string | null;
  /** Agreements whose period overlaps this fiscal year. */
  fiscalYear?: number | null;
}

/** Latest start first, then id. */
export const AGREEMENTS_NEWEST_FIRST = keysetOrder<Agreement>(
  { sql: 'starts_on', type: 'date', direction: 'desc', of: (agreement) => agreement.startsOn },
  { sql: 'id', type: 'uuid', direction: 'desc', of: (agreement) => agreement.id },
);

/** Newest version first. */
export const VERSIONS_NEWEST_FIRST = keysetOrder<AgreementVersion>(
  { sql: 'version', type: 'int', direction: 'desc', of: (version) => version.version },
  { sql: 'id', type: 'uuid', direction: 'desc', of: (version) => version.id },
);

/** Latest fiscal year first. */
export const RESULTS_NEWEST_FIRST = keysetOrder<AgreementResult>(
  { sql: 'fiscal_year', type: 'int', direction: 'desc', of: (result) => result.fiscalYear },
  { sql: 'id', type: 'uuid', direction: 'desc', of: (result) => result.id },
);

const MAX_GROUPS = 20;
const VIEWS = Object.values(EvaluationView);

/**
 * 協定: the parties agree on the four principles (5(2)), revise on the version they read
 * (the second of two revisions of one version gets CONFLICT), each party signs for itself,
 * and the department starts and closes the project. Signing, starting and closing move the
 * proposal (AGREED, IMPLEMENTED, COMPLETED) in the same transaction.
 */
export class Agreements {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async byId(agreementId: string, field = 'agreementId'): Promise<Agreement> {
    const agreement = isUuid(agreementId) ? await this.em.fork().findOne(Agreement, { id: agreementId }) : null;
    if (!agreement) throw refuse(field, 'NOT_FOUND', 'No agreement has this id.');
    return agreement;
  }

  /** The terms of one version of an agreement. */
  async termsOf(agreementId: string, version: number): Promise<AgreementTerms> {
    const em = this.em.fork();
    const row = await em.findOneOrFail(AgreementVersion, { agreement: agreementId, version });
    const parties = await em.find(AgreementPartyTerms, { agreementVersionId: row.id }, { orderBy: { position: 'asc' } });
    return {
      purpose: row.purpose,
      riskSharing: row.riskSharing,
      deliverables: row.deliverables,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      parties: parties.map((party) => ({ kind: party.partyKind, id: party.partyId, roles: party.roles, budgetShare: party.budgetShare })),
    };
  }

  /** 協定の作成: for an adopted proposal, by its department or the secretariat; one per proposal. */
  async create(input: CreateAgreementInput, caller: Principal | null): Promise<Agreement> {
    const proposal = await new ProposalWorkflow(this.em, this.now).visibleProposal(input.proposalId, caller);
    const principal = authorizeOrRefuse(proposalPolicies.decide, caller, proposalSubjectOf(proposal), 'proposalId');
    if (proposal.status !== ProposalStatus.ADOPTED) {
      throw refuse('proposalId', 'INVALID_STATE', `An agreement is made for an adopted proposal; this one is ${proposal.status}.`);
    }
    const issues = new IssueCollector();
    if (input.intermediaryId != null && !isUuid(input.intermediaryId)) issues.add('intermediaryId', 'INVALID_ID', 'intermediaryId is not an intermediary id.');
    issues.throwIfAny();
    const groupIds = [...(proposal.proposingGroupId ? [proposal.proposingGroupId] : []), ...proposal.partnerGroupIds];
    const parties = partiesOf({ departmentId: proposal.departmentId, groupIds, intermediaryId: input.intermediaryId ?? null });
    const today = todayInJapan(this.now());
    const base: AgreementTerms = {
      purpose: proposal.summary.trim() || proposal.title,
      riskSharing: '',
      deliverables: '',
      startsOn: today,
      endsOn: fiscalYearLastDay(fiscalYearOf(today)),
      parties: blankPartyTerms(parties).map((party) =>
        party.kind === AgreementPartyKind.DEPARTMENT && proposal.requestedBudget != null ? { ...party, budgetShare: proposal.requestedBudget } : party,
      ),
    };
    const terms = mergeTerms(base, input, issues);
    issues.throwIfAny();
    return this.insert(
      {
        origin: AgreementOrigin.MUTUAL_PROPOSAL,
        proposalId: proposal.id,
        title: proposal.title,
        departmentId: proposal.departmentId,
        groupIds,
        intermediaryId: input.intermediaryId ?? null,
        activityField: proposal.activityField,
      },
      terms,
      principal,
    );
  }

  /** 協働事業の登録: a department's own project or a commission (委託), not from a proposal. */
  async register(input: RegisterCollaborationProjectInput, caller: Principal | null): Promise<Agreement> {
    const issues = new IssueCollector();
    if (!isUuid(input.departmentId)) {
      issues.add('departmentId', 'INVALID_ID', 'departmentId is not a department id.');
      issues.throwIfAny();
    }
    const secretariatDepartmentId = await new ProgrammeOffices(this.em).secretariatDepartmentId();
    const principal = authorizeOrRefuse(departmentWorkPolicies.actForDepartment, caller, { departmentId: input.departmentId, secretariatDepartmentId }, 'departmentId');
    if (input.origin === AgreementOrigin.MUTUAL_PROPOSAL || !Object.values(AgreementOrigin).includes(input.origin)) {
      issues.add('origin', 'INVALID_VALUE', 'Register a department project or a commission; adopted proposals get theirs with createAgreement.');
    }
    issues.text('title', input.title, 200, true);
    const groupIds = [...new Set(input.groupIds ?? [])];
    if (groupIds.length === 0) issues.add('groupIds', 'REQUIRED', 'Name the groups carrying the project out.');
    else if (groupIds.length > MAX_GROUPS) issues.add('groupIds', 'TOO_MANY', `At most ${MAX_GROUPS} groups.`);
    else if (groupIds.some((id) => !isUuid(id))) issues.add('groupIds', 'INVALID_ID', 'groupIds lists an id that is not a group id.');
    if (input.intermediaryId != null && !isUuid(input.intermediaryId)) issues.add('intermediaryId', 'INVALID_ID', 'intermediaryId is not an intermediary id.');
    if (!Object.values(ActivityField).includes(input.activityField)) issues.add('activityField', 'INVALID_VALUE', 'activityField is not an activity field.');
    if (input.purpose == null) issues.add('purpose', 'REQUIRED', 'purpose is required.');
    if (input.startsOn == null) issues.add('startsOn', 'REQUIRED', 'startsOn is required.');
    if (input.endsOn == null) issues.add('endsOn', 'REQUIRED', 'endsOn is required.');
    issues.throwIfAny();
    const parties = partiesOf({ departmentId: input.departmentId, groupIds, intermediaryId: input.intermediaryId ?? null });
    const terms = mergeTerms(
      { purpose: '', riskSharing: '', deliverables: '', startsOn: input.startsOn!, endsOn: input.endsOn!, parties: blankPartyTerms(parties) },
      input,
      issues,
    );
    issues.throwIfAny();
    return this.insert(
      {
        origin: input.origin,
        proposalId: null,
        title: input.title.trim(),
        departmentId: input.departmentId,
        groupIds,
        intermediaryId: input.intermediaryId ?? null,
        activityField: input.activityField,
      },
      terms,
      principal,
    );
  }

  /**
   * 協定の改訂: a new version from the one the reviser read. `UPDATE agreement SET version =
   * version + 1 … WHERE id = … AND version = expected`: of two revisions of one version, the
   * second changes nothing and gets CONFLICT. Signatures of earlier versions are void.
   */
  async revise(input: ReviseAgreementInput, caller: Principal | null): Promise<Agreement> {
    const agreement = await this.byId(input.agreementId);
    const principal = authorizeOrRefuse(agreementPolicies.revise, caller, agreementSubjectOf(agreement), 'agreementId');
    if (agreement.status !== AgreementStatus.NEGOTIATING) {
      throw refuse('agreementId', 'INVALID_STATE', `Every party has signed; a ${agreement.status} agreement is no longer revised.`);
    }
    const issues = new IssueCollector();
    if (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 1) issues.add('expectedVersion', 'OUT_OF_RANGE', 'expectedVersion must be a version of the agreement.');
    issues.text('changeSummary', input.changeSummary, 2000, true);
    issues.throwIfAny();
    if (input.expectedVersion !== agreement.version) {
      throw new ConflictError(`Agreement ${agreement.id} is at version ${agreement.version}, not ${input.expectedVersion}: revise the current version.`);
    }
    const before = await this.termsOf(agreement.id, agreement.version);
    const after = mergeTerms(before, input, issues);
    issues.throwIfAny();
    const changed = changedTerms(before, after);
    if (changed.length === 0) throw refuse('agreementId', 'NO_CHANGE', 'The revision changes none of the terms.');

    const at = this.now();
    await this.em.transactional(async (em) => {
      const bumped = await sql(
        em,
        `update agreement set version = version + 1, starts_on = ?, ends_on = ?
          where id = ? and version = ? and status = ? returning version`,
        [after.startsOn, after.endsOn, agreement.id, input.expectedVersion, AgreementStatus.NEGOTIATING],
      );
      if (bumped.length === 0) await this.conflict(agreement);
      await writeAgreementVersion(em, {
        agreementId: agreement.id,
        version: input.expectedVersion + 1,
        terms: after,
        changeSummary: input.changeSummary.trim(),
        changedFields: changed,
        author: actorOf(principal),
        at,
      });
    });
    return this.byId(agreement.id);
  }

  /**
   * 署名: the caller signs the current version for every party they represent and have not
   * signed for. The agreement row is locked while signing, so a revision waits (and voids the
   * new signature) or wins first (and the signer signs the new version or gets CONFLICT with
   * `expectedVersion`). The last signature makes the agreement ACTIVE and the proposal AGREED.
   */
  async sign(agreementId: string, caller: Principal | null, expectedVersion?: number | null): Promise<Agreement> {
    const read = await this.byId(agreementId);
    const principal = authorizeOrRefuse(agreementPolicies.sign, caller, agreementSubjectOf(read), 'agreementId');
    const at = this.now();
    await this.em.transactional(async (em) => {
      const [locked] = await sql<{ version: number; status: AgreementStatus }>(em, 'select version, status from agreement where id = ? for update', [read.id]);
      if (locked.status !== AgreementStatus.NEGOTIATING) {
        if (read.status === AgreementStatus.NEGOTIATING) throw new ConflictError(`Agreement ${read.id} became ${locked.status} meanwhile.`);
        throw refuse('agreementId', 'INVALID_STATE', `Only an agreement under negotiation is signed; this one is ${locked.status}.`);
      }
      if (expectedVersion != null && expectedVersion !== locked.version) {
        throw new ConflictError(`Agreement ${read.id} is at version ${locked.version}, not ${expectedVersion}: read the new terms before signing.`);
      }
      const signed = await sql<{ party_kind: AgreementPartyKind; party_id: string }>(
        em,
        'select party_kind, party_id from agreement_signature where agreement_id = ? and version = ?',
        [read.id, locked.version],
      );
      const already = new Set(signed.map((row) => `${row.party_kind}:${row.party_id}`));
      const mine = partiesRepresentedBy(principal, agreementSubjectOf(read)).filter((party) => !already.has(`${party.kind}:${party.id}`));
      if (mine.length === 0) throw new ConflictError(`Version ${locked.version} of agreement ${read.id} already bears your signature.`);
      await sql(
        em,
        `insert into agreement_signature (id, agreement_id, version, party_kind, party_id, signed_at, signed_by)
         values ${mine.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        mine.flatMap((party) => [randomUUID(), read.id, locked.version, party.kind, party.id, at, principal.subject]),
      );
      if (already.size + mine.length < partiesOf(read).length) return;
      await sql(em, 'update agreement set status = ?, activated_at = ? where id = ? and status = ?', [AgreementStatus.ACTIVE, at, read.id, AgreementStatus.NEGOTIATING]);
      if (read.proposalId) {
        await this.moveProposal(em, read, ProposalStatus.ADOPTED, ProposalStatus.AGREED, principal, ProposalActorCapacity.PARTY, at);
      }
    });
    return this.byId(read.id);
  }

  /** 事業の開始: the department starts the project once every party has signed; the proposal becomes IMPLEMENTED. */
  async start(agreementId: string, caller: Principal | null): Promise<Agreement> {
    return this.advance(agreementId, caller, AgreementStatus.ACTIVE, AgreementStatus.IN_PROGRESS, 'started_at', ProposalStatus.AGREED, ProposalStatus.IMPLEMENTED);
  }

  /**
   * 事業の終了: the department closes the project once final evaluations from all three views
   * are published; the proposal becomes COMPLETED. The UPDATE itself checks the evaluations.
   */
  async complete(agreementId: string, caller: Principal | null): Promise<Agreement> {
    return this.advance(agreementId, caller, AgreementStatus.IN_PROGRESS, AgreementStatus.COMPLETED, 'completed_at', ProposalStatus.IMPLEMENTED, ProposalStatus.COMPLETED, async (agreement) => {
      const published = await sql<{ view: EvaluationView }>(
        this.em,
        'select distinct view from evaluation where agreement_id = ? and final and published_at is not null',
        [agreement.id],
      );
      const missing = VIEWS.filter((view) => !published.some((row) => row.view === view));
      if (missing.length > 0) {
        throw refuse('agreementId', 'FINAL_EVALUATIONS_MISSING', `Publish the final evaluations first; missing: ${missing.join(', ')}.`);
      }
    });
  }

  /** 実績の記録: what the project did in a fiscal year (once per year). */
  async recordResult(input: RecordResultInput, caller: Principal | null): Promise<AgreementResult> {
    const agreement = await this.byId(input.agreementId);
    const principal = authorizeOrRefuse(agreementPolicies.manage, caller, agreementSubjectOf(agreement), 'agreementId');
    if (agreement.status !== AgreementStatus.IN_PROGRESS && agreement.status !== AgreementStatus.COMPLETED) {
      throw refuse('agreementId', 'INVALID_STATE', `Results are recorded for a project that started; this one is ${agreement.status}.`);
    }
    const issues = new IssueCollector();
    const currentYear = fiscalYearOf(this.now());
    if (!Number.isInteger(input.fiscalYear) || input.fiscalYear < fiscalYearOf(agreement.startsOn) || input.fiscalYear > Math.min(fiscalYearOf(agreement.endsOn), currentYear)) {
      issues.add('fiscalYear', 'OUT_OF_RANGE', 'fiscalYear must fall in the agreement period and not in the future.');
    }
    issues.text('summary', input.summary, 4000, true);
    if (input.participants != null && (!Number.isInteger(input.participants) || input.participants < 0)) issues.add('participants', 'OUT_OF_RANGE', 'participants is a count.');
    for (const field of ['cityExpenditure', 'groupExpenditure'] as const) {
      const issue = yenIssue([field], input[field], 'non-negative');
      if (issue) issues.add(issue.field, issue.code, issue.message);
    }
    issues.throwIfAny();
    const id = randomUUID();
    try {
      await sql(
        this.em,
        `insert into agreement_result (id, agreement_id, fiscal_year, summary, participants, city_expenditure, group_expenditure, recorded_at, recorded_by)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [id, agreement.id, input.fiscalYear, input.summary.trim(), input.participants ?? null, yen(input.cityExpenditure), yen(input.groupExpenditure), this.now(), principal.subject],
      );
    } catch (error) {
      if (hasSqlState(error, SqlState.UNIQUE_VIOLATION)) throw new ConflictError(`The results of FY${input.fiscalYear} are recorded already.`);
      throw error;
    }
    return (await this.em.fork().findOne(AgreementResult, { id }))!;
  }

  /** 協働事業の一覧: every agreement of the city in one list, latest start first. Rows are public; terms follow their own rule. */
  async list(filter: AgreementFilter, page: PageRequest<Agreement>): Promise<Page<Agreement>> {
    const issues = new IssueCollector();
    for (const name of ['departmentId', 'groupId'] as const) {
      if (filter[name] != null && !isUuid(filter[name])) issues.add(name, 'INVALID_ID', `${name} is not a valid id.`);
    }
    issues.throwIfAny();
    const where: Record<string, unknown> = {};
    if (filter.origin != null) where.origin = filter.origin;
    if (filter.status != null) where.status = filter.status;
    if (filter.departmentId != null) where.departmentId = filter.departmentId;
    if (filter.groupId != null) where.groupIds = { $contains: [filter.groupId] };
    if (filter.fiscalYear != null) {
      where.startsOn = { $lte: fiscalYearLastDay(filter.fiscalYear) };
      where.endsOn = { $gte: `${filter.fiscalYear}-04-01` };
    }
    return findPage(this.em, Agreement, where, page);
  }

  private async advance(
    agreementId: string,
    caller: Principal | null,
    from: AgreementStatus,
    to: AgreementStatus,
    stampColumn: 'started_at' | 'completed_at',
    proposalFrom: ProposalStatus,
    proposalTo: ProposalStatus,
    check?: (agreement: Agreement) => Promise<void>,
  ): Promise<Agreement> {
    const agreement = await this.byId(agreementId);
    const principal = authorizeOrRefuse(agreementPolicies.manage, caller, agreementSubjectOf(agreement), 'agreementId');
    if (agreement.status !== from) throw refuse('agreementId', 'INVALID_TRANSITION', `A ${agreement.status} agreement cannot become ${to}.`);
    await check?.(agreement);
    const at = this.now();
    const finals =
      to === AgreementStatus.COMPLETED
        ? ` and (select count(distinct e.view) from evaluation e where e.agreement_id = agreement.id and e.final and e.published_at is not null) = ${VIEWS.length}`
        : '';
    await this.em.transactional(async (em) => {
      const moved = await sql(em, `update agreement set status = ?, ${stampColumn} = ? where id = ? and status = ?${finals} returning id`, [to, at, agreement.id, from]);
      if (moved.length === 0) await this.conflict(agreement);
      if (agreement.proposalId) {
        await this.moveProposal(em, agreement, proposalFrom, proposalTo, principal, ProposalActorCapacity.RESPONSIBLE_DEPARTMENT, at);
      }
    });
    return this.byId(agreement.id);
  }

  /** Moves the agreement's proposal along with it, in the same transaction, with its history row. */
  private async moveProposal(
    em: EntityManager,
    agreement: Agreement,
    from: ProposalStatus,
    to: ProposalStatus,
    principal: Principal,
    preferred: ProposalActorCapacity,
    at: Date,
  ): Promise<void> {
    const proposal = await em.findOneOrFail(Proposal, { id: agreement.proposalId! });
    const capacity =
      preferred === ProposalActorCapacity.PARTY
        ? ProposalActorCapacity.PARTY
        : capacityOf(principal, proposalSubjectOf(proposal), [ProposalActorCapacity.RESPONSIBLE_DEPARTMENT, ProposalActorCapacity.SECRETARIAT]);
    const moved = await applyProposalMove(em, { proposalId: proposal.id, from, to, actor: actorOf(principal), actedAs: capacity, at });
    if (!moved) throw new ConflictError(`Proposal ${proposal.id} is not ${from}; the agreement and its proposal disagree.`);
  }

  private async insert(
    row: Pick<Agreement, 'origin' | 'proposalId' | 'title' | 'departmentId' | 'groupIds' | 'intermediaryId' | 'activityField'>,
    terms: AgreementTerms,
    principal: Principal,
  ): Promise<Agreement> {
    const id = randomUUID();
    const at = this.now();
    try {
      await this.em.transactional(async (em) => {
        await sql(
          em,
          `insert into agreement (id, origin, proposal_id, title, department_id, group_ids, intermediary_id, activity_field, status, version,
                                  starts_on, ends_on, created_at, created_by)
           values (?, ?, ?, ?, ?, array[?]::uuid[], ?, ?, ?, 1, ?, ?, ?, ?)`,
          [id, row.origin, row.proposalId, row.title, row.departmentId, row.groupIds, row.intermediaryId, row.activityField, AgreementStatus.NEGOTIATING, terms.startsOn, terms.endsOn, at, principal.subject],
        );
        await writeAgreementVersion(em, { agreementId: id, version: 1, terms, changeSummary: '', changedFields: [], author: actorOf(principal), at });
      });
    } catch (error) {
      if (hasSqlState(error, SqlState.UNIQUE_VIOLATION)) throw new ConflictError('This proposal has an agreement already.');
      throw error;
    }
    return this.byId(id);
  }

  private async conflict(read: Agreement): Promise<never> {
    const now = await this.em.fork().findOne(Agreement, { id: read.id });
    if (now && now.version !== read.version) throw new ConflictError(`Agreement ${read.id} was revised to version ${now.version} meanwhile.`);
    throw new ConflictError(now && now.status !== read.status ? `Agreement ${read.id} became ${now.status} meanwhile.` : `Agreement ${read.id} changed meanwhile.`);
  }
}
