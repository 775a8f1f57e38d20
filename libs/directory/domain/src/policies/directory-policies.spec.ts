import { describe, expect, it } from 'vitest';
import { type Decision } from '@tsunagaru/shared-kernel';
import { POLICY_TEST_CALLERS, POLICY_TEST_GROUP, type CallerKind } from '@tsunagaru/shared-testing';
import { RegistrationStatus } from '../entities/registration-status';
import { isGroupVisibleTo } from './group-visibility';
import { registrationPolicies } from './registration-policies';

const kinds = Object.keys(POLICY_TEST_CALLERS) as CallerKind[];
const record = { id: POLICY_TEST_GROUP.groupId, registeredAtIntermediaryId: POLICY_TEST_GROUP.intermediaryId };

describe('registrationPolicies.decide (approve or reject an application)', () => {
  const expected: Record<CallerKind, Decision> = {
    anonymous: 'unauthenticated',
    'member of the group': 'forbidden',
    'member of another group': 'forbidden',
    "staff of the group's intermediary": 'allow',
    'staff of another intermediary': 'forbidden',
    'city staff': 'allow',
  };
  it.each(kinds)('%s', (kind) => {
    expect(registrationPolicies.decide.decide(POLICY_TEST_CALLERS[kind], POLICY_TEST_GROUP)).toBe(expected[kind]);
  });

  it('is never open to an app acting for the group, whatever its scopes', () => {
    const app = { ...POLICY_TEST_CALLERS['member of the group']!, scopes: ['group:read', 'group:write', 'group:read-private'] as never };
    expect(registrationPolicies.decide.decide(app, POLICY_TEST_GROUP)).toBe('forbidden');
  });
});

describe('isGroupVisibleTo (every road to a Group)', () => {
  const seesUnregistered: Record<CallerKind, boolean> = {
    anonymous: false,
    'member of the group': true,
    'member of another group': false,
    "staff of the group's intermediary": true,
    'staff of another intermediary': false,
    'city staff': true,
  };

  it.each(kinds)('%s sees a registered group', (kind) => {
    expect(isGroupVisibleTo(POLICY_TEST_CALLERS[kind], { ...record, registrationStatus: RegistrationStatus.REGISTERED })).toBe(true);
  });

  it.each(kinds.flatMap((kind) => [RegistrationStatus.PENDING, RegistrationStatus.REJECTED].map((status) => [kind, status] as const)))(
    '%s and a %s group',
    (kind, status) => {
      expect(isGroupVisibleTo(POLICY_TEST_CALLERS[kind], { ...record, registrationStatus: status })).toBe(seesUnregistered[kind]);
    },
  );
});
