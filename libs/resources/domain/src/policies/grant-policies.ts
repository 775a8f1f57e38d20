import { definePolicy, type GroupIdSubject } from '@tsunagaru/shared-kernel';
import type { FundSubject } from './fund-policies';

/**
 * 助成金. A group applies to the city's programmes itself (its members; no app); its
 * applications are its own and city staff's to see. The fund's secretariat (地域のつながり推進課)
 * reviews, decides and pays, since awards are paid from the fund. Decisions and amounts of
 * awards are public (5 (1) ウ), so no policy guards them. Intermediary and city staff list
 * private foundations' programmes for information.
 */
export const grantPolicies = {
  applyForGroup: definePolicy<GroupIdSubject>(
    'grant.applyForGroup',
    { denial: "Only the group's members may apply for a grant for it." },
    (caller, { groupId }) => caller.actsFor(groupId),
  ),

  /** 申請内容 (plan, request, status before the decision, the reason): the group and city staff. */
  readApplication: definePolicy<GroupIdSubject>(
    'grant.readApplication',
    { denial: "Only the group's members and city staff may see its grant applications." },
    (caller, { groupId }) => caller.actsFor(groupId) || caller.isCityStaff(),
  ),

  /** 審査・交付決定・支払: the fund's secretariat. */
  decide: definePolicy<FundSubject>(
    'grant.decide',
    { denial: "Only the staff of the fund's secretariat may review, decide and pay grants." },
    (caller, { secretariatDepartmentId }) => caller.isStaffOfDepartment(secretariatDepartmentId),
  ),

  /** 民間助成の掲載: private programmes listed for information. */
  listPrivateProgram: definePolicy<unknown>(
    'grant.listPrivateProgram',
    { denial: 'Only intermediary or city staff may list private grant programmes.' },
    (caller) => caller.isIntermediaryStaff() || caller.isCityStaff(),
  ),
};

/**
 * 貸出備品 and 事故報告 for a group: its members, intermediary staff (who hand out the
 * equipment at the centres) and city staff. No app acts for these.
 */
export const groupSupportPolicies = {
  borrowForGroup: definePolicy<GroupIdSubject>(
    'equipment.borrowForGroup',
    { denial: "Only the group's members or staff may borrow equipment for it." },
    (caller, { groupId }) => caller.actsFor(groupId) || caller.isCityStaff() || caller.isIntermediaryStaff(),
  ),

  /** 貸出の記録 and 事故報告: the group and staff only. */
  readGroupRecords: definePolicy<GroupIdSubject>(
    'groupSupport.readGroupRecords',
    { denial: "Only the group's members or staff may see its loans and incident reports." },
    (caller, { groupId }) => caller.actsFor(groupId) || caller.isCityStaff() || caller.isIntermediaryStaff(),
  ),

  reportAccident: definePolicy<GroupIdSubject>(
    'insurance.reportAccident',
    { denial: "Only the group's members or staff may report an accident for it." },
    (caller, { groupId }) => caller.actsFor(groupId) || caller.isCityStaff() || caller.isIntermediaryStaff(),
  ),
};
