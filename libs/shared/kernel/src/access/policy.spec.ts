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
  it.each([
    ['anonymous', null, 'unauthenticated'],
    ['a member of the group', member, 'allow'],
    ['a member of another group', { subject: 'm2', role: 'member', groupIds: ['other'] }, 'allow'],
    ["staff of the group's intermediary", { subject: 'i1', role: 'intermediary', groupIds: [], intermediaryId: 'center' }, 'allow'],
    ['staff of another intermediary', { subject: 'i2', role: 'intermediary', groupIds: [], intermediaryId: 'council' }, 'allow'],
    ['city staff', { subject: 's', role: 'staff', groupIds: [] }, 'allow'],
  ] as Array<[string, Principal | null, string]>)('%s: %s', (_label, principal, expected) => {
    expect(signedIn.decide(principal, undefined)).toBe(expected);
  });
});
