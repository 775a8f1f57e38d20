import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Proposal,
  proposalVisibilityKey,
  SECRETARIAT_DEPARTMENT_SQL,
  visibleProposalsSql,
  type ProposalVisibilityScope,
} from '@tsunagaru/collaboration-domain';
import { isUuid } from '@tsunagaru/shared-kernel';
import { batchByArguments, toPage, type Page, type PageRequest, type SqlFragment } from '@tsunagaru/shared-persistence';

/** How a parent relates to its proposals. */
export type ProposalParent =
  /** Group.proposals: the proposals a group made. */
  | 'proposer'
  /** Group.collaborations: proposals a group is a party to, as proposer or as partner. */
  | 'party'
  /** Department.proposals: proposals a department made or is responsible for. */
  | 'department';

const MATCH: Record<ProposalParent, (alias: string) => string> = {
  proposer: (alias) => `${alias}.proposing_group_id = parent.id`,
  // The containment test is what the GIN index on partner_group_ids serves.
  party: (alias) => `(${alias}.proposing_group_id = parent.id or ${alias}.partner_group_ids @> array[parent.id])`,
  department: (alias) => `${alias}.department_id = parent.id`,
};

interface Key {
  parentId: string;
  request: PageRequest<Proposal>;
  scope: ProposalVisibilityScope;
}

/**
 * A page of proposals per parent, as the caller may see them, newest first: like the shared
 * "first N per parent" loader (one lateral statement per batch of parents, counts only for
 * totalCount), with the visibility rule in the WHERE clause and the secretariat's department
 * read along with each row, which the shared loader cannot do. Hidden proposals (drafts,
 * proposals under review) never leave the database for a caller who may not see them.
 */
export function createProposalPageLoader(em: EntityManager, parent: ProposalParent) {
  const match = MATCH[parent];
  const rows = new DataLoader<Key, Proposal[], string>(
    (keys) =>
      batchByArguments(
        keys,
        (key) => `${key.request.key}|${proposalVisibilityKey(key.scope)}`,
        async (same) => {
          const { request, scope } = same[0];
          const parents = [...new Set(same.map((key) => key.parentId))].filter(isUuid);
          const byParent = new Map<string, Proposal[]>(parents.map((id) => [id, []]));
          if (parents.length > 0) {
            const conditions: SqlFragment[] = [visibleProposalsSql(scope, 'candidate')];
            if (request.after) conditions.push(request.order.after('candidate', request.after));
            const found = await em.getConnection().execute<Array<Record<string, unknown>>>(
              `select parent.id as "__parent_id", child.*
                 from unnest(array[?]::uuid[]) with ordinality as parent (id, position)
                 cross join lateral (
                   select candidate.*, ${SECRETARIAT_DEPARTMENT_SQL} as secretariat_department_id from proposal as candidate
                    where ${match('candidate')}${conditions.map((condition) => ` and ${condition.sql}`).join('')}
                    order by ${request.order.orderBy('candidate')}
                    limit ?
                 ) as child
                order by parent.position, ${request.order.orderBy('child')}`,
              [parents, ...conditions.flatMap((condition) => condition.params), request.first + 1],
            );
            for (const { __parent_id: parentId, ...row } of found) byParent.get(String(parentId))?.push(em.map(Proposal, row as never));
          }
          return same.map((key) => byParent.get(key.parentId) ?? []);
        },
      ),
    { cacheKeyFn: (key) => `${key.parentId}|${key.request.key}|${proposalVisibilityKey(key.scope)}`, maxBatchSize: 1000 },
  );

  const counts = new DataLoader<Omit<Key, 'request'>, number, string>(
    (keys) =>
      batchByArguments(
        keys,
        (key) => proposalVisibilityKey(key.scope),
        async (same) => {
          const parents = [...new Set(same.map((key) => key.parentId))].filter(isUuid);
          const totals = new Map<string, number>();
          if (parents.length > 0) {
            const visible = visibleProposalsSql(same[0].scope, 'candidate');
            const found = await em.getConnection().execute<Array<{ parent_id: string; total: number }>>(
              `select parent.id as parent_id, count(candidate.id)::int as total
                 from unnest(array[?]::uuid[]) as parent (id)
                 join proposal as candidate on ${match('candidate')} and ${visible.sql}
                group by parent.id`,
              [parents, ...visible.params],
            );
            for (const row of found) totals.set(String(row.parent_id), Number(row.total));
          }
          return same.map((key) => totals.get(key.parentId) ?? 0);
        },
      ),
    { cacheKeyFn: (key) => `${key.parentId}|${proposalVisibilityKey(key.scope)}`, maxBatchSize: 1000 },
  );

  return {
    async load(parentId: string, request: PageRequest<Proposal>, scope: ProposalVisibilityScope): Promise<Page<Proposal>> {
      const fetched = await rows.load({ parentId, request, scope });
      return toPage(request, fetched, () => counts.load({ parentId, scope }));
    },
  };
}
