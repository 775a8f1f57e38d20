import type { EntityManager } from '@mikro-orm/postgresql';
import { Proposal } from '@tsunagaru/collaboration-domain';
import type { RequestContext } from '@tsunagaru/shared-graphql';
import { createChildrenLoader, createIdLoader } from '@tsunagaru/shared-persistence';

/** Newest first: latest fiscal year, then latest submission; id keeps ties stable. */
const NEWEST_FIRST = { fiscalYear: 'desc', submittedOn: 'desc', id: 'asc' } as const;

export function createCollaborationLoaders(em: EntityManager) {
  return {
    proposal: createIdLoader(em, Proposal),
    /** Proposals a group made (市民提案), one `WHERE proposing_group_id IN (...)` per batch. */
    proposalsByGroup: createChildrenLoader(em, Proposal, 'proposingGroupId', NEWEST_FIRST),
    /** Proposals a department is responsible for, one `WHERE department_id IN (...)` per batch. */
    proposalsByDepartment: createChildrenLoader(em, Proposal, 'departmentId', NEWEST_FIRST),
  };
}

export type CollaborationLoaders = ReturnType<typeof createCollaborationLoaders>;
export type CollaborationContext = RequestContext<CollaborationLoaders>;
