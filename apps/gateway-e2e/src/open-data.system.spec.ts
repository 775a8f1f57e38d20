import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type RunningSystem } from '@tsunagaru/platform';
import { createScratchDatabase, demoDepartmentId, demoGroupId, gatewayUrl, postGraphQL, testTokenPublicKey, tokenFor, type GraphQLResponse } from '@tsunagaru/shared-testing';

interface CatalogEntry {
  id: string;
  title: string;
  license: string;
  lastUpdated: string | null;
  records: number;
  changeFeed: { field: string } | null;
  columns: Array<{ key: string; label: string }>;
  distributions: Array<{ format: string; url: string }>;
}
interface Catalog {
  license: { name: string; url: string };
  datasets: CatalogEntry[];
}
type OpenRecord = Record<string, unknown>;

const origin = () => new URL(gatewayUrl()).origin;
const getJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return (await response.json()) as T;
};

/** Every node of a root connection for one caller, through the gateway. */
async function allIds(url: string, field: string, token?: string, filter = ''): Promise<Set<string>> {
  const ids = new Set<string>();
  let after: string | null = null;
  for (;;) {
    type Page = { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } };
    const response: GraphQLResponse<Record<string, Page>> = await postGraphQL<Record<string, Page>>(
      url,
      `query ($after: String) { ${field}(first: 100, after: $after${filter}) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
      { after },
      token,
    );
    expect(response.errors).toBeUndefined();
    const page: Page = response.data![field];
    for (const edge of page.edges) ids.add(edge.node.id);
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

let catalog: Catalog;
const exports = new Map<string, { json: OpenRecord[]; csv: string }>();

beforeAll(async () => {
  catalog = await getJson<Catalog>(`${origin()}/open-data/catalog.json`);
  for (const dataset of catalog.datasets) {
    const json = await getJson<{ records: OpenRecord[] }>(dataset.distributions.find((d) => d.format === 'JSON')!.url);
    const csvResponse = await fetch(dataset.distributions.find((d) => d.format === 'CSV')!.url);
    expect(csvResponse.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    // Read the bytes: Response.text() would drop the byte order mark this test looks for.
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csvResponse.arrayBuffer());
    exports.set(dataset.id, { json: json.records, csv });
  }
});

describe('the open data catalogue', () => {
  it('lists every dataset with its title, licence, last update and CSV and JSON URLs on the gateway’s origin', () => {
    expect(catalog.license).toEqual({ name: 'CC BY 4.0', title: expect.any(String), url: 'https://creativecommons.org/licenses/by/4.0/deed.ja' });
    expect(catalog.datasets.map((dataset) => dataset.id)).toEqual([
      'groups', 'decided-proposals', 'agreements', 'published-evaluations', 'venues', 'training-programs', 'training-sessions', 'policy-measures',
      'measure-progress',
    ]);
    for (const dataset of catalog.datasets) {
      expect(dataset.title.length, dataset.id).toBeGreaterThan(3);
      expect(dataset.license).toBe('CC BY 4.0');
      expect(dataset.records, dataset.id).toBeGreaterThan(0);
      if (dataset.changeFeed) expect(Date.parse(dataset.lastUpdated!), dataset.id).not.toBeNaN();
      else expect(dataset.lastUpdated).toBeNull();
      expect(dataset.distributions.map(({ format, url }) => [format, url])).toEqual([
        ['CSV', `${origin()}/open-data/${dataset.id}.csv`],
        ['JSON', `${origin()}/open-data/${dataset.id}.json`],
      ]);
    }
  });

  it('serves each dataset anonymously as CSV (UTF-8 with BOM, CRLF, for Excel) and JSON with the same records', () => {
    for (const dataset of catalog.datasets) {
      const { json, csv } = exports.get(dataset.id)!;
      expect(json.length, dataset.id).toBe(dataset.records);
      expect(csv.startsWith('\uFEFF'), dataset.id).toBe(true);
      const lines = csv.slice(1).split('\r\n');
      expect(lines.at(-1)).toBe('');
      expect(lines[0]).toBe(dataset.columns.map((column) => column.label).join(','));
      expect(csv.slice(1).match(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/g)!.length, dataset.id).toBe(json.length + 1);
      for (const record of json) expect(Object.keys(record)).toEqual(dataset.columns.map((column) => column.key));
    }
    const sessions = exports.get('training-sessions')!;
    expect(sessions.csv.split('\r\n')[0]).toMatch(/^\uFEFF全国地方公共団体コード,地方公共団体名,ID,イベント名,開始日,終了日,開始時間,終了時間,/);
    for (const record of sessions.json) expect(`${record.startDate}T${record.startTime}`).toBe(String(record.startsAt).slice(0, 16));
    const venues = exports.get('venues')!.csv;
    expect(venues.split('\r\n')[0]).toBe('\uFEFF全国地方公共団体コード,地方公共団体名,ID,名称,名称_カナ,住所,説明,種別,地区,定員,施設コード');
  });

  it('answers unknown datasets with 404 and writes with 405', async () => {
    expect((await fetch(`${origin()}/open-data/contacts.csv`)).status).toBe(404);
    expect((await fetch(`${origin()}/open-data/groups.json`, { method: 'POST' })).status).toBe(405);
  });
});

describe('nothing private in any export', () => {
  const PRIVATE_FIELDS = ['privateContact', 'problem', 'expectedEffects', 'partnersSought', 'requestedBudget', 'history', 'consultations', 'terms', 'signatures', 'rejectionReason', 'scores', 'enrollments', 'bookings', 'venueBookings', 'trainingEnrollments', 'registrationStatus', 'registeredAt'];

  it('has no column for a field that only some callers may read', () => {
    for (const dataset of catalog.datasets) {
      for (const { key } of dataset.columns) {
        for (const field of PRIVATE_FIELDS) expect(key.toLowerCase(), `${dataset.id}.${key}`).not.toContain(field.toLowerCase());
      }
    }
  });

  it('holds exactly the groups, proposals and agreements an anonymous caller sees, never the others staff see', async () => {
    const staff = await tokenFor('staff');
    const url = gatewayUrl();
    const ids = (id: string) => new Set(exports.get(id)!.json.map((record) => record.id as string));

    expect(ids('groups')).toEqual(await allIds(url, 'groups'));
    const staffGroups = await allIds(url, 'groups', staff, ', filter: { registrationStatuses: [PENDING, REJECTED] }');
    for (const hidden of staffGroups) expect(ids('groups').has(hidden)).toBe(false);

    const decided = await allIds(url, 'proposals', undefined, ', filter: { statuses: [ADOPTED, NOT_ADOPTED, AGREED, IMPLEMENTED, COMPLETED] }');
    const undecided = await allIds(url, 'proposals', staff, ', filter: { statuses: [DRAFT, SUBMITTED, UNDER_REVIEW, WITHDRAWN] }');
    expect(undecided.size).toBeGreaterThan(0);
    expect(ids('decided-proposals')).toEqual(decided);
    for (const hidden of undecided) expect(ids('decided-proposals').has(hidden)).toBe(false);
    expect(ids('agreements')).toEqual(await allIds(url, 'agreements'));
  });

  it('holds the published evaluations an anonymous caller sees, and no unpublished one staff see', async () => {
    const staff = await tokenFor('staff');
    const unpublished: string[] = [];
    const published: string[] = [];
    let after: string | null = null;
    for (;;) {
      type Page = { agreements: { edges: Array<{ node: { evaluations: { edges: Array<{ node: { id: string; published: boolean } }> } } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } };
      const response: GraphQLResponse<Page> = await postGraphQL<Page>(
        gatewayUrl(),
        'query ($after: String) { agreements(first: 30, after: $after) { edges { node { evaluations(first: 50) { edges { node { id published } } } } } pageInfo { hasNextPage endCursor } } }',
        { after },
        staff,
      );
      expect(response.errors).toBeUndefined();
      for (const { node } of response.data!.agreements.edges) {
        for (const { node: evaluation } of node.evaluations.edges) (evaluation.published ? published : unpublished).push(evaluation.id);
      }
      if (!response.data!.agreements.pageInfo.hasNextPage) break;
      after = response.data!.agreements.pageInfo.endCursor;
    }
    const exported = new Set(exports.get('published-evaluations')!.json.map((record) => record.id));
    expect(exported).toEqual(new Set(published));
    for (const id of unpublished) expect(exported.has(id)).toBe(false);
    for (const record of exports.get('published-evaluations')!.json) expect(typeof record.publishedAt).toBe('string');
  });

  it('never carries a private contact or a proposal’s private details, in any file', async () => {
    const staff = await tokenFor('staff');
    const contacts = await postGraphQL<{ groups: { edges: Array<{ node: { privateContact: Record<string, string | null> } }> } }>(
      gatewayUrl(),
      '{ groups(first: 50) { edges { node { privateContact { representativeName representativeNameKana email phone postalCode address } } } } }',
      {},
      staff,
    );
    const proposals = await postGraphQL<{ proposals: { edges: Array<{ node: { summary: string; problem: string | null; expectedEffects: string | null } }> } }>(
      gatewayUrl(),
      '{ proposals(first: 50, filter: { statuses: [ADOPTED, NOT_ADOPTED, AGREED, IMPLEMENTED, COMPLETED] }) { edges { node { summary problem expectedEffects } } } }',
      {},
      staff,
    );
    const secrets = [
      ...contacts.data!.groups.edges.flatMap(({ node }) => [node.privateContact.representativeName, node.privateContact.email, node.privateContact.address]),
      // The demo's problem statements often repeat the public summary's first sentence: only the rest is private.
      ...proposals.data!.proposals.edges.flatMap(({ node }) => [node.problem, node.expectedEffects].filter((text) => text && !node.summary.includes(text))),
    ].filter((value): value is string => typeof value === 'string' && value.length > 5);
    expect(secrets.length).toBeGreaterThan(50);
    const everything = [...exports.values()].map(({ json, csv }) => `${JSON.stringify(json)}\n${csv}`).join('\n');
    for (const secret of secrets) expect(everything.includes(secret), secret).toBe(false);
  });
});

describe('updatedSince, the change feed', () => {
  let system: RunningSystem;
  let base: string;
  const previousCache = process.env.OPEN_DATA_CACHE_SECONDS;

  beforeAll(async () => {
    // A system of its own that re-reads the graph on every request (no cache), on a private database.
    process.env.OPEN_DATA_CACHE_SECONDS = '0';
    system = await startSystem({ databaseUrl: await createScratchDatabase(), tokenPublicKey: await testTokenPublicKey(), basePort: 0 });
    base = `${new URL(system.gateway.url).origin}/open-data`;
  });
  afterAll(async () => {
    if (previousCache === undefined) delete process.env.OPEN_DATA_CACHE_SECONDS;
    else process.env.OPEN_DATA_CACHE_SECONDS = previousCache;
    await system?.stop();
  });

  it('returns only the records changed after the given time', async () => {
    const before = new Date(Date.now() - 1).toISOString();
    const group = demoGroupId(20);
    const updated = await postGraphQL(
      system.gateway.url,
      'mutation ($input: UpdateGroupProfileInput!) { updateGroupProfile(input: $input) { group { id } userErrors { code } } }',
      { input: { groupId: group, memberCount: 77 } },
      await tokenFor('member', group),
    );
    expect(updated.errors).toBeUndefined();

    const feed = await fetch(`${base}/groups.json?updatedSince=${encodeURIComponent(before)}`);
    expect(feed.headers.get('x-open-data-change-feed')).toBe('filtered');
    const changed = ((await feed.json()) as { records: OpenRecord[] }).records;
    expect(changed.map((record) => [record.id, record.memberCount])).toEqual([[group, 77]]);
    const csv = await (await fetch(`${base}/groups.csv?updatedSince=${encodeURIComponent(before)}`)).text();
    expect(csv.slice(1).split('\r\n').filter(Boolean)).toHaveLength(2);

    // With an offset instead of Z, the same instant.
    const jst = new Date(Date.parse(before) + 9 * 3600_000).toISOString().replace('Z', '+09:00');
    expect(((await (await fetch(`${base}/groups.json?updatedSince=${encodeURIComponent(jst)}`)).json()) as { records: unknown[] }).records).toHaveLength(1);
  });

  it('filters every dataset with a change time by it', async () => {
    const all = ((await (await fetch(`${base}/published-evaluations.json`)).json()) as { records: OpenRecord[] }).records;
    const times = all.map((record) => Date.parse(record.publishedAt as string)).sort((a, b) => a - b);
    const middle = times[Math.floor(times.length / 2)];
    const since = new Date(middle).toISOString();
    const feed = ((await (await fetch(`${base}/published-evaluations.json?updatedSince=${since}`)).json()) as { records: OpenRecord[] }).records;
    expect(feed.length).toBe(times.filter((time) => time > middle).length);
    expect(feed.length).toBeGreaterThan(0);
    for (const record of feed) expect(Date.parse(record.publishedAt as string)).toBeGreaterThan(middle);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    for (const id of ['groups', 'decided-proposals', 'agreements', 'published-evaluations', 'measure-progress']) {
      const response = (await (await fetch(`${base}/${id}.json?updatedSince=${future}`)).json()) as { records: unknown[] };
      expect(response.records, id).toEqual([]);
    }
  });

  it('never shows a pending group or a draft proposal written a moment ago, though they are the newest records', async () => {
    const before = new Date(Date.now() - 1).toISOString();
    const member = await tokenFor('member', demoGroupId(20));
    const applied = await postGraphQL<{ applyForGroupRegistration: { group: { id: string } } }>(
      system.gateway.url,
      'mutation ($input: ApplyForGroupRegistrationInput!) { applyForGroupRegistration(input: $input) { group { id } userErrors { field code } } }',
      { input: { name: '稲村ヶ崎 夕凪の会', nameKana: 'いなむらがさき ゆうなぎのかい', organizationType: 'VOLUNTARY_ASSOCIATION', activityFields: ['ENVIRONMENT'], privateContact: { representativeName: '夕凪 太郎', email: 'yunagi@example.jp' } } },
      member,
    );
    expect(applied.errors).toBeUndefined();
    const drafted = await postGraphQL<{ createProposal: { proposal: { id: string } } }>(
      system.gateway.url,
      'mutation ($input: CreateProposalInput!) { createProposal(input: $input) { proposal { id } userErrors { field code } } }',
      { input: { groupId: demoGroupId(20), departmentId: demoDepartmentId('environment'), title: '下書きの夕凪プロジェクト', activityField: 'ENVIRONMENT', summary: '未提出の概要', problem: '未提出の課題' } },
      member,
    );
    expect(drafted.errors).toBeUndefined();
    expect([applied.data, drafted.data]).toEqual([{ applyForGroupRegistration: expect.objectContaining({ userErrors: [] }) }, { createProposal: expect.objectContaining({ userErrors: [] }) }]);
    const hidden = [applied.data!.applyForGroupRegistration.group.id, drafted.data!.createProposal.proposal.id, '夕凪', 'yunagi@example.jp', '未提出'];
    const catalogue = (await (await fetch(`${base}/catalog.json`)).json()) as Catalog;
    for (const dataset of catalogue.datasets) {
      for (const { url } of dataset.distributions) {
        for (const query of ['', `?updatedSince=${encodeURIComponent(before)}`]) {
          const text = await (await fetch(`${url}${query}`)).text();
          for (const value of hidden) expect(text.includes(value), `${url}${query}: ${value}`).toBe(false);
        }
      }
    }
  });

  it('answers in full, and says so, for a dataset whose records carry no change time', async () => {
    const response = await fetch(`${base}/venues.json?updatedSince=2020-01-01T00:00:00Z`);
    expect(response.headers.get('x-open-data-change-feed')).toBe('full');
    expect(((await response.json()) as { changeFeed: string; records: unknown[] }).records.length).toBeGreaterThan(0);
  });

  it('refuses an updatedSince that is not ISO 8601', async () => {
    for (const bad of ['yesterday', '2026-13-01T00:00:00Z', '2026-04-01T00:00:00', '1700000000']) {
      const response = await fetch(`${base}/groups.json?updatedSince=${encodeURIComponent(bad)}`);
      expect(response.status, bad).toBe(400);
    }
    expect((await fetch(`${base}/groups.json?updatedSince=2026-04-01`)).status).toBe(200);
  });
});
