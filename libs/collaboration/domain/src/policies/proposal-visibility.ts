import { Caller, isUuid, type Principal } from '@tsunagaru/shared-kernel';
import type { SqlFragment } from '@tsunagaru/shared-persistence';
import { DECIDED_STATUSES, ProposalStatus } from '../entities/proposal-status';
import { SECRETARIAT_DEPARTMENT_SQL } from '../entities/secretariat-formula';
import { proposalPolicies } from './collaboration-policies';

/**
 * Who a caller is to the proposals they might see, as a query can use it: the groups they
 * act for and the department they work in, under the scope of `proposalPolicies.seeUndecided`.
 */
export interface ProposalVisibilityScope {
  groupIds: string[];
  departmentIds: string[];
}

export function proposalVisibilityScopeOf(principal: Principal | null | undefined): ProposalVisibilityScope {
  if (!principal) return { groupIds: [], departmentIds: [] };
  const caller = new Caller(principal, proposalPolicies.seeUndecided.scope);
  // Ids come from a token; one that is not a uuid names no row and must not reach a uuid column.
  return { groupIds: caller.groupIdsActedFor().filter(isUuid), departmentIds: caller.staffedDepartmentIds().filter(isUuid) };
}

/** A stable text for a scope, so loaders batch callers alike and cache per scope. */
export function proposalVisibilityKey(scope: ProposalVisibilityScope): string {
  return `${[...scope.groupIds].sort().join(',')}|${[...scope.departmentIds].sort().join(',')}`;
}

const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');
const PUBLIC_SQL = (alias: string) =>
  `(${alias}.status in (${quoted(DECIDED_STATUSES)}) or (${alias}.status = '${ProposalStatus.WITHDRAWN}' and ${alias}.submitted_on is not null))`;

/**
 * `isProposalVisibleTo` as a query condition on the proposal table aliased `alias`, so lists
 * are filtered in SQL and page sizes and totals stay true. It agrees with the policy for every
 * caller (proposal-visibility.system.spec.ts checks both on every row):
 * public proposals; the proposer's own (group members, or staff of the proposing department);
 * submitted ones for the responsible department and for the secretariat's staff.
 */
export function visibleProposalsSql(scope: ProposalVisibilityScope, alias: string): SqlFragment {
  // Each list goes in as one parameter: the driver spells an array as its items, so array[?] is the array.
  const conditions = [PUBLIC_SQL(alias)];
  const params: unknown[] = [];
  if (scope.groupIds.length > 0) {
    conditions.push(`(${alias}.proposer_type = 'GROUP' and ${alias}.proposing_group_id = any (array[?]::uuid[]))`);
    params.push(scope.groupIds);
  }
  if (scope.departmentIds.length > 0) {
    // Staff see their department's own city proposals from the draft on, and every proposal it
    // is responsible for once submitted; the secretariat's staff see every submitted one.
    conditions.push(`(${alias}.proposer_type = 'CITY' and ${alias}.department_id = any (array[?]::uuid[]))`);
    conditions.push(`(${alias}.submitted_on is not null and ${alias}.department_id = any (array[?]::uuid[]))`);
    conditions.push(`(${alias}.submitted_on is not null and ${SECRETARIAT_DEPARTMENT_SQL} = any (array[?]::uuid[]))`);
    params.push(scope.departmentIds, scope.departmentIds, scope.departmentIds);
  }
  return { sql: `(${conditions.join(' or ')})`, params };
}
