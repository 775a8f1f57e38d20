import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '../errors';
import { authorize, definePolicy, signedIn } from './policy';
import type { Principal } from './principal';

const member: Principal = { subject: 'm', role: 'member', groupIds: ['g'] };

describe('definePolicy', () => {
  it('never runs the rule for an anonymous caller', () => {
    let ran = false;
    const policy = definePolicy<null>('test.anything', {}, () => {
      ran = true;
      return true;
    });
    expect(policy.decide(null, null)).toBe('unauthenticated');
    expect(policy.decide(undefined, null)).toBe('unauthenticated');
    expect(ran).toBe(false);
  });

  it('refuses with the denial the policy states', () => {
    const policy = definePolicy<null>('test.never', { denial: 'Not today.' }, () => false);
    expect(() => authorize(policy, member, null)).toThrow(new ForbiddenError('Not today.'));
  });

  it('is immutable, so no caller can loosen a shared policy', () => {
    const policy = definePolicy<null>('test.frozen', {}, () => false);
    expect(Object.isFrozen(policy)).toBe(true);
  });
});

describe('signedIn', () => {
  it('allows every signed-in caller and no anonymous one', () => {
    expect(signedIn.decide(member, undefined)).toBe('allow');
    expect(signedIn.decide({ subject: 's', role: 'staff', groupIds: [] }, undefined)).toBe('allow');
    expect(signedIn.decide(null, undefined)).toBe('unauthenticated');
  });
});
