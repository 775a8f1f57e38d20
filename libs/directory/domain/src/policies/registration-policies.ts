import { definePolicy, type GroupSubject } from '@tsunagaru/shared-kernel';

/**
 * 団体登録: a registration belongs to the intermediary where the group applied (by default
 * the Civic Activity Center). Its staff decide on it; city staff may too. Staff of other
 * intermediaries may not, and no app ever decides (the policy names no scope).
 */
export const registrationPolicies = {
  decide: definePolicy<GroupSubject>(
    'groupRegistration.decide',
    { denial: 'Only staff of the intermediary where the group applied, or city staff, may decide on its registration.' },
    (caller, group) => caller.isCityStaff() || caller.isStaffOfIntermediary(group.intermediaryId),
  ),
};
