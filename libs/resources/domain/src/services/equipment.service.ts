import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addDays,
  authorize,
  ConflictError,
  isUuid,
  NotFoundError,
  todayInJapan,
  ValidationFailedError,
  type FieldIssue,
  type Principal,
  refuse,
} from '@tsunagaru/shared-kernel';
import { keysetOrder, sql } from '@tsunagaru/shared-persistence';
import { AccidentReport, EquipmentItem, EquipmentLoan, EquipmentLoanStatus } from '../entities';
import { groupSupportPolicies } from '../policies';
import type { GroupExists } from './venue-bookings.service';

export interface LendEquipmentInput {
  itemId: string;
  groupId: string;
  quantity: number;
  startsOn: string;
  endsOn: string;
}

export interface ReportAccidentInput {
  groupId: string;
  occurredOn: string;
  activity: string;
  description: string;
  injuredCount: number;
}

/** The longest loan, in days. */
export const MAX_LOAN_DAYS = 14;

export const EQUIPMENT_BY_NAME = keysetOrder<EquipmentItem>(
  { sql: 'name', type: 'text', of: (item) => item.name },
  { sql: 'id', type: 'uuid', of: (item) => item.id },
);
export const LOANS_NEWEST_FIRST = keysetOrder<EquipmentLoan>(
  { sql: 'starts_on', type: 'date', direction: 'desc', of: (loan) => loan.startsOn },
  { sql: 'id', type: 'uuid', direction: 'desc', of: (loan) => loan.id },
);
export const ACCIDENT_REPORTS_NEWEST_FIRST = keysetOrder<AccidentReport>(
  { sql: 'occurred_on', type: 'date', direction: 'desc', of: (report) => report.occurredOn },
  { sql: 'id', type: 'uuid', direction: 'desc', of: (report) => report.id },
);

/** Quantities of items out on loan on some day of [from, until], per item: one statement for many items. */
export async function quantitiesLent(em: EntityManager, itemIds: string[], from: string, until: string): Promise<Map<string, number>> {
  const ids = itemIds.filter(isUuid);
  if (ids.length === 0) return new Map();
  const rows = await sql<{ item_id: string; lent: number }>(
    em,
    `select item_id, coalesce(sum(quantity), 0)::int as lent from equipment_loan
      where item_id in (${ids.map(() => '?').join(', ')}) and status = 'LENT' and starts_on <= ?::date and ends_on >= ?::date
      group by item_id`,
    [...ids, until, from],
  );
  return new Map(rows.map((row) => [row.item_id, row.lent]));
}

/** 貸出備品: groups borrow equipment for a period; returns are recorded. */
export class EquipmentLoans {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Lends a quantity of an item for a period. The item's row is locked for the transaction, so
   * concurrent requests for one item queue up and each counts the loans before it: the quantity
   * out on loan over any overlapping period never exceeds the quantity owned.
   */
  async lend(input: LendEquipmentInput, caller: Principal | null, groupExists?: GroupExists): Promise<EquipmentLoan> {
    const principal = authorize(groupSupportPolicies.borrowForGroup, caller, { groupId: input.groupId });
    if (!isUuid(input.groupId)) throw refuse('groupId', 'INVALID_FORMAT', 'groupId is not a group id.');
    // Members act for the groups their token names; staff may name any group, so the directory is asked.
    if (!principal.groupIds.includes(input.groupId) && groupExists && !(await groupExists(input.groupId))) throw new NotFoundError('Group', input.groupId);
    const item = isUuid(input.itemId) ? await this.em.findOne(EquipmentItem, { id: input.itemId }) : null;
    if (!item) throw new NotFoundError('EquipmentItem', input.itemId);
    const today = todayInJapan(this.clock());
    const issues: FieldIssue[] = [];
    const add = (field: string, code: string, message: string) => issues.push({ field: [field], code, message });
    if (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > item.quantityOwned) {
      add('quantity', 'OUT_OF_RANGE', `quantity must be between 1 and the ${item.quantityOwned} owned.`);
    }
    if (input.startsOn < today) add('startsOn', 'IN_PAST', 'startsOn must not be before today.');
    if (input.endsOn < input.startsOn) add('endsOn', 'INVALID_RANGE', 'endsOn must not be before startsOn.');
    else if (input.endsOn > addDays(input.startsOn, MAX_LOAN_DAYS - 1)) add('endsOn', 'TOO_LONG', `A loan lasts at most ${MAX_LOAN_DAYS} days.`);
    if (issues.length > 0) throw new ValidationFailedError(issues);
    const id = randomUUID();
    await this.em.transactional(async (tx) => {
      await sql(tx, 'select id from equipment_item where id = ? for update', [item.id]);
      const lent = (await quantitiesLent(tx, [item.id], input.startsOn, input.endsOn)).get(item.id) ?? 0;
      if (lent + input.quantity > item.quantityOwned) {
        throw refuse('quantity', 'NOT_ENOUGH_AVAILABLE', `Only ${item.quantityOwned - lent} of ${item.name} are free for that period.`);
      }
      await sql(
        tx,
        `insert into equipment_loan (id, item_id, group_id, quantity, starts_on, ends_on, status, lent_by, created_at)
         values (?, ?, ?, ?, ?::date, ?::date, 'LENT', ?, ?)`,
        [id, item.id, input.groupId, input.quantity, input.startsOn, input.endsOn, principal.subject, this.clock()],
      );
    });
    return this.em.fork().findOneOrFail(EquipmentLoan, { id });
  }

  /** 返却: records the return of a loan; a second return is CONFLICT. */
  async return(loanId: string, caller: Principal | null): Promise<EquipmentLoan> {
    const loan = isUuid(loanId) ? await this.em.findOne(EquipmentLoan, { id: loanId }) : null;
    if (!loan) throw new NotFoundError('EquipmentLoan', loanId);
    const principal = authorize(groupSupportPolicies.borrowForGroup, caller, { groupId: loan.groupId });
    const changed = await this.em.nativeUpdate(
      EquipmentLoan,
      { id: loan.id, status: EquipmentLoanStatus.LENT },
      { status: EquipmentLoanStatus.RETURNED, returnedAt: this.clock(), returnedBy: principal.subject },
    );
    if (changed === 0) throw new ConflictError('The loan has already been returned.');
    return this.em.fork().findOneOrFail(EquipmentLoan, { id: loan.id });
  }

  /** 事故報告 (市民活動補償制度): a group reports an accident during its activity. */
  async reportAccident(input: ReportAccidentInput, caller: Principal | null, groupExists?: GroupExists): Promise<AccidentReport> {
    const principal = authorize(groupSupportPolicies.reportAccident, caller, { groupId: input.groupId });
    if (!isUuid(input.groupId)) throw refuse('groupId', 'INVALID_FORMAT', 'groupId is not a group id.');
    if (!principal.groupIds.includes(input.groupId) && groupExists && !(await groupExists(input.groupId))) throw new NotFoundError('Group', input.groupId);
    const issues: FieldIssue[] = [];
    const add = (field: string, code: string, message: string) => issues.push({ field: [field], code, message });
    if (input.occurredOn > todayInJapan(this.clock())) add('occurredOn', 'IN_FUTURE', 'occurredOn must not be after today.');
    if (!input.activity?.trim()) add('activity', 'REQUIRED', 'activity must not be blank.');
    else if (input.activity.length > 200) add('activity', 'TOO_LONG', 'activity must be at most 200 characters.');
    if (!input.description?.trim()) add('description', 'REQUIRED', 'description must not be blank.');
    else if (input.description.length > 4000) add('description', 'TOO_LONG', 'description must be at most 4000 characters.');
    if (!Number.isInteger(input.injuredCount) || input.injuredCount < 0 || input.injuredCount > 1000) add('injuredCount', 'OUT_OF_RANGE', 'injuredCount must be between 0 and 1000.');
    if (issues.length > 0) throw new ValidationFailedError(issues);
    const report = this.em.create(AccidentReport, {
      id: randomUUID(),
      groupId: input.groupId,
      occurredOn: input.occurredOn,
      activity: input.activity.trim(),
      description: input.description.trim(),
      injuredCount: input.injuredCount,
      reportedBy: principal.subject,
      createdAt: this.clock(),
    });
    await this.em.flush();
    return report;
  }
}
