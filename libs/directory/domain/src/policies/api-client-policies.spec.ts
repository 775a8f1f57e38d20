import { describe, expect, it } from 'vitest';
import { SCOPES, type Decision } from '@tsunagaru/shared-kernel';
import { POLICY_TEST_CALLERS, POLICY_TEST_GROUP, type CallerKind } from '@tsunagaru/shared-testing';
import { apiClientPolicies } from './api-client-policies';

const kinds = Object.keys(POLICY_TEST_CALLERS) as CallerKind[];

describe('apiClientPolicies.manage (register, list and revoke the apps of a group)', () => {
  const expected: Record<CallerKind, Decision> = {
    anonymous: 'unauthenticated',
    'member of the group': 'allow',
    'member of another group': 'forbidden',
    "staff of the group's intermediary": 'forbidden',
    'staff of another intermediary': 'forbidden',
    'city staff': 'allow',
  };
  it.each(kinds)('%s', (kind) => {
    expect(apiClientPolicies.manage.decide(POLICY_TEST_CALLERS[kind], POLICY_TEST_GROUP)).toBe(expected[kind]);
  });

  it('is never open to an app, even one holding every scope for the group', () => {
    const app = { ...POLICY_TEST_CALLERS['member of the group']!, clientId: 'tgapp_x', scopes: [...SCOPES] };
    expect(apiClientPolicies.manage.decide(app, POLICY_TEST_GROUP)).toBe('forbidden');
  });
});
