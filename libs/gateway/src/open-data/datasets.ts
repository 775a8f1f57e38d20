import type { CellValue } from './csv';

/**
 * Runs a GraphQL operation through the gateway's public schema as an anonymous caller, so an
 * export can only ever hold what anyone may read there (the visibility rules hold by construction).
 */
export type AnonymousExecutor = (query: string, variables: Record<string, unknown>) => Promise<{ data?: Record<string, unknown> | null; errors?: ReadonlyArray<{ message: string }> }>;

export interface OpenDataColumn {
  /** Key in JSON, also the column's field path in the public schema (`department.name`). */
  key: string;
  /** CSV header: the Digital Agency's recommended dataset column name where one fits, else Japanese. */
  label: string;
  /** Where the value is read, relative to the record's GraphQL object; defaults to `key`. */
  path?: string;
}

export type OpenDataRecord = Record<string, CellValue>;

export interface OpenDataset {
  id: string;
  title: string;
  description: string;
  /** The public-schema root list it comes from, for people who would rather query the graph. */
  source: string;
  /** Digital Agency 推奨データセット whose columns the CSV follows, when one fits. */
  recommendedFormat?: string;
  columns: OpenDataColumn[];
  /** The column that says when a record last changed; none when the records carry no such time. */
  changedAtKey?: string;
  load(execute: AnonymousExecutor): Promise<OpenDataRecord[]>;
}

/** 全国地方公共団体コード and name of Kamakura City, the first columns of the recommended formats. */
export const LOCAL_GOVERNMENT_CODE = '142042';
export const LOCAL_GOVERNMENT_NAME = '神奈川県鎌倉市';
const PAGE_SIZE = 100;

function pathOf(column: OpenDataColumn): string {
  return column.path ?? column.key;
}

/** The selection set that fetches every column's path: `id department { name }`. */
export function selectionFor(paths: readonly string[]): string {
  interface Tree { [field: string]: Tree }
  const tree: Tree = {};
  for (const path of paths) {
    let node = tree;
    for (const part of path.split('.')) node = node[part] ??= {};
  }
  const render = (node: Tree): string =>
    Object.entries(node)
      .map(([field, children]) => (Object.keys(children).length ? `${field} { ${render(children)} }` : field))
      .join(' ');
  return render(tree);
}

function valueAt(object: unknown, path: string): CellValue {
  let current: unknown = object;
  for (const part of path.split('.')) {
    if (current === null || current === undefined || typeof current !== 'object') return null;
    current = (current as Record<string, unknown>)[part];
  }
  return (current ?? null) as CellValue;
}

/** The latest of some ISO times (a record's own change and the changes of what it shows from elsewhere). */
function latestOf(...times: unknown[]): string | null {
  const valid = times.filter((time): time is string => typeof time === 'string' && !Number.isNaN(Date.parse(time)));
  return valid.sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? null;
}

function recordOf(node: unknown, columns: readonly OpenDataColumn[], fixed: Record<string, CellValue> = {}): OpenDataRecord {
  return Object.fromEntries(columns.map((column) => [column.key, column.key in fixed ? fixed[column.key] : valueAt(node, pathOf(column))]));
}

async function run(execute: AnonymousExecutor, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const result = await execute(query, variables);
  if (result.errors?.length || !result.data) throw new Error(`open data query failed: ${result.errors?.map((error) => error.message).join('; ') ?? 'no data'}`);
  return result.data;
}

interface Page {
  edges: Array<{ node: unknown }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every node of a root connection, page by page (`first` 100, so each page stays under the cost limit). */
async function allNodes(execute: AnonymousExecutor, field: string, selection: string, filter?: string): Promise<unknown[]> {
  const nodes: unknown[] = [];
  let after: string | null = null;
  const args = `first: $first, after: $after${filter ? `, filter: ${filter}` : ''}`;
  const query = `query OpenData_${field}($first: Int!, $after: String) { ${field}(${args}) { edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } }`;
  for (;;) {
    const data = await run(execute, query, { first: PAGE_SIZE, after });
    const page = data[field] as Page | null;
    if (!page) break;
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  return nodes;
}

function connectionDataset(
  base: Omit<OpenDataset, 'load'> & { field: string; filter?: string; fixed?: Record<string, CellValue> },
): OpenDataset {
  const dataColumns = base.columns.filter((column) => !(column.key in (base.fixed ?? {})));
  return {
    ...base,
    load: async (execute) => {
      const nodes = await allNodes(execute, base.field, selectionFor(dataColumns.map(pathOf)), base.filter);
      return nodes.map((node) => recordOf(node, base.columns, base.fixed));
    },
  };
}

const municipality = { localGovernmentCode: LOCAL_GOVERNMENT_CODE, localGovernmentName: LOCAL_GOVERNMENT_NAME };
const municipalityColumns: OpenDataColumn[] = [
  { key: 'localGovernmentCode', label: '全国地方公共団体コード' },
  { key: 'localGovernmentName', label: '地方公共団体名' },
];

const groups = connectionDataset({
  id: 'groups',
  title: '市民活動団体一覧 (Civic groups)',
  description: 'Registered civic groups (市民活動団体等) with their public profile and public contact: what the directory shows anyone. Pending and rejected groups and private contacts are never included.',
  source: 'groups',
  field: 'groups',
  changedAtKey: 'updatedAt',
  fixed: municipality,
  columns: [
    ...municipalityColumns,
    { key: 'id', label: 'ID' },
    { key: 'name', label: '名称' },
    { key: 'nameKana', label: '名称_カナ' },
    { key: 'organizationType', label: '団体種別' },
    { key: 'activityFields', label: '活動分野' },
    { key: 'districts', label: '活動地域' },
    { key: 'description', label: '活動内容' },
    { key: 'foundedOn', label: '設立年月日' },
    { key: 'memberCount', label: '会員数' },
    { key: 'website', label: 'URL' },
    { key: 'registeredOn', label: '登録日' },
    { key: 'publicEmail', label: '連絡先メールアドレス', path: 'publicContact.email' },
    { key: 'publicPhone', label: '連絡先電話番号', path: 'publicContact.phone' },
    { key: 'updatedAt', label: '更新日時' },
  ],
});

const DECIDED = '{ statuses: [ADOPTED, NOT_ADOPTED, AGREED, IMPLEMENTED, COMPLETED] }';
const proposals = connectionDataset({
  id: 'decided-proposals',
  title: '相互提案協働事業 決定済み提案一覧 (Decided proposals)',
  description: 'Mutual proposals (相互提案協働事業) from their decision on: the public summary, parties and status. Drafts, proposals under review, withdrawn ones and the non-public details (problem, budget asked, history) are never included.',
  source: 'proposals',
  field: 'proposals',
  filter: DECIDED,
  changedAtKey: 'updatedAt',
  fixed: municipality,
  columns: [
    ...municipalityColumns,
    { key: 'id', label: 'ID' },
    { key: 'title', label: '事業名' },
    { key: 'summary', label: '概要' },
    { key: 'proposerType', label: '提案者区分' },
    { key: 'proposingGroupId', label: '提案団体ID', path: 'proposingGroup.id' },
    { key: 'proposingGroupName', label: '提案団体名', path: 'proposingGroup.name' },
    { key: 'departmentName', label: '担当課', path: 'department.name' },
    { key: 'fiscalYear', label: '年度' },
    { key: 'activityField', label: '活動分野' },
    { key: 'status', label: '状況' },
    { key: 'submittedOn', label: '提案日' },
    { key: 'decidedOn', label: '決定日' },
    { key: 'implemented', label: '実施' },
    { key: 'updatedAt', label: '更新日時' },
  ],
});

const agreementColumns: OpenDataColumn[] = [
  ...municipalityColumns,
  { key: 'id', label: 'ID' },
  { key: 'title', label: '事業名' },
  { key: 'origin', label: '区分' },
  { key: 'activityField', label: '活動分野' },
  { key: 'status', label: '状況' },
  { key: 'startsOn', label: '開始日' },
  { key: 'endsOn', label: '終了日' },
  { key: 'departmentName', label: '担当課', path: 'department.name' },
  { key: 'proposalId', label: '提案ID', path: 'proposal.id' },
  { key: 'activatedAt', label: '締結日時' },
  { key: 'startedAt', label: '実施開始日時' },
  { key: 'completedAt', label: '完了日時' },
  { key: 'changedAt', label: '更新日時' },
];
const agreements: OpenDataset = {
  id: 'agreements',
  title: '協働事業・協定一覧 (Agreements)',
  description: "All of the city's collaboration projects (協定: from proposals, departments' own projects and commissions) with their dates and status. changedAt is the latest of conclusion, start and completion.",
  source: 'agreements',
  changedAtKey: 'changedAt',
  columns: agreementColumns,
  load: async (execute) => {
    const columns = agreementColumns.filter((column) => !['localGovernmentCode', 'localGovernmentName', 'changedAt'].includes(column.key));
    const nodes = await allNodes(execute, 'agreements', selectionFor(columns.map(pathOf)));
    return nodes.map((node) => {
      const record = recordOf(node, agreementColumns, { ...municipality, changedAt: null });
      const times = [record.activatedAt, record.startedAt, record.completedAt].filter((time): time is string => typeof time === 'string');
      record.changedAt = times.sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? null;
      return record;
    });
  },
};

const evaluationColumns: OpenDataColumn[] = [
  ...municipalityColumns,
  { key: 'id', label: 'ID' },
  { key: 'agreementId', label: '協定ID' },
  { key: 'agreementTitle', label: '事業名' },
  { key: 'view', label: '評価の視点' },
  { key: 'fiscalYear', label: '年度' },
  { key: 'final', label: '最終評価' },
  { key: 'outcome', label: '評価結果' },
  { key: 'summary', label: '概要' },
  { key: 'meanScore', label: '平均点' },
  { key: 'evaluatorGroupName', label: '評価団体', path: 'evaluatorGroup.name' },
  { key: 'publishedAt', label: '公表日時' },
];
/**
 * Records nested under a root list (evaluations under agreements, progress reports under
 * measures): parents a page at a time, each parent's first page of children in the same query,
 * and the rest of a parent's children through `<single>(id)` when it has more.
 */
async function nestedRecords(
  execute: AnonymousExecutor,
  shape: { parents: string; parentPage: number; parentSelection?: string; single: string; children: string; childPage: number; childSelection: string },
  toRecords: (parent: { id: string } & Record<string, unknown>, node: unknown) => OpenDataRecord,
): Promise<OpenDataRecord[]> {
  const childPart = (first: number, after: boolean) =>
    `${shape.children}(first: ${first}${after ? ', after: $after' : ''}) { edges { node { ${shape.childSelection} } } pageInfo { hasNextPage endCursor } }`;
  const records: OpenDataRecord[] = [];
  let after: string | null = null;
  for (;;) {
    const data = await run(
      execute,
      `query OpenData_${shape.parents}_${shape.children}($after: String) { ${shape.parents}(first: ${shape.parentPage}, after: $after) { edges { node { ${shape.parentSelection ?? 'id title'} ${childPart(shape.childPage, false)} } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    const page = data[shape.parents] as Page;
    for (const { node } of page.edges) {
      const parent = node as { id: string } & Record<string, unknown>;
      let children = parent[shape.children] as Page | null;
      while (children) {
        for (const edge of children.edges) records.push(toRecords(parent, edge.node));
        if (!children.pageInfo.hasNextPage) break;
        const more = await run(
          execute,
          `query OpenData_more_${shape.children}($id: ID!, $after: String) { ${shape.single}(id: $id) { ${childPart(100, true)} } }`,
          { id: parent.id, after: children.pageInfo.endCursor },
        );
        children = (more[shape.single] as Record<string, Page | null> | null)?.[shape.children] ?? null;
      }
    }
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return records;
}

const evaluations: OpenDataset = {
  id: 'published-evaluations',
  title: '協働事業 評価・検証 (Published evaluations)',
  description: 'Published evaluations (評価・検証) of collaboration projects from the three views (department, group, third party). Unpublished evaluations are never included; a published one cannot change.',
  source: 'agreements.evaluations',
  changedAtKey: 'publishedAt',
  columns: evaluationColumns,
  load: (execute) => {
    const own = evaluationColumns.filter((column) => !['localGovernmentCode', 'localGovernmentName', 'agreementId', 'agreementTitle'].includes(column.key));
    // 20 agreements a page keeps the nested page (50 evaluations each) under the cost limit.
    return nestedRecords(
      execute,
      { parents: 'agreements', parentPage: 20, single: 'agreement', children: 'evaluations', childPage: 50, childSelection: selectionFor(own.map(pathOf)) },
      (agreement, node) => recordOf(node, evaluationColumns, { ...municipality, agreementId: agreement.id, agreementTitle: agreement.title as string }),
    );
  },
};

const progressColumns: OpenDataColumn[] = [
  ...municipalityColumns,
  { key: 'id', label: 'ID' },
  { key: 'measureId', label: '施策ID' },
  { key: 'measureTitle', label: '施策名' },
  { key: 'fiscalYear', label: '年度' },
  { key: 'status', label: '進捗状況' },
  { key: 'narrative', label: '取組状況' },
  { key: 'reportedAt', label: '報告日時' },
  { key: 'updatedAt', label: '更新日時' },
];
const measureProgress: OpenDataset = {
  id: 'measure-progress',
  title: '施策の進捗状況 (Progress of the measures)',
  description: "Progress reports on the guideline's measures (施策の進捗): fiscal year, status and what was done, as published. updatedAt is the latest change of the report (a revision included) or of its measure.",
  source: 'policyMeasures.progressReports',
  changedAtKey: 'updatedAt',
  columns: progressColumns,
  load: (execute) => {
    const own = progressColumns.filter((column) => !['localGovernmentCode', 'localGovernmentName', 'measureId', 'measureTitle'].includes(column.key));
    return nestedRecords(
      execute,
      { parents: 'policyMeasures', parentPage: 50, parentSelection: 'id title updatedAt', single: 'policyMeasure', children: 'progressReports', childPage: 20, childSelection: selectionFor(own.map(pathOf)) },
      (measure, node) => {
        const record = recordOf(node, progressColumns, { ...municipality, measureId: measure.id, measureTitle: measure.title as string });
        record.updatedAt = latestOf(record.updatedAt, measure.updatedAt);
        return record;
      },
    );
  },
};

const venues = connectionDataset({
  id: 'venues',
  title: '市民活動の場 公共施設一覧 (Venues)',
  description: 'Places for civic activity (活動の場) that groups can book, in the columns of the Digital Agency recommended dataset for public facilities (公共施設一覧), plus kind, district and capacity. Bookings are not included.',
  source: 'venues',
  recommendedFormat: '推奨データセット 公共施設一覧',
  field: 'venues',
  changedAtKey: 'updatedAt',
  fixed: municipality,
  columns: [
    ...municipalityColumns,
    { key: 'id', label: 'ID' },
    { key: 'name', label: '名称' },
    { key: 'nameKana', label: '名称_カナ' },
    { key: 'address', label: '住所' },
    { key: 'description', label: '説明' },
    { key: 'kind', label: '種別' },
    { key: 'district', label: '地区' },
    { key: 'capacity', label: '定員' },
    { key: 'code', label: '施設コード' },
    { key: 'updatedAt', label: '更新日時' },
  ],
});

const trainingPrograms = connectionDataset({
  id: 'training-programs',
  title: '市民活動 研修一覧 (Training programmes)',
  description: 'Training programmes (研修) for civic groups and staff, in the columns of the Digital Agency recommended dataset for events (イベント一覧) where they fit. Enrolments are not included.',
  source: 'trainingPrograms',
  recommendedFormat: '推奨データセット イベント一覧',
  field: 'trainingPrograms',
  changedAtKey: 'updatedAt',
  fixed: municipality,
  columns: [
    ...municipalityColumns,
    { key: 'id', label: 'ID' },
    { key: 'title', label: 'イベント名' },
    { key: 'description', label: '説明' },
    { key: 'organizerName', label: '主催者', path: 'organizerDepartment.name' },
    { key: 'audience', label: '対象者' },
    { key: 'format', label: '形式' },
    { key: 'fiscalYear', label: '年度' },
    { key: 'capacity', label: '定員' },
    { key: 'code', label: '研修コード' },
    { key: 'updatedAt', label: '更新日時' },
  ],
});

/** `2026-12-01T10:00:00+09:00` → `2026-12-01` and `10:00` (Japan time, as the graph writes it). */
function japanDateAndTime(value: CellValue): [string | null, string | null] {
  if (typeof value !== 'string') return [null, null];
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  return match ? [match[1], match[2]] : [null, null];
}
const sessionColumns: OpenDataColumn[] = [
  ...municipalityColumns,
  { key: 'id', label: 'ID' },
  { key: 'title', label: 'イベント名', path: 'program.title' },
  { key: 'startDate', label: '開始日' },
  { key: 'endDate', label: '終了日' },
  { key: 'startTime', label: '開始時間' },
  { key: 'endTime', label: '終了時間' },
  { key: 'description', label: '説明', path: 'program.description' },
  { key: 'venueName', label: '場所名称', path: 'venue.name' },
  { key: 'venueAddress', label: '住所', path: 'venue.address' },
  { key: 'organizerName', label: '主催者', path: 'program.organizerDepartment.name' },
  { key: 'capacity', label: '定員' },
  { key: 'enrolledCount', label: '申込数' },
  { key: 'online', label: 'オンライン' },
  { key: 'startsAt', label: '開始日時' },
  { key: 'endsAt', label: '終了日時' },
  { key: 'programId', label: '研修ID', path: 'program.id' },
  { key: 'updatedAt', label: '更新日時' },
];
const trainingSessions: OpenDataset = {
  id: 'training-sessions',
  title: '市民活動 研修の開催予定 (Training sessions)',
  description: 'Scheduled sessions of the training programmes (研修), in the columns of the Digital Agency recommended dataset for events (イベント一覧): dates, times, place, organiser, capacity. Who enrolled is never included. updatedAt is the latest change of the session (its enrolment count included), its programme or its venue.',
  source: 'trainingSessions',
  recommendedFormat: '推奨データセット イベント一覧',
  changedAtKey: 'updatedAt',
  columns: sessionColumns,
  load: async (execute) => {
    const fetched = sessionColumns.filter((column) => !['localGovernmentCode', 'localGovernmentName', 'startDate', 'endDate', 'startTime', 'endTime'].includes(column.key));
    const nodes = await allNodes(execute, 'trainingSessions', selectionFor([...fetched.map(pathOf), 'program.updatedAt', 'venue.updatedAt']));
    return nodes.map((node) => {
      const record = recordOf(node, sessionColumns, municipality);
      record.updatedAt = latestOf(record.updatedAt, valueAt(node, 'program.updatedAt'), valueAt(node, 'venue.updatedAt'));
      [record.startDate, record.startTime] = japanDateAndTime(record.startsAt);
      [record.endDate, record.endTime] = japanDateAndTime(record.endsAt);
      return record;
    });
  },
};

const policyMeasures = connectionDataset({
  id: 'policy-measures',
  title: '市民活動推進・協働推進 施策一覧 (Policy measures)',
  description: "The guideline's measures (施策) with their priority class and lead department.",
  source: 'policyMeasures',
  field: 'policyMeasures',
  changedAtKey: 'updatedAt',
  fixed: municipality,
  columns: [
    ...municipalityColumns,
    { key: 'id', label: 'ID' },
    { key: 'code', label: '施策コード' },
    { key: 'title', label: '施策名' },
    { key: 'summary', label: '概要' },
    { key: 'priorityClass', label: '重点区分' },
    { key: 'leadDepartmentName', label: '担当課', path: 'leadDepartment.name' },
    { key: 'updatedAt', label: '更新日時' },
  ],
});

/** 寄附の経路 of the fund statement, one pair of columns each (the graph's DonationChannel values). */
const DONATION_CHANNELS: ReadonlyArray<[channel: string, label: string]> = [
  ['DIRECT', '直接の寄附'],
  ['FURUSATO_NOZEI', 'ふるさと寄附金'],
  ['VENDING_MACHINE', '寄附型自動販売機'],
  ['OTHER', 'その他'],
];
const channelKey = (channel: string) => channel.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
const fundColumns: OpenDataColumn[] = [
  ...municipalityColumns,
  { key: 'fiscalYear', label: '年度' },
  { key: 'openingBalanceYen', label: '前年度繰越額' },
  { key: 'donationsYen', label: '寄附収入' },
  { key: 'disbursementsYen', label: '助成金支出' },
  { key: 'closingBalanceYen', label: '次年度繰越額' },
  ...DONATION_CHANNELS.flatMap(([channel, label]): OpenDataColumn[] => [
    { key: `${channelKey(channel)}Yen`, label: `寄附収入_${label}` },
    { key: `${channelKey(channel)}Count`, label: `寄附件数_${label}` },
  ]),
];
/** The fiscal year (April to March) of a moment, in Japan time. */
export function fiscalYearOf(at: Date): number {
  const japan = new Date(at.getTime() + 9 * 3600_000);
  return japan.getUTCMonth() >= 3 ? japan.getUTCFullYear() : japan.getUTCFullYear() - 1;
}
const FIRST_POSSIBLE_FISCAL_YEAR = 1989;
const FUND_YEARS_PER_QUERY = 5;
interface FundStatementNode {
  fiscalYear: number;
  openingBalanceYen: number;
  donationsYen: number;
  disbursementsYen: number;
  closingBalanceYen: number;
  donationsByChannel: Array<{ channel: string; amountYen: number; count: number }>;
}
const fundStatements: OpenDataset = {
  id: 'fund-statements',
  title: '市民活動支援基金 収支 (Fund statements)',
  description:
    "The civic activity fund's (市民活動支援基金) statement per fiscal year (年度), from its ledger: opening balance, donations by channel (寄附の経路), grant disbursements, closing balance. " +
    'From the first year with a movement to the current one. Donor identities are never included. Derived figures: no change time.',
  source: 'fundStatement',
  columns: fundColumns,
  load: async (execute) => {
    const selection = 'fiscalYear openingBalanceYen donationsYen disbursementsYen closingBalanceYen donationsByChannel { channel amountYen count }';
    const statements: FundStatementNode[] = [];
    // Newest year back, a few years a query, until a year opens with nothing before it.
    let year = fiscalYearOf(new Date());
    for (let done = false; !done && year >= FIRST_POSSIBLE_FISCAL_YEAR; year -= FUND_YEARS_PER_QUERY) {
      const years = Array.from({ length: FUND_YEARS_PER_QUERY }, (_, index) => year - index).filter((y) => y >= FIRST_POSSIBLE_FISCAL_YEAR);
      const data = await run(execute, `query OpenData_fundStatements { ${years.map((y) => `fy${y}: fundStatement(fiscalYear: ${y}) { ${selection} }`).join(' ')} }`, {});
      for (const y of years) {
        const statement = data[`fy${y}`] as FundStatementNode | null;
        if (!statement) continue;
        statements.push(statement);
        if (statement.openingBalanceYen === 0) {
          done = true;
          break;
        }
      }
    }
    // Leading years without any movement are not part of the fund's history.
    const moved = (s: FundStatementNode) => s.openingBalanceYen !== 0 || s.donationsYen !== 0 || s.disbursementsYen !== 0 || s.closingBalanceYen !== 0;
    statements.sort((a, b) => a.fiscalYear - b.fiscalYear);
    const first = statements.findIndex(moved);
    return (first < 0 ? [] : statements.slice(first)).map((statement) => {
      const record = recordOf(statement, fundColumns, municipality);
      for (const { channel, amountYen, count } of statement.donationsByChannel) {
        if (!DONATION_CHANNELS.some(([known]) => known === channel)) throw new Error(`open data: fund-statements has no column for the donation channel ${channel}`);
        record[`${channelKey(channel)}Yen`] = amountYen;
        record[`${channelKey(channel)}Count`] = count;
      }
      return record;
    });
  },
};

const grantPrograms = connectionDataset({
  id: 'grant-programs',
  title: '市民活動 助成制度と選考結果 (Grant programmes and their decisions)',
  description:
    "Grant programmes (助成制度): the city's own, paid from the civic activity fund, and private ones listed for information, with eligibility, application period, published selection criteria " +
    'and the decisions made (選考結果: applications, awards, rejections, amounts awarded and paid). Applications themselves are never included.',
  source: 'grantPrograms',
  field: 'grantPrograms',
  fixed: municipality,
  columns: [
    ...municipalityColumns,
    { key: 'id', label: 'ID' },
    { key: 'code', label: '制度コード' },
    { key: 'kind', label: '種類' },
    { key: 'name', label: '制度名' },
    { key: 'provider', label: '実施主体' },
    { key: 'description', label: '概要' },
    { key: 'fiscalYear', label: '年度' },
    { key: 'budgetYen', label: '予算額' },
    { key: 'minAwardYen', label: '助成額下限' },
    { key: 'maxAwardYen', label: '助成額上限' },
    { key: 'eligibleFields', label: '対象分野' },
    { key: 'eligibleOrganizationTypes', label: '対象団体' },
    { key: 'opensOn', label: '募集開始日' },
    { key: 'closesOn', label: '締切日' },
    { key: 'selectionCriteria', label: '選考基準' },
    { key: 'applicationMethod', label: '申請方法' },
    { key: 'url', label: 'URL' },
    { key: 'applications', label: '申請件数', path: 'decisions.applications' },
    { key: 'awarded', label: '交付決定件数', path: 'decisions.awarded' },
    { key: 'rejected', label: '不交付決定件数', path: 'decisions.rejected' },
    { key: 'awardedYen', label: '交付決定額合計', path: 'decisions.awardedYen' },
    { key: 'paidYen', label: '支払額合計', path: 'decisions.paidYen' },
    { key: 'remainingBudgetYen', label: '予算残額', path: 'decisions.remainingBudgetYen' },
  ],
});

const awardColumns: OpenDataColumn[] = [
  ...municipalityColumns,
  { key: 'id', label: 'ID' },
  { key: 'programId', label: '制度ID' },
  { key: 'programName', label: '制度名' },
  { key: 'groupId', label: '団体ID', path: 'group.id' },
  { key: 'groupName', label: '団体名', path: 'group.name' },
  { key: 'amountYen', label: '交付決定額' },
  { key: 'awardedOn', label: '交付決定日' },
  { key: 'paidOn', label: '支払日' },
];
const grantAwards: OpenDataset = {
  id: 'grant-awards',
  title: '市民活動 助成金交付決定一覧 (Grant awards)',
  description:
    'Grant awards (交付決定) of every programme: the group, the programme, the amount, the day decided and the day paid. ' +
    "The application's plan, the reasons of rejections and the use reports are never included.",
  source: 'grantPrograms.awards',
  columns: awardColumns,
  load: (execute) => {
    const own = awardColumns.filter((column) => !['localGovernmentCode', 'localGovernmentName', 'programId', 'programName'].includes(column.key));
    return nestedRecords(
      execute,
      { parents: 'grantPrograms', parentPage: 20, parentSelection: 'id name', single: 'grantProgram', children: 'awards', childPage: 50, childSelection: selectionFor(own.map(pathOf)) },
      (program, node) => recordOf(node, awardColumns, { ...municipality, programId: program.id, programName: program.name as string }),
    );
  },
};

const surveyResultColumns: OpenDataColumn[] = [
  ...municipalityColumns,
  { key: 'surveyId', label: '調査ID' },
  { key: 'surveyCode', label: '調査コード' },
  { key: 'surveyVersion', label: '版' },
  { key: 'surveyTitle', label: '調査名' },
  { key: 'opensOn', label: '開始日' },
  { key: 'closesOn', label: '締切日' },
  { key: 'questionPosition', label: '設問番号' },
  { key: 'questionKind', label: '設問形式' },
  { key: 'questionPrompt', label: '設問文' },
  { key: 'questionRespondents', label: '設問回答者数' },
  { key: 'optionLabel', label: '選択肢' },
  { key: 'count', label: '件数' },
  { key: 'share', label: '割合' },
  { key: 'suppressed', label: '秘匿' },
];
interface SurveyNode {
  id: string;
  code: string;
  version: number;
  title: string;
  opensOn: string;
  closesOn: string;
  results: Array<{ question: { position: number; kind: string; prompt: string }; respondents: number | null; options: Array<{ label: string; count: number | null; share: number | null; suppressed: boolean }> | null }> | null;
}
const surveyResults: OpenDataset = {
  id: 'survey-results',
  title: 'アンケート調査 集計結果 (Survey results)',
  description:
    'Results of the surveys (アンケート調査): one row per question and option, as anyone sees them: counts below 3, and any that would give one away by subtraction, are suppressed (秘匿, count and share empty). ' +
    'Answers, respondents and free texts are never included.',
  source: 'surveys.results',
  columns: surveyResultColumns,
  load: async (execute) => {
    const records: OpenDataRecord[] = [];
    let after: string | null = null;
    for (;;) {
      const data = await run(
        execute,
        'query OpenData_surveyResults($after: String) { surveys(first: 10, after: $after) { edges { node { id code version title opensOn closesOn results { question { position kind prompt } respondents options { label count share suppressed } } } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      const page = data.surveys as { edges: Array<{ node: SurveyNode }>; pageInfo: Page['pageInfo'] } | null;
      if (!page) break;
      for (const { node: survey } of page.edges) {
        for (const result of survey.results ?? []) {
          for (const option of result.options ?? []) {
            records.push({
              ...municipality,
              surveyId: survey.id,
              surveyCode: survey.code,
              surveyVersion: survey.version,
              surveyTitle: survey.title,
              opensOn: survey.opensOn,
              closesOn: survey.closesOn,
              questionPosition: result.question.position,
              questionKind: result.question.kind,
              questionPrompt: result.question.prompt,
              questionRespondents: result.respondents,
              optionLabel: option.label,
              count: option.count,
              share: option.share,
              suppressed: option.suppressed,
            });
          }
        }
      }
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
      after = page.pageInfo.endCursor;
    }
    return records;
  },
};

/** Every dataset, in catalogue order. Add one here when a subgraph gains public records. */
export const OPEN_DATASETS: readonly OpenDataset[] = [
  groups, proposals, agreements, evaluations, venues, trainingPrograms, trainingSessions, policyMeasures, measureProgress,
  fundStatements, grantPrograms, grantAwards, surveyResults,
];
