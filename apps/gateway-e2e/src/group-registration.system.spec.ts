import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type RunningSystem } from '@tsunagaru/platform';
import { demoGroupId } from '@tsunagaru/shared-demo-data';
import { addDays, todayInJapan } from '@tsunagaru/shared-kernel';
import { createScratchDatabase, errorCodes, postGraphQL, testTokenPublicKey, tokenFor } from '@tsunagaru/shared-testing';

// Writes get a system of their own on a scratch copy of the seeded database, so the
// published figures the other tests check never move.
let system: RunningSystem;
let databaseUrl: string;

beforeAll(async () => {
  databaseUrl = await createScratchDatabase();
  system = await startSystem({ databaseUrl, tokenPublicKey: await testTokenPublicKey(), basePort: 0 });
});

afterAll(async () => {
  await system?.stop();
});

async function countGroups(): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>('select count(*) from directory.civic_group');
    return Number(rows[0].count);
  } finally {
    await client.end();
  }
}

const APPLY = `mutation ($input: ApplyForGroupRegistrationInput!) {
  applyForGroupRegistration(input: $input) { group { id name nameKana registrationStatus } userErrors { field code message } }
}`;

const validApplication = {
  name: '材木座ビーチヨガの会',
  nameKana: 'ざいもくざびーちよがのかい',
  organizationType: 'VOLUNTARY_ASSOCIATION',
  activityFields: ['CULTURE_ARTS_SPORTS', 'HEALTH_MEDICAL_WELFARE'],
  districts: ['KAMAKURA'],
  description: '材木座海岸で朝のヨガを行い、地域の健康づくりに取り組む。',
  privateContact: { representativeName: '材木 座子', email: 'zaimoku@example.jp', phone: '0467-00-0000', postalCode: '248-0013' },
};

describe('group registration (団体登録) and profile updates', () => {
  it('returns every problem of an invalid application as userErrors and writes nothing', async () => {
    const before = await countGroups();
    const response = await postGraphQL<{ applyForGroupRegistration: { group: unknown; userErrors: Array<{ field: string[]; code: string }> } }>(
      system.gateway.url,
      APPLY,
      { input: { ...validApplication, name: ' ', nameKana: 'Zaimokuza', activityFields: [], privateContact: { representativeName: 'x', email: 'not-an-email' } } },
      await tokenFor('member'),
    );
    expect(response.errors).toBeUndefined();
    const payload = response.data!.applyForGroupRegistration;
    expect(payload.group).toBeNull();
    expect(payload.userErrors.map((error) => error.field.join('.'))).toEqual(
      expect.arrayContaining(['input.name', 'input.nameKana', 'input.activityFields', 'input.privateContact.email']),
    );
    expect(await countGroups()).toBe(before);
  });

  it('keeps a founding date as the calendar day sent, and refuses one after today in Kamakura', async () => {
    const APPLY_DATED = `mutation ($input: ApplyForGroupRegistrationInput!) {
      applyForGroupRegistration(input: $input) { group { foundedOn } userErrors { field code } }
    }`;
    const dated = await postGraphQL<{ applyForGroupRegistration: { group: { foundedOn: string } } }>(
      system.gateway.url,
      APPLY_DATED,
      { input: { ...validApplication, name: '二階堂 創立日の会', foundedOn: '2016-02-29' } },
      await tokenFor('member'),
    );
    expect(dated.errors).toBeUndefined();
    expect(dated.data!.applyForGroupRegistration.group.foundedOn).toBe('2016-02-29');

    const future = await postGraphQL<{ applyForGroupRegistration: { group: unknown; userErrors: Array<{ field: string[]; code: string }> } }>(
      system.gateway.url,
      APPLY_DATED,
      { input: { ...validApplication, name: '未来の会', foundedOn: addDays(todayInJapan(), 2) } },
      await tokenFor('member'),
    );
    expect(future.data!.applyForGroupRegistration).toEqual({ group: null, userErrors: [{ field: ['input', 'foundedOn'], code: 'IN_FUTURE' }] });
  });

  it('requires sign-in to apply', async () => {
    const response = await postGraphQL(system.gateway.url, APPLY, { input: validApplication });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
  });

  it('takes an application as PENDING, hides it from the public, and lets intermediary staff approve it once', async () => {
    const applied = await postGraphQL<{ applyForGroupRegistration: { group: { id: string; nameKana: string; registrationStatus: string } } }>(
      system.gateway.url,
      APPLY,
      { input: validApplication },
      await tokenFor('member'),
    );
    const group = applied.data!.applyForGroupRegistration.group;
    expect(group.registrationStatus).toBe('PENDING');
    expect(group.nameKana).toBe('ザイモクザビーチヨガノカイ');

    const publicView = await postGraphQL<{ group: unknown; groupStatistics: { total: number } }>(
      system.gateway.url,
      `query ($id: ID!) { group(id: $id) { id } groupStatistics { total } }`,
      { id: group.id },
    );
    expect(publicView.data).toEqual({ group: null, groupStatistics: { total: 390 } });

    const APPROVE = `mutation ($id: ID!) { approveGroupRegistration(input: { groupId: $id }) { group { registrationStatus registeredOn registeredAt { name } } userErrors { code } } }`;
    // To anyone who may not see the application it does not exist; its own member sees it but may not decide.
    const byMember = await postGraphQL(system.gateway.url, APPROVE, { id: group.id }, await tokenFor('member'));
    expect(errorCodes(byMember)).toEqual(['NOT_FOUND']);
    const byOwnMember = await postGraphQL(system.gateway.url, APPROVE, { id: group.id }, await tokenFor('member', group.id));
    expect(errorCodes(byOwnMember)).toEqual(['FORBIDDEN']);
    const byOtherIntermediary = await postGraphQL(
      system.gateway.url, APPROVE, { id: group.id }, await tokenFor('intermediary', { intermediary: 'social-welfare-council' }),
    );
    expect(errorCodes(byOtherIntermediary)).toEqual(['NOT_FOUND']);

    const dayBefore = todayInJapan();
    const approved = await postGraphQL<{ approveGroupRegistration: { group: { registrationStatus: string; registeredOn: string; registeredAt: { name: string } } } }>(
      system.gateway.url,
      APPROVE,
      { id: group.id },
      await tokenFor('intermediary'),
    );
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveGroupRegistration.group).toMatchObject({
      registrationStatus: 'REGISTERED',
      registeredAt: { name: '鎌倉市市民活動センター' },
    });
    expect([dayBefore, todayInJapan()]).toContain(approved.data!.approveGroupRegistration.group.registeredOn);

    const again = await postGraphQL(system.gateway.url, APPROVE, { id: group.id }, await tokenFor('intermediary'));
    expect(errorCodes(again)).toEqual(['CONFLICT']);

    const statistics = await postGraphQL<{ groupStatistics: { total: number } }>(system.gateway.url, `{ groupStatistics { total } }`);
    expect(statistics.data!.groupStatistics.total).toBe(391);
  });

  it('rejects an application with a reason, and needs one', async () => {
    const applied = await postGraphQL<{ applyForGroupRegistration: { group: { id: string } } }>(
      system.gateway.url,
      APPLY,
      { input: { ...validApplication, name: '腰越テスト申請の会' } },
      await tokenFor('member'),
    );
    const id = applied.data!.applyForGroupRegistration.group.id;
    const REJECT = `mutation ($id: ID!, $reason: String!) { rejectGroupRegistration(input: { groupId: $id, reason: $reason }) { group { registrationStatus } userErrors { field code } } }`;
    const blank = await postGraphQL<{ rejectGroupRegistration: { userErrors: Array<{ code: string }> } }>(
      system.gateway.url, REJECT, { id, reason: '  ' }, await tokenFor('intermediary'),
    );
    expect(blank.data!.rejectGroupRegistration.userErrors[0]?.code).toBe('REQUIRED');
    const rejected = await postGraphQL<{ rejectGroupRegistration: { group: { registrationStatus: string } } }>(
      system.gateway.url, REJECT, { id, reason: '市内での活動実績が確認できないため' }, await tokenFor('intermediary'),
    );
    expect(rejected.data!.rejectGroupRegistration.group.registrationStatus).toBe('REJECTED');

    const reason = await postGraphQL<{ group: { rejectionReason: string } }>(
      system.gateway.url, `query ($id: ID!) { group(id: $id) { rejectionReason } }`, { id }, await tokenFor('staff'),
    );
    expect(reason.data!.group.rejectionReason).toBe('市内での活動実績が確認できないため');
  });

  it("shows pending applications to staff of the intermediary where they applied and to city staff, and to nobody else", async () => {
    await postGraphQL(system.gateway.url, APPLY, { input: { ...validApplication, name: '大船申請中の会' } }, await tokenFor('member'));
    const PENDING = `{ groups(filter: { registrationStatuses: [PENDING] }, first: 100) { totalCount edges { node { name registrationStatus } } } }`;
    type Pending = { groups: { totalCount: number; edges: Array<{ node: { name: string; registrationStatus: string } }> } };
    for (const token of [await tokenFor('intermediary'), await tokenFor('staff')]) {
      const forStaff = await postGraphQL<Pending>(system.gateway.url, PENDING, {}, token);
      expect(forStaff.data!.groups.edges.map((edge) => edge.node.name)).toContain('大船申請中の会');
      expect(forStaff.data!.groups.edges.every((edge) => edge.node.registrationStatus === 'PENDING')).toBe(true);
    }
    // Everyone else asking for pending groups gets none of them.
    for (const token of [undefined, await tokenFor('member'), await tokenFor('intermediary', { intermediary: 'social-welfare-council' })]) {
      const forOthers = await postGraphQL<Pending>(system.gateway.url, PENDING, {}, token);
      expect(forOthers.errors).toBeUndefined();
      expect(forOthers.data!.groups).toEqual({ totalCount: 0, edges: [] });
    }
  });

  it("lets a group's own member update its profile, and nobody else's", async () => {
    const UPDATE = `mutation ($input: UpdateGroupProfileInput!) { updateGroupProfile(input: $input) { group { description memberCount } userErrors { field code } } }`;
    const own = demoGroupId(20);
    const updated = await postGraphQL<{ updateGroupProfile: { group: { description: string; memberCount: number } } }>(
      system.gateway.url,
      UPDATE,
      { input: { groupId: own, description: '活動日を毎月第2土曜日に変更しました。', memberCount: 42 } },
      await tokenFor('member', own),
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateGroupProfile.group).toEqual({ description: '活動日を毎月第2土曜日に変更しました。', memberCount: 42 });

    const other = await postGraphQL(system.gateway.url, UPDATE, { input: { groupId: demoGroupId(21), memberCount: 1 } }, await tokenFor('member', own));
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);

    const invalid = await postGraphQL<{ updateGroupProfile: { group: unknown; userErrors: Array<{ field: string[]; code: string }> } }>(
      system.gateway.url,
      UPDATE,
      { input: { groupId: own, memberCount: -3, website: 'ftp://example.jp' } },
      await tokenFor('staff'),
    );
    expect(invalid.data!.updateGroupProfile.group).toBeNull();
    expect(invalid.data!.updateGroupProfile.userErrors.map((error) => error.code).sort()).toEqual(['INVALID_FORMAT', 'OUT_OF_RANGE']);
  });

  it('answers NOT_FOUND for an unknown group', async () => {
    const response = await postGraphQL(
      system.gateway.url,
      `mutation { approveGroupRegistration(input: { groupId: "00000000-0000-5000-8000-000000000000" }) { group { id } } }`,
      {},
      await tokenFor('intermediary'),
    );
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });
});
