import { pathOf, selectionFor, recordOf, allNodes, connectionDataset, municipality, municipalityColumns, nestedRecords, type OpenDataColumn, type OpenDataset } from './dataset-kit';

// Decided proposals, agreements and published evaluations (協働事業).
const DECIDED = '{ statuses: [ADOPTED, NOT_ADOPTED, AGREED, IMPLEMENTED, COMPLETED] }';
export const proposals = connectionDataset({
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
export const agreements: OpenDataset = {
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


export const evaluations: OpenDataset = {
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
