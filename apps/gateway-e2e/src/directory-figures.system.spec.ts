import { describe, expect, it } from 'vitest';
import { gatewayUrl, postGraphQL } from '@tsunagaru/shared-testing';

// The figures of the city guideline (end of March 2020) that the website publishes.
const FIELD_COUNTS = {
  CULTURE_ARTS_SPORTS: 148,
  CHILD_DEVELOPMENT: 134,
  COMMUNITY_DEVELOPMENT: 124,
  HEALTH_MEDICAL_WELFARE: 106,
  ENVIRONMENT: 98,
  SOCIAL_EDUCATION: 87,
  INTERNATIONAL_COOPERATION: 47,
  COMMUNITY_SAFETY: 44,
  HUMAN_RIGHTS_PEACE: 39,
  SUPPORT_FOR_CIVIC_ORGANIZATIONS: 31,
  DISASTER_RELIEF: 24,
  GENDER_EQUALITY: 21,
  INFORMATION_SOCIETY: 20,
  ECONOMIC_ACTIVITY: 20,
  CONSUMER_PROTECTION: 11,
  VOCATIONAL_SKILLS_EMPLOYMENT: 10,
  SCIENCE_TECHNOLOGY: 5,
};

interface Statistics {
  groupStatistics: {
    total: number;
    byActivityField: Array<{ field: string; count: number }>;
    byOrganizationType: Array<{ organizationType: string; count: number }>;
  };
}

describe('group directory figures through the gateway (anonymous)', () => {
  it('publishes 390 groups, the 17 field counts and 295 / 58 / 37 by organisation type', async () => {
    const response = await postGraphQL<Statistics>(
      gatewayUrl(),
      `{ groupStatistics { total byActivityField { field count } byOrganizationType { organizationType count } } }`,
    );
    expect(response.errors).toBeUndefined();
    const statistics = response.data!.groupStatistics;
    expect(statistics.total).toBe(390);
    const fields = Object.fromEntries(statistics.byActivityField.map((row) => [row.field, row.count]));
    expect(fields).toMatchObject(FIELD_COUNTS);
    expect(fields.TOURISM).toBe(0);
    const types = Object.fromEntries(statistics.byOrganizationType.map((row) => [row.organizationType, row.count]));
    expect(types.VOLUNTARY_ASSOCIATION).toBe(295);
    expect(types.NPO_CORPORATION).toBe(58);
    const others = Object.entries(types)
      .filter(([type]) => type !== 'VOLUNTARY_ASSOCIATION' && type !== 'NPO_CORPORATION')
      .reduce((sum, [, count]) => sum + count, 0);
    expect(others).toBe(37);
  });

  it('filters by activity field: 148 groups in culture, arts and sports', async () => {
    const response = await postGraphQL<{ groups: { totalCount: number } }>(
      gatewayUrl(),
      `{ groups(filter: { activityFields: [CULTURE_ARTS_SPORTS] }) { totalCount } }`,
    );
    expect(response.data?.groups.totalCount).toBe(148);
  });

  it('finds groups by kana reading typed in hiragana and by kanji name', async () => {
    const byKana = await postGraphQL<{ groups: { totalCount: number; edges: Array<{ node: { name: string; nameKana: string } }> } }>(
      gatewayUrl(),
      `{ groups(filter: { text: "ゆいがはま" }, first: 100) { totalCount edges { node { name nameKana } } } }`,
    );
    expect(byKana.data!.groups.totalCount).toBeGreaterThan(0);
    for (const { node } of byKana.data!.groups.edges) expect(node.nameKana).toContain('ユイガハマ');
    const byKanji = await postGraphQL<{ groups: { totalCount: number; edges: Array<{ node: { name: string } }> } }>(
      gatewayUrl(),
      `{ groups(filter: { text: "由比ガ浜" }, first: 100) { totalCount edges { node { name } } } }`,
    );
    // The same groups by name first; then groups whose description names the place (kanji only).
    const named = byKana.data!.groups.edges.map(({ node }) => node.name);
    expect(byKanji.data!.groups.edges.slice(0, named.length).map(({ node }) => node.name)).toEqual(named);
    expect(byKanji.data!.groups.totalCount).toBeGreaterThanOrEqual(byKana.data!.groups.totalCount);
  });

  it('pages through every registered group exactly once with cursors', async () => {
    const seen = new Set<string>();
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const response: Awaited<ReturnType<typeof postGraphQL<{ groups: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>>> =
        await postGraphQL(gatewayUrl(), `query ($after: String) { groups(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { after });
      for (const { node } of response.data!.groups.edges) seen.add(node.id);
      if (!response.data!.groups.pageInfo.hasNextPage) break;
      after = response.data!.groups.pageInfo.endCursor;
    }
    expect(seen.size).toBe(390);
  });

  it('treats % and _ in search text as plain characters, not wildcards', async () => {
    for (const text of ['%', '_', '\\']) {
      const response = await postGraphQL<{ groups: { totalCount: number } }>(gatewayUrl(), `query ($text: String) { groups(filter: { text: $text }) { totalCount } }`, { text });
      expect(response.data!.groups.totalCount).toBe(0);
    }
  });

  it('answers a mistyped variable with BAD_USER_INPUT and HTTP 400', async () => {
    const response = await postGraphQL(gatewayUrl(), `query ($first: Int) { groups(first: $first) { totalCount } }`, { first: 'ten' });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a page size over 100 and a forged cursor with BAD_USER_INPUT', async () => {
    const tooMany = await postGraphQL(gatewayUrl(), `{ groups(first: 101) { totalCount } }`);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await postGraphQL(gatewayUrl(), `{ groups(after: "not-a-cursor") { totalCount } }`);
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
