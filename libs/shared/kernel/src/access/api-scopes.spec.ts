import { describe, expect, it } from 'vitest';
import { API_SCOPES, apiScopesCoveredBy, ApiScope, tokenScopesOf } from './api-scopes';
import { groupPolicies } from './group-policies';
import { allows } from './policy';
import type { Principal } from './principal';
import { SCOPES } from './scopes';
import { describeViewer } from './viewer';

const GROUP_A = { groupId: 'group-a', intermediaryId: 'center' };
const GROUP_B = { groupId: 'group-b', intermediaryId: 'center' };

function app(grants: ApiScope[], groupId = GROUP_A.groupId): Principal {
  return { subject: 'tgapp_x', clientId: 'tgapp_x', role: 'member', groupIds: [groupId], scopes: tokenScopesOf(grants) };
}

describe('API scopes (API クライアントの権限)', () => {
  it('stand for token scopes this graph knows, and every token scope is reachable by some grant', () => {
    const reachable = new Set(API_SCOPES.flatMap((grant) => tokenScopesOf([grant])));
    for (const scope of reachable) expect(SCOPES).toContain(scope);
    expect([...reachable].sort()).toEqual([...SCOPES].sort());
  });

  it('round-trip: the grants a token covers are the grants it was made from', () => {
    for (const grant of API_SCOPES) expect(apiScopesCoveredBy(tokenScopesOf([grant]))).toContain(grant);
    expect(apiScopesCoveredBy(tokenScopesOf([ApiScope.BOOK_VENUES, ApiScope.ENROL_IN_TRAINING]))).toEqual([
      ApiScope.BOOK_VENUES,
      ApiScope.ENROL_IN_TRAINING,
    ]);
    expect(apiScopesCoveredBy([])).toEqual([]);
  });
});

describe('an app is checked for scope and group together', () => {
  it('reads private data of its own group only with READ_PRIVATE_DATA', () => {
    expect(allows(groupPolicies.readPrivateData, app([ApiScope.READ_PRIVATE_DATA]), GROUP_A)).toBe(true);
    expect(allows(groupPolicies.readPrivateData, app([ApiScope.BOOK_VENUES]), GROUP_A)).toBe(false);
  });

  it('never acts for another group, whatever its scopes', () => {
    const everything = app([...API_SCOPES]);
    for (const policy of Object.values(groupPolicies)) expect(allows(policy, everything, GROUP_B)).toBe(false);
  });
});

describe('describeViewer', () => {
  it('is null for anonymous callers', () => {
    expect(describeViewer(null)).toBeNull();
  });

  it('gives a person no scopes and no client', () => {
    expect(describeViewer({ subject: 's', role: 'staff', groupIds: [], departmentId: 'd' })).toEqual({
      role: 'staff',
      groupIds: [],
      departmentId: 'd',
      intermediaryId: null,
      scopes: null,
      clientId: null,
    });
  });

  it('gives an app its grants and client id', () => {
    expect(describeViewer(app([ApiScope.BOOK_VENUES]))).toMatchObject({ role: 'member', groupIds: ['group-a'], scopes: ['BOOK_VENUES'], clientId: 'tgapp_x' });
  });
});
