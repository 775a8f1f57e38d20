import { describe, expect, it } from 'vitest';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { groupPolicies, scopeCovers, unregisteredGroupsVisibleTo, type GroupSubject } from './group-policies';
import { allows, authorize, type Decision, type Policy } from './policy';
import type { Principal } from './principal';

const CENTER = 'intermediary-center';
const COUNCIL = 'intermediary-council';
const group: GroupSubject = { groupId: 'group-a', intermediaryId: CENTER };

/** The callers every policy is tested for. */
const callers: Record<string, Principal | null> = {
  anonymous: null,
  'member of the group': { subject: 'm1', role: 'member', groupIds: ['group-a'] },
  'member of another group': { subject: 'm2', role: 'member', groupIds: ['group-b'] },
  "staff of the group's intermediary": { subject: 'i1', role: 'intermediary', groupIds: [], intermediaryId: CENTER },
  'staff of another intermediary': { subject: 'i2', role: 'intermediary', groupIds: [], intermediaryId: COUNCIL },
  'city staff': { subject: 's1', role: 'staff', groupIds: [], departmentId: 'dept-community' },
};

const LOOKS_AFTER_THE_RECORD: Record<string, Decision> = {
  anonymous: 'unauthenticated',
  'member of the group': 'allow',
  'member of another group': 'forbidden',
  "staff of the group's intermediary": 'allow',
  'staff of another intermediary': 'forbidden',
  'city staff': 'allow',
};

describe.each([
  ['seeUnregistered', groupPolicies.seeUnregistered],
  ['readPrivateData', groupPolicies.readPrivateData],
  ['editProfile', groupPolicies.editProfile],
] as Array<[string, Policy<GroupSubject>]>)('groupPolicies.%s', (_name, policy) => {
  it.each(Object.entries(LOOKS_AFTER_THE_RECORD))('%s: %s', (label, expected) => {
    expect(policy.decide(callers[label], group)).toBe(expected);
  });

  it('refuses intermediary staff for a group whose record names no intermediary', () => {
    expect(policy.decide(callers["staff of the group's intermediary"], { ...group, intermediaryId: null })).toBe('forbidden');
    expect(policy.decide(callers['city staff'], { ...group, intermediaryId: null })).toBe('allow');
  });

  it('lets an app acting for the group pass only with the scope the policy names', () => {
    const app = (scopes: Principal['scopes']): Principal => ({ subject: 'app', role: 'member', groupIds: ['group-a'], scopes });
    expect(policy.decide(app([policy.scope!]), group)).toBe('allow');
    expect(policy.decide(app([]), group)).toBe('forbidden');
    expect(policy.decide(app([policy.scope!]), { ...group, groupId: 'group-b' })).toBe('forbidden');
  });

  it('throws the matching domain error from authorize, and answers allows without throwing', () => {
    expect(() => authorize(policy, null, group)).toThrow(UnauthenticatedError);
    expect(() => authorize(policy, callers['member of another group'], group)).toThrow(ForbiddenError);
    expect(authorize(policy, callers['city staff'], group)).toBe(callers['city staff']);
    expect(allows(policy, null, group)).toBe(false);
    expect(allows(policy, callers['member of the group'], group)).toBe(true);
  });
});

describe('apps never pass on borrowed staff rights', () => {
  it('refuses a delegated credential of a staff member unless it holds the scope', () => {
    const delegatedStaff: Principal = { subject: 'app', role: 'staff', groupIds: [], scopes: ['venues:book'] };
    expect(groupPolicies.readPrivateData.decide(delegatedStaff, group)).toBe('forbidden');
  });
});

describe('unregisteredGroupsVisibleTo (the list form of seeUnregistered)', () => {
  const subjects: GroupSubject[] = [
    group,
    { groupId: 'group-b', intermediaryId: CENTER },
    { groupId: 'group-c', intermediaryId: COUNCIL },
    { groupId: 'group-d', intermediaryId: null },
  ];

  it.each(Object.keys(callers))('agrees with the policy for %s on every group', (label) => {
    const scope = unregisteredGroupsVisibleTo(callers[label]);
    for (const subject of subjects) {
      expect(scopeCovers(scope, subject), `${label} / ${subject.groupId}`).toBe(allows(groupPolicies.seeUnregistered, callers[label], subject));
    }
  });

  it('agrees for apps with and without the scope', () => {
    for (const scopes of [['group:read'], ['venues:book']] as Array<Principal['scopes']>) {
      const app: Principal = { subject: 'app', role: 'member', groupIds: ['group-a'], scopes };
      for (const subject of subjects) {
        expect(scopeCovers(unregisteredGroupsVisibleTo(app), subject)).toBe(allows(groupPolicies.seeUnregistered, app, subject));
      }
    }
  });
});
