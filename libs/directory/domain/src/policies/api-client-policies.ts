import { definePolicy, type GroupIdSubject } from '@tsunagaru/shared-kernel';

/**
 * API クライアント: a group's own members register, list and revoke the apps that act for
 * it; city staff may too (support, abuse). No app ever manages apps: the policy names no
 * scope, so a delegated credential never passes, whatever scopes it holds.
 */
export const apiClientPolicies = {
  manage: definePolicy<GroupIdSubject>(
    'apiClient.manage',
    { denial: "Only the group's own members and city staff may register, list or revoke its apps." },
    (caller, group) => caller.isCityStaff() || caller.actsFor(group.groupId),
  ),
};
