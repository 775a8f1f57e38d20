import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { isUuid, ValidationFailedError, type FieldIssue, type ProposerType } from '@tsunagaru/shared-kernel';
import { findPage, keysetOrder, type Page, type PageRequest } from '@tsunagaru/shared-persistence';
import { Proposal, type ProposalStatus } from '../entities';

export interface ProposalFilter {
  proposerType?: ProposerType | null;
  fiscalYear?: number | null;
  status?: ProposalStatus | null;
  /** The proposing group. */
  groupId?: string | null;
  /** The responsible department (担当課). */
  departmentId?: string | null;
}

/**
 * Newest first, in every list of proposals (the catalogue, a group's, a department's):
 * latest fiscal year, then latest submission, then id. One direction throughout, so the
 * cursor predicate is a single row comparison that the (…, fiscal_year, submitted_on, id)
 * indexes serve.
 */
export const PROPOSALS_NEWEST_FIRST = keysetOrder<Proposal>(
  { sql: 'fiscal_year', type: 'int', direction: 'desc', of: (proposal) => proposal.fiscalYear },
  { sql: 'submitted_on', type: 'date', direction: 'desc', of: (proposal) => proposal.submittedOn },
  { sql: 'id', type: 'uuid', direction: 'desc', of: (proposal) => proposal.id },
);

/** 相互提案協働事業の一覧: proposals are public (no personal data), newest fiscal year first. */
export class ProposalCatalog {
  constructor(private readonly em: EntityManager) {}

  private where(filter: ProposalFilter): FilterQuery<Proposal> {
    const issues: FieldIssue[] = [];
    for (const name of ['groupId', 'departmentId'] as const) {
      const id = filter[name];
      if (id != null && !isUuid(id)) issues.push({ field: [name], code: 'INVALID_ID', message: `${name} is not a valid id.` });
    }
    if (issues.length > 0) throw new ValidationFailedError(issues);

    const where: {
      proposerType?: ProposerType;
      fiscalYear?: number;
      status?: ProposalStatus;
      proposingGroupId?: string;
      departmentId?: string;
    } = {};
    if (filter.proposerType != null) where.proposerType = filter.proposerType;
    if (filter.fiscalYear != null) where.fiscalYear = filter.fiscalYear;
    if (filter.status != null) where.status = filter.status;
    if (filter.groupId != null) where.proposingGroupId = filter.groupId;
    if (filter.departmentId != null) where.departmentId = filter.departmentId;
    return where;
  }

  /** One page, newest first; the total is counted only if asked for. */
  async list(filter: ProposalFilter, page: PageRequest<Proposal>): Promise<Page<Proposal>> {
    return findPage(this.em, Proposal, this.where(filter), page);
  }
}
