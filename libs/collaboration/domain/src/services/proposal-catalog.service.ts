import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { isUuid, ValidationFailedError, type FieldIssue, type ProposerType } from '@tsunagaru/shared-kernel';
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

export interface ProposalPage {
  first: number;
  /** Sort key (fiscalYear, id) of the last row already seen, as decoded from a cursor. */
  after: ReadonlyArray<string | number> | null;
}

/** The sort key a page cursor holds: newest fiscal year first, then id. */
export function proposalSortKey(proposal: Pick<Proposal, 'fiscalYear' | 'id'>): [number, string] {
  return [proposal.fiscalYear, proposal.id];
}

function checkCursor(after: ReadonlyArray<string | number> | null): [number, string] | null {
  if (after === null) return null;
  const [fiscalYear, id] = after;
  if (after.length === 2 && typeof fiscalYear === 'number' && Number.isInteger(fiscalYear) && isUuid(id)) return [fiscalYear, id];
  throw new ValidationFailedError([{ field: ['after'], code: 'INVALID_CURSOR', message: 'after is not a cursor from this list.' }]);
}

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

  /** One page (fiscal year descending, then id) plus the total: two statements. */
  async list(filter: ProposalFilter, page: ProposalPage): Promise<{ rows: Proposal[]; totalCount: number }> {
    const where = this.where(filter);
    const after = checkCursor(page.after);
    const pageWhere: FilterQuery<Proposal> = after
      ? { $and: [where, { $or: [{ fiscalYear: { $lt: after[0] } }, { fiscalYear: after[0], id: { $gt: after[1] } }] }] }
      : where;
    const [rows, totalCount] = await Promise.all([
      this.em.find(Proposal, pageWhere, { orderBy: { fiscalYear: 'desc', id: 'asc' }, limit: page.first + 1 }),
      this.em.count(Proposal, where),
    ]);
    return { rows, totalCount };
  }

  /** One proposal; null when unknown (an id that is not a uuid is unknown too). */
  async find(id: string): Promise<Proposal | null> {
    return isUuid(id) ? this.em.findOne(Proposal, { id }) : null;
  }
}
