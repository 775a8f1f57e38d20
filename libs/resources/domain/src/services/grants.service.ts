import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  allows,
  authorize,
  ConflictError,
  isUuid,
  NotFoundError,
  requirePrincipal,
  signedYenFromDecimalText,
  todayInJapan,
  ValidationFailedError,
  type ActivityField,
  type FieldIssue,
  type OrganizationType,
  type Principal,
  type Yen,
  refuse,
} from '@tsunagaru/shared-kernel';
import { hasSqlState, keysetOrder, SqlState, type Page, type PageRequest, type SqlFragment, sql } from '@tsunagaru/shared-persistence';
import { GrantApplication, GrantApplicationStatus, GrantAward, GrantProgram, GrantProgramKind } from '../entities';
import { grantPolicies } from '../policies';
import { CivicFund } from './civic-fund.service';
import { findPageWhere } from './paging';

export interface GrantProgramFilter {
  /** Programmes whose application window includes this day (募集中). */
  openOn?: string | null;
  /** Programmes open to this field (or to every field). */
  activityField?: ActivityField | null;
  /** Programmes open to this organisation type (or to every type). */
  organizationType?: OrganizationType | null;
  kind?: GrantProgramKind | null;
}

export interface ApplyForGrantInput {
  programId: string;
  groupId: string;
  title: string;
  plan?: string | null;
  activityField: ActivityField;
  organizationType: OrganizationType;
  requestedYen: Yen;
}

export interface ListPrivateGrantInput {
  code: string;
  name: string;
  provider: string;
  description?: string | null;
  minAwardYen?: Yen | null;
  maxAwardYen?: Yen | null;
  eligibleFields?: ActivityField[] | null;
  eligibleOrganizationTypes?: OrganizationType[] | null;
  opensOn: string;
  closesOn: string;
  applicationMethod: string;
  url?: string | null;
}

/** Grant programmes by closing day (the soonest deadline first). */
export const PROGRAMS_BY_DEADLINE = keysetOrder<GrantProgram>(
  { sql: 'closes_on', type: 'date', of: (program) => program.closesOn },
  { sql: 'id', type: 'uuid', of: (program) => program.id },
);

/** Applications and awards, newest first. */
export const APPLICATIONS_NEWEST_FIRST = keysetOrder<GrantApplication>(
  { sql: 'created_at', type: 'timestamp', direction: 'desc', of: (application) => application.createdAt },
  { sql: 'id', type: 'uuid', direction: 'desc', of: (application) => application.id },
);
export const AWARDS_NEWEST_FIRST = keysetOrder<GrantAward>(
  { sql: 'awarded_on', type: 'date', direction: 'desc', of: (award) => award.awardedOn },
  { sql: 'id', type: 'uuid', direction: 'desc', of: (award) => award.id },
);

/** What a programme decided, public (5 (1) ウ): counts of applications by outcome and the money awarded. */
export interface GrantDecisionSummary {
  programId: string;
  applications: number;
  awarded: number;
  rejected: number;
  awardedYen: number;
  paidYen: number;
}

/** Decision summaries of many programmes in one statement (drafts are not counted: they are not applications yet). */
export async function grantDecisionSummaries(em: EntityManager, programIds: string[]): Promise<Map<string, GrantDecisionSummary>> {
  const ids = programIds.filter(isUuid);
  if (ids.length === 0) return new Map();
  const rows = await sql<{ program_id: string; applications: number; awarded: number; rejected: number; awarded_yen: string; paid_yen: string }>(
    em,
    `select p.id as program_id,
            (select count(*)::int from grant_application a where a.program_id = p.id and a.status <> 'DRAFT') as applications,
            (select count(*)::int from grant_application a where a.program_id = p.id and a.status = 'AWARDED') as awarded,
            (select count(*)::int from grant_application a where a.program_id = p.id and a.status = 'REJECTED') as rejected,
            (select coalesce(sum(w.amount_yen), 0)::text from grant_award w where w.program_id = p.id) as awarded_yen,
            (select coalesce(sum(w.amount_yen), 0)::text from grant_award w where w.program_id = p.id and w.paid_on is not null) as paid_yen
       from grant_program p where p.id in (${ids.map(() => '?').join(', ')})`,
    ids,
  );
  return new Map(
    rows.map((row) => [
      row.program_id,
      {
        programId: row.program_id,
        applications: row.applications,
        awarded: row.awarded,
        rejected: row.rejected,
        awardedYen: signedYenFromDecimalText(row.awarded_yen),
        paidYen: signedYenFromDecimalText(row.paid_yen),
      },
    ]),
  );
}

/** Test hooks: where a payment can be made to fail half-way. */
export interface GrantPaymentHooks {
  afterLedgerTransaction?: () => Promise<void>;
}

const DECIDABLE = [GrantApplicationStatus.SUBMITTED, GrantApplicationStatus.UNDER_REVIEW];

/** 助成金: programmes, applications, awards and their payment from the fund. */
export class Grants {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: () => Date = () => new Date(),
    private readonly hooks: GrantPaymentHooks = {},
  ) {}

  private today(): string {
    return todayInJapan(this.clock());
  }

  /** "Which grants are open now for a group in my field": the filter in one statement. */
  async programs(filter: GrantProgramFilter, page: PageRequest<GrantProgram>): Promise<Page<GrantProgram>> {
    const conditions: SqlFragment[] = [];
    if (filter.openOn) conditions.push({ sql: 'e.opens_on <= ?::date and e.closes_on >= ?::date', params: [filter.openOn, filter.openOn] });
    if (filter.activityField) conditions.push({ sql: '(cardinality(e.eligible_fields) = 0 or ? = any(e.eligible_fields))', params: [filter.activityField] });
    if (filter.organizationType) {
      conditions.push({ sql: '(cardinality(e.eligible_organization_types) = 0 or ? = any(e.eligible_organization_types))', params: [filter.organizationType] });
    }
    if (filter.kind) conditions.push({ sql: 'e.kind = ?', params: [filter.kind] });
    return findPageWhere(this.em, GrantProgram, conditions, page);
  }

  private async fundSubject() {
    return { secretariatDepartmentId: await new CivicFund(this.em).secretariatDepartmentId() };
  }

  private async application(applicationId: string): Promise<GrantApplication> {
    const application = isUuid(applicationId) ? await this.em.findOne(GrantApplication, { id: applicationId }) : null;
    if (!application) throw new NotFoundError('GrantApplication', applicationId);
    return application;
  }

  private reload<T extends object>(entity: new () => T, id: string): Promise<T> {
    return this.em.fork().findOneOrFail(entity, { id } as never);
  }

  /** 申請書の作成: a DRAFT application of the group to a city programme, checked against its terms. */
  async apply(input: ApplyForGrantInput, caller: Principal | null): Promise<GrantApplication> {
    const principal = authorize(grantPolicies.applyForGroup, caller, { groupId: input.groupId });
    const program = isUuid(input.programId) ? await this.em.findOne(GrantProgram, { id: input.programId }) : null;
    if (!program) throw new NotFoundError('GrantProgram', input.programId);
    const issues: FieldIssue[] = [];
    const add = (field: string, code: string, message: string) => issues.push({ field: [field], code, message });
    if (program.kind !== GrantProgramKind.CITY) add('programId', 'NOT_A_CITY_PROGRAM', `Apply to ${program.provider} directly: ${program.applicationMethod}`);
    if (this.today() > program.closesOn) add('programId', 'CLOSED', `Applications closed on ${program.closesOn}.`);
    if (program.eligibleFields.length > 0 && !program.eligibleFields.includes(input.activityField)) add('activityField', 'NOT_ELIGIBLE', 'The programme does not support this field.');
    if (program.eligibleOrganizationTypes.length > 0 && !program.eligibleOrganizationTypes.includes(input.organizationType)) {
      add('organizationType', 'NOT_ELIGIBLE', 'The programme does not support this type of organisation.');
    }
    if (!input.title || input.title.trim().length === 0) add('title', 'REQUIRED', 'title must not be blank.');
    else if (input.title.length > 200) add('title', 'TOO_LONG', 'title must be at most 200 characters.');
    if ((input.plan ?? '').length > 4000) add('plan', 'TOO_LONG', 'plan must be at most 4000 characters.');
    if (!Number.isSafeInteger(input.requestedYen) || input.requestedYen <= 0) add('requestedYen', 'OUT_OF_RANGE', 'requestedYen must be at least 1 yen.');
    else if (program.maxAwardYen !== null && input.requestedYen > program.maxAwardYen) add('requestedYen', 'EXCEEDS_PROGRAM_MAXIMUM', `The programme awards at most ${program.maxAwardYen} yen.`);
    else if (program.minAwardYen !== null && input.requestedYen < program.minAwardYen) add('requestedYen', 'BELOW_PROGRAM_MINIMUM', `The programme awards at least ${program.minAwardYen} yen.`);
    if (issues.length > 0) throw new ValidationFailedError(issues);
    const id = randomUUID();
    try {
      await sql(
        this.em,
        `insert into grant_application (id, program_id, group_id, status, title, plan, activity_field, organization_type, requested_yen, created_at, created_by)
         values (?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?)`,
        [id, program.id, input.groupId, input.title.trim(), input.plan ?? '', input.activityField, input.organizationType, input.requestedYen, this.clock(), principal.subject],
      );
    } catch (error) {
      if (hasSqlState(error, SqlState.UNIQUE_VIOLATION)) throw refuse('programId', 'ALREADY_APPLIED', 'The group has already applied to this programme.');
      throw error;
    }
    return this.reload(GrantApplication, id);
  }

  /** 申請: DRAFT → SUBMITTED while the programme takes applications. */
  async submit(applicationId: string, caller: Principal | null): Promise<GrantApplication> {
    const application = await this.application(applicationId);
    authorize(grantPolicies.applyForGroup, caller, { groupId: application.groupId });
    const program = await this.em.findOneOrFail(GrantProgram, { id: application.programId });
    const today = this.today();
    if (today < program.opensOn || today > program.closesOn) {
      throw refuse('applicationId', 'NOT_OPEN', `The programme takes applications from ${program.opensOn} to ${program.closesOn}.`);
    }
    return this.move(application.id, [GrantApplicationStatus.DRAFT], { status: GrantApplicationStatus.SUBMITTED, submitted_at: this.clock() });
  }

  /** 審査開始: SUBMITTED → UNDER_REVIEW, by the fund's secretariat. */
  async startReview(applicationId: string, caller: Principal | null): Promise<GrantApplication> {
    const application = await this.application(applicationId);
    authorize(grantPolicies.decide, caller, await this.fundSubject());
    return this.move(application.id, [GrantApplicationStatus.SUBMITTED], { status: GrantApplicationStatus.UNDER_REVIEW });
  }

  /** 不交付決定: SUBMITTED or UNDER_REVIEW → REJECTED, with the reason. */
  async reject(applicationId: string, reason: string, caller: Principal | null): Promise<GrantApplication> {
    const application = await this.application(applicationId);
    const principal = authorize(grantPolicies.decide, caller, await this.fundSubject());
    if (!reason || reason.trim().length === 0) throw refuse('reason', 'REQUIRED', 'A rejection states its reason.');
    if (reason.length > 2000) throw refuse('reason', 'TOO_LONG', 'reason must be at most 2000 characters.');
    return this.move(
      application.id,
      DECIDABLE,
      { status: GrantApplicationStatus.REJECTED, decided_at: this.clock(), decided_by: principal.subject, decision_reason: reason.trim() },
    );
  }

  /** A conditional update: of concurrent moves from one state exactly one happens. */
  private async move(id: string, from: GrantApplicationStatus[], set: Record<string, unknown>): Promise<GrantApplication> {
    const columns = Object.keys(set);
    const changed = await sql(
      this.em,
      `update grant_application set ${columns.map((column) => `${column} = ?`).join(', ')}
        where id = ? and status in (${from.map(() => '?').join(', ')}) returning id`,
      [...columns.map((column) => set[column]), id, ...from],
    );
    if (changed.length === 0) {
      throw refuse('applicationId', 'WRONG_STATUS', `Only an application that is ${from.join(' or ')} can be moved so (it may have just been decided).`);
    }
    return this.reload(GrantApplication, id);
  }

  /**
   * 交付決定: awards an application, in one transaction that locks the programme's row, so
   * concurrent awards of one programme queue up and each sees the awards before it: an award
   * never exceeds the request, the programme's maximum (nor falls below its minimum), nor the
   * budget left.
   */
  async award(applicationId: string, amountYen: Yen, caller: Principal | null): Promise<GrantAward> {
    const application = await this.application(applicationId);
    const principal = authorize(grantPolicies.decide, caller, await this.fundSubject());
    if (!Number.isSafeInteger(amountYen) || amountYen <= 0) throw refuse('amountYen', 'OUT_OF_RANGE', 'amountYen must be at least 1 yen.');
    const awardId = randomUUID();
    await this.em.transactional(async (tx) => {
      const [program] = await sql<{ budget_yen: string; max_award_yen: string; min_award_yen: string }>(
        tx,
        'select budget_yen::text, max_award_yen::text, min_award_yen::text from grant_program where id = ? for update',
        [application.programId],
      );
      const [current] = await sql<{ status: GrantApplicationStatus; requested_yen: string; group_id: string }>(
        tx,
        'select status, requested_yen::text, group_id from grant_application where id = ? for update',
        [application.id],
      );
      if (!DECIDABLE.includes(current.status)) throw refuse('applicationId', 'WRONG_STATUS', `The application is ${current.status}; only a submitted one can be awarded.`);
      if (amountYen > Number(current.requested_yen)) throw refuse('amountYen', 'EXCEEDS_REQUEST', `The group asked for ${current.requested_yen} yen.`);
      if (amountYen > Number(program.max_award_yen)) throw refuse('amountYen', 'EXCEEDS_PROGRAM_MAXIMUM', `The programme awards at most ${program.max_award_yen} yen.`);
      if (amountYen < Number(program.min_award_yen)) throw refuse('amountYen', 'BELOW_PROGRAM_MINIMUM', `The programme awards at least ${program.min_award_yen} yen.`);
      const [awarded] = await sql<{ total: string }>(tx, 'select coalesce(sum(amount_yen), 0)::text as total from grant_award where program_id = ?', [application.programId]);
      const left = signedYenFromDecimalText(program.budget_yen) - signedYenFromDecimalText(awarded.total);
      if (amountYen > left) throw refuse('amountYen', 'EXCEEDS_BUDGET', `The programme has ${left} yen of its budget left.`);
      await sql(
        tx,
        `insert into grant_award (id, application_id, program_id, group_id, amount_yen, awarded_on, awarded_by) values (?, ?, ?, ?, ?, ?::date, ?)`,
        [awardId, application.id, application.programId, current.group_id, amountYen, this.today(), principal.subject],
      );
      await sql(tx, `update grant_application set status = 'AWARDED', decided_at = ?, decided_by = ? where id = ?`, [this.clock(), principal.subject, application.id]);
    });
    return this.reload(GrantAward, awardId);
  }

  /**
   * 交付 (支払): pays an award from the fund. In one transaction: the fund's row is locked (payments
   * queue up, so the balance read is the balance spent), the ledger transaction and its two lines are
   * written and the award marked paid. Any failure on the way rolls all of it back.
   */
  async pay(awardId: string, caller: Principal | null): Promise<GrantAward> {
    const award = isUuid(awardId) ? await this.em.findOne(GrantAward, { id: awardId }) : null;
    if (!award) throw new NotFoundError('GrantAward', awardId);
    const principal = authorize(grantPolicies.decide, caller, await this.fundSubject());
    await this.em.transactional(async (tx) => {
      await sql(tx, 'select singleton from fund_office for update');
      const [current] = await sql<{ paid_on: string | null; amount_yen: string }>(tx, 'select paid_on, amount_yen::text from grant_award where id = ? for update', [award.id]);
      if (current.paid_on !== null) throw refuse('awardId', 'ALREADY_PAID', 'The award has already been paid.');
      const amount = Number(current.amount_yen);
      const balance = await new CivicFund(tx).balance();
      if (balance < amount) throw refuse('awardId', 'INSUFFICIENT_FUNDS', `The fund holds ${balance} yen.`);
      const transactionId = randomUUID();
      const today = this.today();
      await sql(tx, `insert into ledger_transaction (id, kind, booked_on, memo, grant_award_id, created_by) values (?, 'GRANT_PAYMENT', ?::date, ?, ?, ?)`, [
        transactionId,
        today,
        '助成金の交付',
        award.id,
        principal.subject,
      ]);
      await this.hooks.afterLedgerTransaction?.();
      await sql(tx, `insert into ledger_line (id, transaction_id, account, amount_yen) values (?, ?, 'GRANT_EXPENSE', ?), (?, ?, 'FUND_CASH', ?)`, [
        randomUUID(),
        transactionId,
        amount,
        randomUUID(),
        transactionId,
        -amount,
      ]);
      await sql(tx, 'update grant_award set paid_on = ?::date, ledger_transaction_id = ? where id = ?', [today, transactionId, award.id]);
    });
    return this.reload(GrantAward, award.id);
  }

  /** 実績報告: the group reports on the use of a paid award, once. */
  async report(awardId: string, report: string, caller: Principal | null): Promise<GrantAward> {
    const award = isUuid(awardId) ? await this.em.findOne(GrantAward, { id: awardId }) : null;
    if (!award) throw new NotFoundError('GrantAward', awardId);
    authorize(grantPolicies.applyForGroup, caller, { groupId: award.groupId });
    if (!report || report.trim().length === 0) throw refuse('report', 'REQUIRED', 'report must not be blank.');
    if (report.length > 4000) throw refuse('report', 'TOO_LONG', 'report must be at most 4000 characters.');
    if (award.paidOn === null) throw refuse('awardId', 'NOT_PAID', 'Report once the award has been paid.');
    const changed = await this.em.nativeUpdate(GrantAward, { id: award.id, reportedAt: null }, { report: report.trim(), reportedAt: this.clock() });
    if (changed === 0) throw new ConflictError('The report has already been filed.');
    return this.reload(GrantAward, award.id);
  }

  /** 民間助成の掲載: intermediary or city staff list a private programme for information. */
  async listPrivate(input: ListPrivateGrantInput, caller: Principal | null): Promise<GrantProgram> {
    authorize(grantPolicies.listPrivateProgram, requirePrincipal(caller), undefined);
    const issues: FieldIssue[] = [];
    const add = (field: string, code: string, message: string) => issues.push({ field: [field], code, message });
    for (const [field, value, max] of [['code', input.code, 100], ['name', input.name, 200], ['provider', input.provider, 200], ['applicationMethod', input.applicationMethod, 2000]] as const) {
      if (!value || value.trim().length === 0) add(field, 'REQUIRED', `${field} must not be blank.`);
      else if (value.length > max) add(field, 'TOO_LONG', `${field} must be at most ${max} characters.`);
    }
    if (input.closesOn < input.opensOn) add('closesOn', 'INVALID_RANGE', 'closesOn must not be before opensOn.');
    if (input.minAwardYen != null && input.maxAwardYen != null && input.minAwardYen > input.maxAwardYen) add('maxAwardYen', 'INVALID_RANGE', 'maxAwardYen must not be below minAwardYen.');
    if (input.url && !/^https:\/\//.test(input.url)) add('url', 'INVALID_FORMAT', 'url must start with https://.');
    if (issues.length > 0) throw new ValidationFailedError(issues);
    const id = randomUUID();
    try {
      await sql(
        this.em,
        `insert into grant_program (id, code, kind, name, provider, description, min_award_yen, max_award_yen, eligible_fields, eligible_organization_types,
                                    opens_on, closes_on, application_method, url, created_at)
         values (?, ?, 'PRIVATE', ?, ?, ?, ?, ?, ?::text[], ?::text[], ?::date, ?::date, ?, ?, now())`,
        [
          id,
          input.code.trim(),
          input.name.trim(),
          input.provider.trim(),
          input.description ?? '',
          input.minAwardYen ?? null,
          input.maxAwardYen ?? null,
          `{${[...new Set(input.eligibleFields ?? [])].join(',')}}`,
          `{${[...new Set(input.eligibleOrganizationTypes ?? [])].join(',')}}`,
          input.opensOn,
          input.closesOn,
          input.applicationMethod.trim(),
          input.url ?? null,
        ],
      );
    } catch (error) {
      if (hasSqlState(error, SqlState.UNIQUE_VIOLATION)) throw refuse('code', 'TAKEN', 'Another programme has this code.');
      throw error;
    }
    return this.reload(GrantProgram, id);
  }

  /** Whether the caller may see the group's applications. */
  static mayReadApplications(caller: Principal | null, groupId: string): boolean {
    return allows(grantPolicies.readApplication, caller, { groupId });
  }
}
