import { describe, expect, it } from 'vitest';
import { type Decision, type GroupIdSubject, type Policy } from '@tsunagaru/shared-kernel';
import { POLICY_TEST_CALLERS, POLICY_TEST_GROUP, type CallerKind } from '@tsunagaru/shared-testing';
import { trainingPolicies } from './training-policies';

const kinds = Object.keys(POLICY_TEST_CALLERS) as CallerKind[];

// Engagement knows a group by its id only: staff of any intermediary support any group.
const forTheGroup: Record<CallerKind, Decision> = {
  anonymous: 'unauthenticated',
  'member of the group': 'allow',
  'member of another group': 'forbidden',
  "staff of the group's intermediary": 'allow',
  'staff of another intermediary': 'allow',
  'city staff': 'allow',
};

describe.each([
  ['enrollGroup', trainingPolicies.enrollGroup, 'training:enroll'],
  ['readGroupEnrollments', trainingPolicies.readGroupEnrollments, 'training:read'],
] as Array<[string, Policy<GroupIdSubject>, string]>)('trainingPolicies.%s', (_name, policy, scope) => {
  it.each(kinds)('%s', (kind) => {
    expect(policy.decide(POLICY_TEST_CALLERS[kind], { groupId: POLICY_TEST_GROUP.groupId })).toBe(forTheGroup[kind]);
  });

  it(`lets an app acting for the group pass only with ${scope}`, () => {
    const member = POLICY_TEST_CALLERS['member of the group']!;
    expect(policy.decide({ ...member, scopes: [scope as never] }, { groupId: POLICY_TEST_GROUP.groupId })).toBe('allow');
    expect(policy.decide({ ...member, scopes: ['venues:book'] }, { groupId: POLICY_TEST_GROUP.groupId })).toBe('forbidden');
  });
});

describe('trainingPolicies.readProgramEnrollments', () => {
  const expected: Record<CallerKind, Decision> = {
    anonymous: 'unauthenticated',
    'member of the group': 'forbidden',
    'member of another group': 'forbidden',
    "staff of the group's intermediary": 'allow',
    'staff of another intermediary': 'allow',
    'city staff': 'allow',
  };
  it.each(kinds)('%s', (kind) => {
    expect(trainingPolicies.readProgramEnrollments.decide(POLICY_TEST_CALLERS[kind], { programId: 'p' })).toBe(expected[kind]);
  });
});
