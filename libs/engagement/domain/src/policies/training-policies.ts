import { definePolicy, type GroupIdSubject } from '@tsunagaru/shared-kernel';

/**
 * 研修への参加: engagement knows a group only by its id. The group itself (its members, or
 * an app with the named scope), city staff and staff of any intermediary may enrol it and
 * see its enrolments; who attends a programme is for staff only.
 */
export const trainingPolicies = {
  enrollGroup: definePolicy<GroupIdSubject>(
    'training.enrollGroup',
    { scope: 'training:enroll', denial: "Only the group's members or staff may enrol it in training." },
    (caller, { groupId }) => caller.actsFor(groupId) || caller.isCityStaff() || caller.isIntermediaryStaff(),
  ),

  readGroupEnrollments: definePolicy<GroupIdSubject>(
    'training.readGroupEnrollments',
    { scope: 'training:read', denial: "Only the group's members or staff may see its training enrolments." },
    (caller, { groupId }) => caller.actsFor(groupId) || caller.isCityStaff() || caller.isIntermediaryStaff(),
  ),

  /** Every enrolment in one programme: which groups send whom is not public. */
  readProgramEnrollments: definePolicy<{ programId: string }>(
    'training.readProgramEnrollments',
    { denial: 'Only city staff and intermediary staff may see who enrolled in a programme.' },
    (caller) => caller.isCityStaff() || caller.isIntermediaryStaff(),
  ),
};
