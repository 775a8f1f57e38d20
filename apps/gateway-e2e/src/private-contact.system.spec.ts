import { describe, expect, it } from 'vitest';
import { demoGroupId } from '@tsunagaru/shared-demo-data';
import { errorCodes, gatewayUrl, postGraphQL, postToSubgraph, tokenFor } from '@tsunagaru/shared-testing';

const GROUP_ID = demoGroupId(7);
const QUERY = `query ($id: ID!) { group(id: $id) { id name privateContact { representativeName email phone address } } }`;

interface GroupResult {
  group: { id: string; name: string; privateContact: { email: string } | null } | null;
}

async function askAs(token?: string) {
  return postGraphQL<GroupResult>(gatewayUrl(), QUERY, { id: GROUP_ID }, token);
}

describe("a group's private contact (代表者連絡先)", () => {
  it('is null with UNAUTHENTICATED for an anonymous caller, who still sees the public profile', async () => {
    const response = await askAs();
    expect(response.data?.group?.name).toBeTruthy();
    expect(response.data?.group?.privateContact).toBeNull();
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(JSON.stringify(response)).not.toContain('@');
  });

  it("is null with FORBIDDEN for a member of another group", async () => {
    const response = await askAs(await tokenFor('member', demoGroupId(8)));
    expect(response.data?.group?.privateContact).toBeNull();
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });

  it.each([
    ['city staff', 'staff' as const, undefined],
    ['intermediary staff', 'intermediary' as const, undefined],
    ["the group's own member", 'member' as const, GROUP_ID],
  ])('is visible to %s', async (_label, role, groupId) => {
    const response = await askAs(await tokenFor(role, groupId));
    expect(response.errors).toBeUndefined();
    expect(response.data?.group?.privateContact?.email).toMatch(/@.+\.example\.jp$/);
  });

  it('stays hidden in lists too: no email reaches an anonymous caller', async () => {
    const response = await postGraphQL(gatewayUrl(), `{ groups(first: 10) { edges { node { privateContact { email } } } } }`);
    expect(new Set(errorCodes(response))).toEqual(new Set(['UNAUTHENTICATED']));
    expect(JSON.stringify(response.data)).not.toContain('@');
  });

  it('refuses a forged or expired token with UNAUTHENTICATED and HTTP 401', async () => {
    const staff = await tokenFor('staff');
    const forged = `${staff.slice(0, -4)}AAAA`;
    const response = await askAs(forged);
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    const expired = await askAs(await tokenFor('staff', undefined, '-1m'));
    expect(errorCodes(expired)).toEqual(['UNAUTHENTICATED']);
  });

  it('cannot be reached by calling the subgraph directly with a forged or another group\'s token', async () => {
    const forgedHeader = await postToSubgraph('directory', QUERY, { id: GROUP_ID }, 'eyJhbGciOiJub25lIn0.eyJyb2xlIjoic3RhZmYifQ.');
    expect(forgedHeader.status).toBe(401);
    expect(errorCodes(forgedHeader)).toEqual(['UNAUTHENTICATED']);
    const otherGroup = await postToSubgraph<GroupResult>('directory', QUERY, { id: GROUP_ID }, await tokenFor('member', demoGroupId(8)));
    expect(otherGroup.data?.group?.privateContact).toBeNull();
    expect(errorCodes(otherGroup)).toEqual(['FORBIDDEN']);
  });
});
