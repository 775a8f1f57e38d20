import type { EntityManager } from '@mikro-orm/postgresql';
import { Proposal } from '@tsunagaru/collaboration-domain';
import type { RequestContext } from '@tsunagaru/shared-graphql';
import { createChildPageLoader, createIdLoader } from '@tsunagaru/shared-persistence';

export function createCollaborationLoaders(em: EntityManager) {
  return {
    proposal: createIdLoader(em, Proposal),
    /** Group.proposals (市民提案): a page per group, one statement per batch of groups. */
    proposalsByGroup: createChildPageLoader(em, { entity: Proposal, parentColumn: 'proposing_group_id' }),
    /** Department.proposals: a page per department, one statement per batch of departments. */
    proposalsByDepartment: createChildPageLoader(em, { entity: Proposal, parentColumn: 'department_id' }),
  };
}

export type CollaborationLoaders = ReturnType<typeof createCollaborationLoaders>;
export type CollaborationContext = RequestContext<CollaborationLoaders>;
