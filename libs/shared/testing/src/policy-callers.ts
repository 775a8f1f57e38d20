import type { Principal } from '@tsunagaru/shared-kernel';
import { demoPrincipal } from '@tsunagaru/shared-demo-data';
import { demoGroupId, demoIntermediaryId } from '@tsunagaru/shared-demo-data';

/** The kinds of caller every policy is tested for. */
export type CallerKind =
  | 'anonymous'
  | 'member of the group'
  | 'member of another group'
  | "staff of the group's intermediary"
  | 'staff of another intermediary'
  | 'city staff';

/** The group the callers are arranged around: registered (or applying) at the Civic Activity Center. */
export const POLICY_TEST_GROUP = {
  groupId: demoGroupId(3),
  intermediaryId: demoIntermediaryId('civic-activity-center'),
} as const;

/** One demo principal of each kind, arranged around POLICY_TEST_GROUP. */
export const POLICY_TEST_CALLERS: Readonly<Record<CallerKind, Principal | null>> = {
  anonymous: null,
  'member of the group': demoPrincipal('member', POLICY_TEST_GROUP.groupId),
  'member of another group': demoPrincipal('member', demoGroupId(4)),
  "staff of the group's intermediary": demoPrincipal('intermediary', { intermediary: 'civic-activity-center' }),
  'staff of another intermediary': demoPrincipal('intermediary', { intermediary: 'social-welfare-council' }),
  'city staff': demoPrincipal('staff'),
};
