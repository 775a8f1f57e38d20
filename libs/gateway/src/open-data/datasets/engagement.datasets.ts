import type { CellValue } from '../csv';
import { pathOf, selectionFor, valueAt, latestOf, recordOf, run, allNodes, connectionDataset, municipality, municipalityColumns, nestedRecords, type OpenDataColumn, type OpenDataRecord, type OpenDataset, type Page } from './dataset-kit';

// Training programmes and sessions (イベント一覧), the measures and their progress, survey results.
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
export const measureProgress: OpenDataset = {
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

export const trainingPrograms = connectionDataset({
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
export const trainingSessions: OpenDataset = {
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

export const policyMeasures = connectionDataset({
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
export const surveyResults: OpenDataset = {
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
