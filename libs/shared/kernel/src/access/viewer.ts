import { apiScopesCoveredBy, type ApiScope } from './api-scopes';
import type { Principal, Role } from './principal';

/** A token names a handful of groups; the viewer lists at most this many. */
export const MAX_VIEWER_GROUPS = 20;

/**
 * Who a caller is, as `viewer` tells them: a description of the verified principal, never a
 * decision (policies decide). An app's scopes are given as the grants (ApiScope) its token
 * covers in full; a person has none (null), since a role's rights are not narrowed by scopes.
 */
export interface ViewerDescription {
  role: Role;
  groupIds: string[];
  departmentId: string | null;
  intermediaryId: string | null;
  scopes: ApiScope[] | null;
  clientId: string | null;
}

export function describeViewer(principal: Principal | null | undefined): ViewerDescription | null {
  if (!principal) return null;
  return {
    role: principal.role,
    groupIds: principal.groupIds.slice(0, MAX_VIEWER_GROUPS),
    departmentId: principal.departmentId ?? null,
    intermediaryId: principal.intermediaryId ?? null,
    scopes: principal.scopes ? apiScopesCoveredBy(principal.scopes) : null,
    clientId: principal.clientId ?? null,
  };
}
