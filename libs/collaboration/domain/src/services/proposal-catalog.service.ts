import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, ValidationFailedError, type FieldIssue, type Principal, type ProposerType } from '@tsunagaru/shared-kernel';
import { keysetOrder, toPage, type Page, type PageRequest, type SqlFragment } from '@tsunagaru/shared-persistence';
import { Proposal, type ProposalStatus } from '../entities';
import { proposalVisibilityScopeOf, visibleProposalsSql } from '../policies';

export interface ProposalFilter {
  proposerType?: ProposerType | null;
  fiscalYear?: number | null;
  /** First and last fiscal year, both inclusive. */
  fiscalYearFrom?: number | null;
  fiscalYearTo?: number | null;
  status?: ProposalStatus | null;
  statuses?: ProposalStatus[] | null;
  /** The proposing group. */
  groupId?: string | null;
  /** The responsible department (担当課). */
  departmentId?: string | null;
  /** The city challenge answered. */
  challengeId?: string | null;
}

/**
 * Newest first, in every list of proposals (the catalogue, a group's, a department's):
 * latest fiscal year, then latest submission, then id. Drafts have no submission date and
 * sort as if submitted on the first day of their year. One direction throughout, so the
 * cursor predicate is a single row comparison.
 */
export const PROPOSALS_NEWEST_FIRST = keysetOrder<Proposal>(
  { sql: 'fiscal_year', type: 'int', direction: 'desc', of: (proposal) => proposal.fiscalYear },
  {
    sql: (alias) => `coalesce(${alias}.submitted_on, make_date(${alias}.fiscal_year, 4, 1))`,
    type: 'date',
    direction: 'desc',
    of: (proposal) => proposal.submittedOn ?? `${String(proposal.fiscalYear).padStart(4, '0')}-04-01`,
  },
  { sql: 'id', type: 'uuid', direction: 'desc', of: (proposal) => proposal.id },
);

/** 相互提案協働事業の一覧: what each caller may see of the proposals, filtered in SQL, newest first. */
export class ProposalCatalog {
  constructor(private readonly em: EntityManager) {}

  private conditions(filter: ProposalFilter, principal: Principal | null | undefined, alias: string): SqlFragment[] {
    const issues: FieldIssue[] = [];
    for (const name of ['groupId', 'departmentId', 'challengeId'] as const) {
      const id = filter[name];
      if (id != null && !isUuid(id)) issues.push({ field: [name], code: 'INVALID_ID', message: `${name} is not a valid id.` });
    }
    if (filter.fiscalYearFrom != null && filter.fiscalYearTo != null && filter.fiscalYearFrom > filter.fiscalYearTo) {
      issues.push({ field: ['fiscalYearTo'], code: 'INVALID_RANGE', message: 'fiscalYearTo must not be before fiscalYearFrom.' });
    }
    if (issues.length > 0) throw new ValidationFailedError(issues);

    const conditions: SqlFragment[] = [visibleProposalsSql(proposalVisibilityScopeOf(principal), alias)];
    const equal = (column: string, value: unknown) => conditions.push({ sql: `${alias}.${column} = ?`, params: [value] });
    if (filter.proposerType != null) equal('proposer_type', filter.proposerType);
    if (filter.fiscalYear != null) equal('fiscal_year', filter.fiscalYear);
    if (filter.fiscalYearFrom != null) conditions.push({ sql: `${alias}.fiscal_year >= ?`, params: [filter.fiscalYearFrom] });
    if (filter.fiscalYearTo != null) conditions.push({ sql: `${alias}.fiscal_year <= ?`, params: [filter.fiscalYearTo] });
    if (filter.status != null) equal('status', filter.status);
    if (filter.statuses != null && filter.statuses.length > 0) {
      conditions.push({ sql: `${alias}.status in (${filter.statuses.map(() => '?').join(', ')})`, params: [...filter.statuses] });
    }
    if (filter.groupId != null) equal('proposing_group_id', filter.groupId);
    if (filter.departmentId != null) equal('department_id', filter.departmentId);
    if (filter.challengeId != null) equal('challenge_id', filter.challengeId);
    return conditions;
  }

  /** One page, newest first; the total is counted only if asked for. */
  async list(filter: ProposalFilter, page: PageRequest<Proposal>, principal?: Principal | null): Promise<Page<Proposal>> {
    const alias = 'e';
    const conditions = this.conditions(filter, principal, alias);
    if (page.after) conditions.push(page.order.after(alias, page.after));
    const qb = this.em.createQueryBuilder(Proposal, alias).select('*');
    for (const condition of conditions) qb.andWhere(condition.sql, condition.params);
    qb.orderBy(page.order.columns.map((column, index) => ({ [raw(page.order.expression(index, alias))]: column.direction })) as never);
    qb.limit(page.first + 1);
    const rows = await qb.getResultList();
    return toPage(page, rows, async () => {
      const counted = this.em.createQueryBuilder(Proposal, alias);
      for (const condition of this.conditions(filter, principal, alias)) counted.andWhere(condition.sql, condition.params);
      return counted.getCount();
    });
  }
}
