import { describe, expect, it } from 'vitest';
import { type Decision, type GroupIdSubject, type Policy } from '@tsunagaru/shared-kernel';
import { demoDepartmentId, demoPrincipal, POLICY_TEST_CALLERS, POLICY_TEST_GROUP, type CallerKind } from '@tsunagaru/shared-testing';
import { grantPolicies, groupSupportPolicies } from './grant-policies';

const subject = { groupId: POLICY_TEST_GROUP.groupId };

describe('grantPolicies.applyForGroup: the group itself only', () => {
  const expected: Record<CallerKind, Decision> = {
    anonymous: 'unauthenticated',
    'member of the group': 'allow',
    'member of another group': 'forbidden',
    "staff of the group's intermediary": 'forbidden',
    'staff of another intermediary': 'forbidden',
    'city staff': 'forbidden',
  };
  it.each(Object.keys(expected) as CallerKind[])('%s', (kind) => {
    expect(grantPolicies.applyForGroup.decide(POLICY_TEST_CALLERS[kind], subject)).toBe(expected[kind]);
  });
});

describe('grantPolicies.readApplication: the group and city staff', () => {
  const expected: Record<CallerKind, Decision> = {
    anonymous: 'unauthenticated',
    'member of the group': 'allow',
    'member of another group': 'forbidden',
    "staff of the group's intermediary": 'forbidden',
    'staff of another intermediary': 'forbidden',
    'city staff': 'allow',
  };
  it.each(Object.keys(expected) as CallerKind[])('%s', (kind) => {
    expect(grantPolicies.readApplication.decide(POLICY_TEST_CALLERS[kind], subject)).toBe(expected[kind]);
  });

  it('never lets an app read applications', () => {
    expect(grantPolicies.readApplication.decide({ ...POLICY_TEST_CALLERS['member of the group']!, scopes: ['group:read-private'] }, subject)).toBe('forbidden');
  });
});

describe("grantPolicies.decide: the fund's secretariat", () => {
  it('allows its staff, refuses other departments and everyone else', () => {
    const office = { secretariatDepartmentId: demoDepartmentId('community-connection') };
    expect(grantPolicies.decide.decide(demoPrincipal('staff'), office)).toBe('allow');
    expect(grantPolicies.decide.decide(demoPrincipal('staff', { department: 'environment' }), office)).toBe('forbidden');
    expect(grantPolicies.decide.decide(demoPrincipal('intermediary'), office)).toBe('forbidden');
    expect(grantPolicies.decide.decide(null, office)).toBe('unauthenticated');
  });
});

describe.each([
  ['borrowForGroup', groupSupportPolicies.borrowForGroup],
  ['readGroupRecords', groupSupportPolicies.readGroupRecords],
  ['reportAccident', groupSupportPolicies.reportAccident],
] as Array<[string, Policy<GroupIdSubject>]>)('groupSupportPolicies.%s: the group and staff', (_name, policy) => {
  const expected: Record<CallerKind, Decision> = {
    anonymous: 'unauthenticated',
    'member of the group': 'allow',
    'member of another group': 'forbidden',
    "staff of the group's intermediary": 'allow',
    'staff of another intermediary': 'allow',
    'city staff': 'allow',
  };
  it.each(Object.keys(expected) as CallerKind[])('%s', (kind) => {
    expect(policy.decide(POLICY_TEST_CALLERS[kind], subject)).toBe(expected[kind]);
  });
});
