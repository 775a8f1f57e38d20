import { describe, expect, it } from 'vitest';
import { type Decision } from '@tsunagaru/shared-kernel';
import { demoDepartmentId, demoPrincipal, POLICY_TEST_CALLERS, type CallerKind } from '@tsunagaru/shared-testing';
import { fundPolicies } from './fund-policies';

const SECRETARIAT = demoDepartmentId('community-connection');

describe.each([
  ['recordDonation', fundPolicies.recordDonation],
  ['readDonorIdentity', fundPolicies.readDonorIdentity],
])('fundPolicies.%s', (_name, policy) => {
  it("allows the secretariat's staff only", () => {
    expect(policy.decide(demoPrincipal('staff'), { secretariatDepartmentId: SECRETARIAT })).toBe('allow');
    expect(policy.decide(demoPrincipal('staff', { department: 'environment' }), { secretariatDepartmentId: SECRETARIAT })).toBe('forbidden');
    expect(policy.decide(demoPrincipal('reviewer'), { secretariatDepartmentId: SECRETARIAT })).toBe('forbidden');
  });

  it('refuses everyone while no secretariat is set', () => {
    expect(policy.decide(demoPrincipal('staff'), { secretariatDepartmentId: null })).toBe('forbidden');
  });

  const others: Partial<Record<CallerKind, Decision>> = {
    anonymous: 'unauthenticated',
    'member of the group': 'forbidden',
    "staff of the group's intermediary": 'forbidden',
  };
  it.each(Object.keys(others) as CallerKind[])('refuses %s', (kind) => {
    expect(policy.decide(POLICY_TEST_CALLERS[kind], { secretariatDepartmentId: SECRETARIAT })).toBe(others[kind]);
  });

  it('refuses an app even with the staff member behind it', () => {
    expect(policy.decide({ ...demoPrincipal('staff'), scopes: ['venues:book'] }, { secretariatDepartmentId: SECRETARIAT })).toBe('forbidden');
  });
});
