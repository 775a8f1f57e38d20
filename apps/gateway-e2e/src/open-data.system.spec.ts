import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type RunningSystem } from '@tsunagaru/platform';
import { buildDemoDonations, buildDemoGrants } from '@tsunagaru/resources-demo-data';
import { buildDemoSurvey } from '@tsunagaru/engagement-demo-data';
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
  const started = performance.now();
  catalog = await getJson<Catalog>(`${origin()}/open-data/catalog.json`);
  if (process.env.SHOW_OPEN_DATA) console.log(`open data catalogue (reads every dataset): ${Math.round(performance.now() - started)} ms`);
  for (const dataset of catalog.datasets) {
    const started = performance.now();
    const json = await getJson<{ records: OpenRecord[] }>(dataset.distributions.find((d) => d.format === 'JSON')!.url);
    if (process.env.SHOW_OPEN_DATA) console.log(`open data ${dataset.id}: ${json.records.length} records, JSON in ${Math.round(performance.now() - started)} ms (cached by the catalogue's read)`);
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
      'measure-progress', 'fund-statements', 'grant-programs', 'grant-awards', 'survey-results',
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
    expect(venues.split('\r\n')[0]).toBe('\uFEFF全国地方公共団体コード,地方公共団体名,ID,名称,名称_カナ,住所,説明,種別,地区,定員,施設コード,更新日時');
  });

  it('answers unknown datasets with 404 and writes with 405', async () => {
    expect((await fetch(`${origin()}/open-data/contacts.csv`)).status).toBe(404);
    expect((await fetch(`${origin()}/open-data/groups.json`, { method: 'POST' })).status).toBe(405);
  });
});

describe('nothing private in any export', () => {
  const PRIVATE_FIELDS = [
    'privateContact', 'problem', 'expectedEffects', 'partnersSought', 'requestedBudget', 'history', 'consultations', 'terms', 'signatures', 'rejectionReason', 'scores', 'enrollments', 'bookings', 'venueBookings', 'trainingEnrollments', 'registrationStatus', 'registeredAt',
    // Resources and engagement: donors, grant applications and use reports, survey answers.
    'donor', 'plan', 'requestedYen', 'decisionReason', 'useReport', 'grantApplication', 'answers', 'responses', 'respondentKey', 'personName', 'notes',
  ];

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

describe('the resources and engagement datasets', () => {
  const records = (id: string) => exports.get(id)!.json;

  it('never carry a donor, a grant application, a rejection reason, a use report or a survey answer, in any file', () => {
    const grants = buildDemoGrants('2026-04-01');
    // Donors who agreed to a public name (公表名) are public under it: the others are the secrets.
    const donations = buildDemoDonations();
    const publicNames = new Set(donations.map((donation) => donation.publicDisplayName));
    const secrets = [
      ...donations.filter((donation) => !publicNames.has(donation.donorName)).flatMap((donation) => [donation.donorName, donation.donorContact]),
      ...grants.applications.flatMap((application) => [application.plan, application.decisionReason]),
      ...grants.awards.map((award) => award.report),
      ...buildDemoSurvey().answers.map((answer) => answer.text),
    ].filter((value): value is string => typeof value === 'string' && value.length > 5);
    expect(secrets.length).toBeGreaterThan(30);
    const everything = [...exports.values()].map(({ json, csv }) => `${JSON.stringify(json)}\n${csv}`).join('\n');
    for (const secret of new Set(secrets)) expect(everything.includes(secret), secret).toBe(false);
  });

  it('hold one fund statement per fiscal year, as the graph states it, donations by channel adding up', async () => {
    const statements = records('fund-statements');
    const years = statements.map((record) => record.fiscalYear as number);
    expect(years.length).toBeGreaterThan(1);
    expect(years).toEqual(years.map((_, index) => years[0] + index));
    for (const record of statements) {
      const channels = (['direct', 'furusatoNozei', 'vendingMachine', 'other'] as const).reduce((sum, channel) => sum + (record[`${channel}Yen`] as number), 0);
      expect(channels, String(record.fiscalYear)).toBe(record.donationsYen);
      expect((record.openingBalanceYen as number) + (record.donationsYen as number) - (record.disbursementsYen as number)).toBe(record.closingBalanceYen);
    }
    const first = statements[0];
    const graph = await postGraphQL<{ fundStatement: Record<string, number> }>(gatewayUrl(), 'query ($y: Int!) { fundStatement(fiscalYear: $y) { openingBalanceYen donationsYen disbursementsYen closingBalanceYen } }', { y: first.fiscalYear });
    expect(graph.data!.fundStatement).toEqual({ openingBalanceYen: first.openingBalanceYen, donationsYen: first.donationsYen, disbursementsYen: first.disbursementsYen, closingBalanceYen: first.closingBalanceYen });
    expect(first.openingBalanceYen).toBe(0);
  });

  it('hold every grant programme with its decisions, and every award with its group, programme, amount and dates only', async () => {
    const programs = records('grant-programs');
    expect(new Set(programs.map((record) => record.id))).toEqual(await allIds(gatewayUrl(), 'grantPrograms'));
    expect(programs.some((record) => (record.awarded as number) > 0 && (record.rejected as number) > 0)).toBe(true);
    const awards = records('grant-awards');
    const awardedPerProgram = new Map<string, number>();
    for (const award of awards) awardedPerProgram.set(award.programId as string, (awardedPerProgram.get(award.programId as string) ?? 0) + 1);
    for (const program of programs) expect(awardedPerProgram.get(program.id as string) ?? 0, program.name as string).toBe(program.awarded);
    expect(awards.length).toBeGreaterThan(0);
    for (const award of awards) {
      expect(typeof award.groupName, award.id as string).toBe('string');
      expect(award.amountYen as number).toBeGreaterThan(0);
      expect(award.awardedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(awards.some((award) => award.paidOn === null) && awards.some((award) => typeof award.paidOn === 'string')).toBe(true);
  });

  it('hold survey results exactly as an anonymous caller sees them: a suppressed figure stays empty', async () => {
    const rows = records('survey-results');
    expect(rows.length).toBeGreaterThan(0);
    type Results = { survey: { results: Array<{ question: { position: number }; respondents: number | null; options: Array<{ label: string; count: number | null; share: number | null; suppressed: boolean }> | null }> } };
    const query = 'query ($id: ID!) { survey(id: $id) { results { question { position } respondents options { label count share suppressed } } } }';
    for (const surveyId of new Set(rows.map((row) => row.surveyId as string))) {
      const anonymous = await postGraphQL<Results>(gatewayUrl(), query, { id: surveyId });
      expect(anonymous.errors).toBeUndefined();
      const expected = anonymous.data!.survey.results.flatMap((result) =>
        (result.options ?? []).map((option) => [result.question.position, result.respondents, option.label, option.count, option.share, option.suppressed]),
      );
      const exported = rows.filter((row) => row.surveyId === surveyId).map((row) => [row.questionPosition, row.questionRespondents, row.optionLabel, row.count, row.share, row.suppressed]);
      expect(exported).toEqual(expected);
    }
    for (const row of rows) {
      if (row.suppressed) expect([row.count, row.share]).toEqual([null, null]);
      else expect([1, 2]).not.toContain(row.count);
    }
  });
});

describe('updatedSince, the change feed', () => {
  let system: RunningSystem;
  let base: string;
  let resourcesDb: pg.Pool;
  let engagementDb: pg.Pool;
  const previousCache = process.env.OPEN_DATA_CACHE_SECONDS;

  beforeAll(async () => {
    // A system of its own that re-reads the graph on every request (no cache), on a private database.
    process.env.OPEN_DATA_CACHE_SECONDS = '0';
    const databaseUrl = await createScratchDatabase();
    // Without the anonymous response cache too: the tests below also write beside the graph (SQL), which no cache hears of.
    system = await startSystem({ databaseUrl, tokenPublicKey: await testTokenPublicKey(), basePort: 0, responseCache: false });
    base = `${new URL(system.gateway.url).origin}/open-data`;
    resourcesDb = new pg.Pool({ connectionString: databaseUrl, max: 1, options: '-c search_path=resources' });
    engagementDb = new pg.Pool({ connectionString: databaseUrl, max: 1, options: '-c search_path=engagement' });
  });
  afterAll(async () => {
    if (previousCache === undefined) delete process.env.OPEN_DATA_CACHE_SECONDS;
    else process.env.OPEN_DATA_CACHE_SECONDS = previousCache;
    await resourcesDb?.end();
    await engagementDb?.end();
    await system?.stop();
  });

  const feed = async (id: string, since: string) => {
    const response = await fetch(`${base}/${id}.json?updatedSince=${encodeURIComponent(since)}`);
    expect(response.status, id).toBe(200);
    expect(response.headers.get('x-open-data-change-feed'), id).toBe('filtered');
    return ((await response.json()) as { records: OpenRecord[] }).records;
  };
  const justBefore = () => new Date(Date.now() - 1).toISOString();
  const firstOf = async (id: string, keep: (record: OpenRecord) => boolean = () => true) =>
    ((await (await fetch(`${base}/${id}.json`)).json()) as { records: OpenRecord[] }).records.filter(keep)[0];

  it('returns only the venue, programme, measure or progress report changed, whatever wrote it (a trigger keeps updated_at)', async () => {
    const venue = await firstOf('venues');
    let since = justBefore();
    // An update that changes nothing is no change.
    await resourcesDb.query('update venue set capacity = capacity where id = $1', [venue.id]);
    expect(await feed('venues', since)).toEqual([]);
    await resourcesDb.query('update venue set capacity = capacity + 1 where id = $1', [venue.id]);
    expect((await feed('venues', since)).map((record) => [record.id, record.capacity])).toEqual([[venue.id, (venue.capacity as number) + 1]]);

    const program = await firstOf('training-programs');
    since = justBefore();
    await engagementDb.query(`update training_program set description = description || '（更新）' where id = $1`, [program.id]);
    expect((await feed('training-programs', since)).map((record) => record.id)).toEqual([program.id]);

    const measure = await firstOf('policy-measures');
    since = justBefore();
    await engagementDb.query(`update policy_measure set summary = summary || '（更新）' where id = $1`, [measure.id]);
    expect((await feed('policy-measures', since)).map((record) => record.id)).toEqual([measure.id]);
    // Its progress reports show its title: they come back with it, and no other measure's.
    for (const record of await feed('measure-progress', since)) expect(record.measureId).toBe(measure.id);

    const report = await firstOf('measure-progress', (record) => record.measureId !== measure.id);
    since = justBefore();
    await engagementDb.query(`update measure_progress_report set narrative = narrative || '（修正）' where id = $1`, [report.id]);
    expect((await feed('measure-progress', since)).map((record) => record.id)).toEqual([report.id]);
  });

  it('returns a training session whose enrolment count changed, and only it', async () => {
    const programs = ((await (await fetch(`${base}/training-programs.json`)).json()) as { records: OpenRecord[] }).records;
    const forCitizens = new Set(programs.filter((record) => record.audience === 'CITIZENS').map((record) => record.id));
    const session = await firstOf('training-sessions', (record) => forCitizens.has(record.programId) && Date.parse(record.startsAt as string) > Date.now() + 86_400_000);
    expect(session).toBeDefined();
    const since = justBefore();
    const enrolled = await postGraphQL<{ enrollInTrainingSession: { userErrors: unknown[] } }>(
      system.gateway.url,
      'mutation ($input: EnrollInTrainingSessionInput!) { enrollInTrainingSession(input: $input) { enrollment { id status } userErrors { code } } }',
      { input: { sessionId: session.id } },
      await tokenFor('member', demoGroupId(20)),
    );
    expect(enrolled.errors).toBeUndefined();
    expect(enrolled.data!.enrollInTrainingSession.userErrors).toEqual([]);
    const changed = await feed('training-sessions', since);
    expect(changed.map((record) => record.id)).toEqual([session.id]);
    expect(changed[0].enrolledCount as number).toBeGreaterThanOrEqual(session.enrolledCount as number);
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
    for (const id of ['groups', 'decided-proposals', 'agreements', 'published-evaluations', 'measure-progress', 'venues', 'training-programs', 'training-sessions', 'policy-measures']) {
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
    const response = await fetch(`${base}/fund-statements.json?updatedSince=2020-01-01T00:00:00Z`);
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
