import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  authorize,
  fiscalYearInterval,
  isUuid,
  NotFoundError,
  requirePrincipal,
  type Principal,
  IssueCollector,
  refuse,
} from '@tsunagaru/shared-kernel';
import { keysetOrder, type Page, type PageRequest, toPage, sql } from '@tsunagaru/shared-persistence';
import {
  ConsultationOutcome,
  ConsultationRecipient,
  ConsultationRequest,
  ConsultationRequestStatus,
  ConsultationTopic,
} from '../entities';
import { consultationPolicies, consultationVisibilityOf } from '../policies';

export const CONSULTATIONS_NEWEST_FIRST = keysetOrder<ConsultationRequest>(
  { sql: 'requested_at', type: 'timestamp', direction: 'desc', of: (consultation) => consultation.requestedAt },
  { sql: 'id', type: 'uuid', of: (consultation) => consultation.id },
);

export interface ConsultationRequestInput {
  recipient: ConsultationRecipient;
  intermediaryId?: string | null;
  groupId?: string | null;
  topic: ConsultationTopic;
  question: string;
}

export interface ConsultationUpdate {
  consultationId: string;
  status?: ConsultationRequestStatus | null;
  assigneeName?: string | null;
  notes?: string | null;
  outcome?: ConsultationOutcome | null;
}

export interface ConsultationCounts {
  byTopic: Array<{ topic: ConsultationTopic; count: number }>;
  byOutcome: Array<{ outcome: ConsultationOutcome; count: number }>;
  open: number;
}

/** 相談 (4 (4), 6 (4) イ): requests to an intermediary or the collaboration coordinator. */
export class Consultations {
  constructor(private readonly em: EntityManager) {}

  async request(input: ConsultationRequestInput, caller: Principal | null): Promise<ConsultationRequest> {
    const principal = requirePrincipal(caller);
    const issues = new IssueCollector();
    issues.text('question', input.question, 4000, true);
    if (input.groupId != null && !isUuid(input.groupId)) issues.add('groupId', 'INVALID_FORMAT', 'groupId is not a group id.');
    if (input.recipient === ConsultationRecipient.INTERMEDIARY) {
      if (input.intermediaryId == null) issues.add('intermediaryId', 'REQUIRED', 'Name the intermediary you ask.');
      else if (!isUuid(input.intermediaryId)) issues.add('intermediaryId', 'INVALID_FORMAT', 'intermediaryId is not an intermediary id.');
    } else if (input.intermediaryId != null) {
      issues.add('intermediaryId', 'NOT_ALLOWED', 'A request to the collaboration coordinator names no intermediary.');
    }
    issues.throwIfAny();
    authorize(consultationPolicies.request, principal, { groupId: input.groupId ?? null });
    const id = randomUUID();
    await sql(
      this.em,
      `insert into consultation_request (id, requester_subject, requester_name, group_id, recipient, intermediary_id, topic, question, status, notes, requested_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', '', now())`,
      [id, principal.subject, principal.displayName ?? null, input.groupId ?? null, input.recipient, input.intermediaryId ?? null, input.topic, input.question.trim()],
    );
    return this.em.findOneOrFail(ConsultationRequest, { id }, { refresh: true });
  }

  /** Assign, note, move on, close with an outcome: one conditional update, the row locked by it. */
  async update(change: ConsultationUpdate, caller: Principal | null): Promise<ConsultationRequest> {
    requirePrincipal(caller);
    if (!isUuid(change.consultationId)) throw refuse('consultationId', 'INVALID_FORMAT', 'consultationId is not a consultation id.');
    const issues = new IssueCollector();
    issues.text('notes', change.notes, 8000, false);
    issues.text('assigneeName', change.assigneeName, 100, false);
    if (change.status === ConsultationRequestStatus.CLOSED && change.outcome == null) issues.add('outcome', 'REQUIRED', 'Closing a consultation records its outcome.');
    if (change.outcome != null && change.status !== ConsultationRequestStatus.CLOSED) issues.add('status', 'REQUIRED', 'An outcome is recorded when closing (status CLOSED).');
    issues.throwIfAny();
    return this.em.transactional(async (tx) => {
      const [row] = await sql<{ intermediary_id: string | null; status: ConsultationRequestStatus }>(
        tx,
        'select intermediary_id, status from consultation_request where id = ? for update',
        [change.consultationId],
      );
      if (!row) throw new NotFoundError('ConsultationRequest', change.consultationId);
      authorize(consultationPolicies.handle, caller, { intermediaryId: row.intermediary_id });
      if (row.status === ConsultationRequestStatus.CLOSED) throw refuse('consultationId', 'CLOSED', 'This consultation is closed.');
      const closing = change.status === ConsultationRequestStatus.CLOSED;
      await sql(
        tx,
        `update consultation_request
            set status = coalesce(?, status), assignee_name = coalesce(?, assignee_name), notes = coalesce(?, notes),
                outcome = ?, closed_at = case when ? then now() else null end
          where id = ?`,
        [change.status ?? null, change.assigneeName ?? null, change.notes ?? null, closing ? change.outcome : null, closing, change.consultationId],
      );
      return tx.findOneOrFail(ConsultationRequest, { id: change.consultationId }, { refresh: true });
    });
  }

  /** The consultations the caller may see, filtered in SQL as consultationPolicies.read decides. */
  async visible(caller: Principal | null, page: PageRequest<ConsultationRequest>): Promise<Page<ConsultationRequest>> {
    const who = consultationVisibilityOf(caller);
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (!who.all) {
      const any: string[] = [];
      if (who.personSubject) {
        any.push('c.requester_subject = ?');
        params.push(who.personSubject);
      }
      if (who.groupIds.length > 0) {
        any.push(`c.group_id in (${who.groupIds.map(() => '?').join(', ')})`);
        params.push(...who.groupIds);
      }
      if (who.intermediaryIds.length > 0) {
        any.push(`c.intermediary_id in (${who.intermediaryIds.map(() => '?').join(', ')})`);
        params.push(...who.intermediaryIds);
      }
      conditions.push(any.length > 0 ? `(${any.join(' or ')})` : 'false');
    }
    const countConditions = [...conditions];
    const countParams = [...params];
    if (page.after) {
      const after = page.order.after('c', page.after);
      conditions.push(after.sql);
      params.push(...after.params);
    }
    const where = conditions.length > 0 ? `where ${conditions.join(' and ')}` : '';
    const order = page.order.columns.map((column, index) => `${page.order.expression(index, 'c')} ${column.direction}`).join(', ');
    const rows = await sql<{ id: string }>(this.em, `select c.id from consultation_request c ${where} order by ${order} limit ?`, [...params, page.first + 1]);
    const entities = rows.length > 0 ? await this.em.find(ConsultationRequest, { id: { $in: rows.map((row) => row.id) } }) : [];
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    return toPage(page, rows.map((row) => byId.get(row.id)!), async () => {
      const countWhere = countConditions.length > 0 ? `where ${countConditions.join(' and ')}` : '';
      const [count] = await sql<{ n: string }>(this.em, `select count(*) as n from consultation_request c ${countWhere}`, countParams);
      return Number(count.n);
    });
  }

  /** 相談件数: counts by topic and outcome for a fiscal year (public figures). */
  async counts(fiscalYear: number): Promise<ConsultationCounts> {
    const { start, end } = fiscalYearInterval(fiscalYear);
    const rows = await sql<{ kind: string; value: string | null; n: string }>(
      this.em,
      `select case when grouping(topic) = 0 then 'topic' when grouping(outcome) = 0 then 'outcome' else 'open' end as kind,
              coalesce(topic, outcome) as value, count(*) as n
         from (select topic, outcome, status from consultation_request where requested_at >= ? and requested_at < ?) c
        group by grouping sets ((topic), (outcome), ())`,
      [start, end],
    );
    const count = (kind: string, value: string) => Number(rows.find((row) => row.kind === kind && row.value === value)?.n ?? 0);
    const [open] = await sql<{ n: string }>(this.em, `select count(*) as n from consultation_request where requested_at >= ? and requested_at < ? and status <> 'CLOSED'`, [start, end]);
    return {
      byTopic: Object.values(ConsultationTopic).map((topic) => ({ topic, count: count('topic', topic) })),
      byOutcome: Object.values(ConsultationOutcome).map((outcome) => ({ outcome, count: count('outcome', outcome) })),
      open: Number(open.n),
    };
  }
}
