import type { Principal, Role } from '@tsunagaru/shared-kernel';
import { DEMO_DEPARTMENTS } from './departments';
import { demoDepartmentId, demoGroupId, demoIntermediaryId } from './demo-ids';
import { DEMO_INTERMEDIARIES } from './intermediaries';

/** Who a demo user is beyond their role. Each option means something for one role only. */
export interface DemoPrincipalOptions {
  /** member: the group they belong to; the first demo group by default. */
  groupId?: string;
  /** intermediary: the code of the intermediary they work for; the Civic Activity Center by default. */
  intermediary?: string;
  /**
   * staff: their department, by code (`environment`) or by id; 地域のつながり推進課 (the
   * secretariat of the mutual-proposal programme) by default.
   */
  department?: string;
}

/**
 * The option a role's demo user is told apart by, e.g. for `npm run token -- intermediary social-welfare-council`;
 * null for a role with one demo user only.
 */
export const DEMO_PRINCIPAL_OPTION_BY_ROLE: Readonly<Record<Role, keyof DemoPrincipalOptions | null>> = {
  staff: 'department',
  intermediary: 'intermediary',
  member: 'groupId',
  reviewer: null,
};

function unexpectedOptions(role: Role, options: DemoPrincipalOptions): string[] {
  return Object.entries(options)
    .filter(([name, value]) => value !== undefined && name !== DEMO_PRINCIPAL_OPTION_BY_ROLE[role])
    .map(([name]) => name);
}

/** How each role's demo user is made from the option that tells them apart. */
const DEMO_USERS: Readonly<Record<Role, (options: DemoPrincipalOptions) => Principal>> = {
  staff: ({ department: codeOrId = 'community-connection' }) => {
    const department = DEMO_DEPARTMENTS.find((candidate) => candidate.code === codeOrId || demoDepartmentId(candidate.code) === codeOrId);
    if (!department) throw new RangeError(`no demo department has the code or id ${codeOrId}`);
    const { code } = department;
    return {
      subject: code === 'community-connection' ? 'demo-staff' : `demo-staff-${code}`,
      role: 'staff',
      displayName: `鎌倉 太郎（${department.name}）`,
      groupIds: [],
      departmentId: demoDepartmentId(code),
    };
  },
  intermediary: ({ intermediary: code = 'civic-activity-center' }) => {
    const intermediary = DEMO_INTERMEDIARIES.find((candidate) => candidate.code === code);
    if (!intermediary) throw new RangeError(`no demo intermediary has the code ${code}`);
    return {
      subject: code === 'civic-activity-center' ? 'demo-intermediary' : `demo-intermediary-${code}`,
      role: 'intermediary',
      displayName: `由比 花子（${intermediary.name}）`,
      groupIds: [],
      intermediaryId: demoIntermediaryId(code),
    };
  },
  member: ({ groupId = demoGroupId(0) }) => ({ subject: `demo-member-${groupId}`, role: 'member', displayName: '長谷 一郎', groupIds: [groupId] }),
  // A member of the promotion committee (市民活動推進委員会), the guideline's third party in evaluations.
  reviewer: () => ({ subject: 'demo-reviewer', role: 'reviewer', displayName: '稲村 智子（市民活動推進委員会）', groupIds: [] }),
};

/**
 * Demo users for local development and tests: one per role by default, and staff of any
 * demo intermediary or department on request. The second argument may be a group id
 * (members) for brevity.
 */
export function demoPrincipal(role: Role, groupIdOrOptions?: string | DemoPrincipalOptions): Principal {
  const options: DemoPrincipalOptions = typeof groupIdOrOptions === 'string' ? { groupId: groupIdOrOptions } : (groupIdOrOptions ?? {});
  const unexpected = unexpectedOptions(role, options);
  if (unexpected.length > 0) throw new RangeError(`${unexpected.join(', ')} means nothing for a ${role} demo user`);
  return DEMO_USERS[role](options);
}
