import type { Principal, Role } from '@tsunagaru/shared-kernel';
import { demoDepartmentId, demoGroupId, demoIntermediaryId } from '@tsunagaru/shared-demo-data';

/** Demo users for local development and tests; one per role. */
export function demoPrincipal(role: Role, groupId?: string): Principal {
  switch (role) {
    case 'staff':
      return {
        subject: 'demo-staff',
        role,
        displayName: '鎌倉 太郎（地域のつながり推進課）',
        groupIds: [],
        departmentId: demoDepartmentId('community-connection'),
      };
    case 'intermediary':
      return {
        subject: 'demo-intermediary',
        role,
        displayName: '由比 花子（市民活動センター）',
        groupIds: [],
        intermediaryId: demoIntermediaryId('civic-activity-center'),
      };
    case 'member':
      return {
        subject: `demo-member-${groupId ?? demoGroupId(0)}`,
        role,
        displayName: '長谷 一郎',
        groupIds: [groupId ?? demoGroupId(0)],
      };
  }
}
