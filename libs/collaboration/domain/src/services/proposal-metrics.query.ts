import { ADOPTED_STATUSES, DECIDED_STATUSES, IMPLEMENTED_STATUSES, ProposalStatus } from '../entities/proposal-status';
import { ActivityField, type FieldIssue, isUuid, ProposerType, ValidationFailedError } from '@tsunagaru/shared-kernel';

/** What proposal metrics can be broken down by (集計の切り口). */
export enum ProposalMetricDimension {
  /** 提案者区分: city or group. */
  PROPOSER_TYPE = 'PROPOSER_TYPE',
  /** 年度 */
  FISCAL_YEAR = 'FISCAL_YEAR',
  /** 担当課 */
  DEPARTMENT = 'DEPARTMENT',
  /** 活動分野 */
  ACTIVITY_FIELD = 'ACTIVITY_FIELD',
  /** 審査状況: the pipeline, one row per status. */
  STATUS = 'STATUS',
}

export type ProposalMetricColumn = 'proposer_type' | 'fiscal_year' | 'department_id' | 'activity_field' | 'status';

/**
 * The only columns a metrics query may group by. Dimensions are looked up here and never
 * interpolated, so no caller text reaches the SQL.
 */
export const PROPOSAL_METRIC_COLUMNS: Readonly<Record<ProposalMetricDimension, ProposalMetricColumn>> = Object.freeze({
  PROPOSER_TYPE: 'proposer_type',
  FISCAL_YEAR: 'fiscal_year',
  DEPARTMENT: 'department_id',
  ACTIVITY_FIELD: 'activity_field',
  STATUS: 'status',
});

export interface ProposalMetricFilter {
  /** First fiscal year counted, inclusive. */
  fiscalYearFrom?: number | null;
  /** Last fiscal year counted, inclusive. */
  fiscalYearTo?: number | null;
  /** Lists match any of their values; an empty or missing list does not restrict. */
  proposerTypes?: ProposerType[] | null;
  departmentIds?: string[] | null;
  activityFields?: ActivityField[] | null;
}

/** One row of figures; a dimension's key is present exactly when the rows are grouped by it. */
export interface ProposalMetricRow {
  proposerType?: ProposerType;
  fiscalYear?: number;
  departmentId?: string;
  activityField?: ActivityField;
  status?: ProposalStatus;
  /** 提案件数: proposals submitted (drafts are not proposals yet). */
  proposals: number;
  /** 採択件数: proposals adopted, whatever came after (ADOPTED, AGREED, IMPLEMENTED, COMPLETED). */
  adopted: number;
  /** 実施件数: proposals carried out (IMPLEMENTED or COMPLETED). */
  implemented: number;
  /** 実施率 (the guideline's rate): implemented / proposals, rounded to 3 decimals (0.739 for 17 of 23); 0 when there are no proposals. */
  implementationRate: number;
  /** 採択率: adopted / decided (adopted or not adopted), rounded to 3 decimals; null before any decision. */
  adoptionRate: number | null;
  /** Median days from submission to the decision (採否), over decided proposals; null before any decision. */
  medianDaysToDecision: number | null;
}

export interface ProposalMetricsQuery {
  sql: string;
  params: unknown[];
  /** The dimensions grouped by, deduplicated, in the caller's order (which is also the sort order). */
  dimensions: ProposalMetricDimension[];
}

/**
 * At most this many rows in one answer. Figures are only meaningful complete, so a breakdown
 * is never cut into pages: one that would exceed this (say fiscal year × department × activity
 * field over decades) is refused, and the caller groups by fewer dimensions or narrows the
 * filter. The statement reads one row more than this to notice.
 */
export const MAX_PROPOSAL_METRIC_ROWS = 100;

/** Refuses an answer of more than MAX_PROPOSAL_METRIC_ROWS rows (the statement reads one more to tell). */
export function checkProposalMetricRowCount(rows: number): void {
  if (rows > MAX_PROPOSAL_METRIC_ROWS) {
    throw new ValidationFailedError([
      {
        field: ['groupBy'],
        code: 'TOO_MANY_ROWS',
        message: `The breakdown has more than ${MAX_PROPOSAL_METRIC_ROWS} rows; group by fewer dimensions or narrow the filter.`,
      },
    ]);
  }
}

/** At most this many department ids in one filter; the city has a few dozen departments. */
export const MAX_DEPARTMENT_IDS = 100;

const MIN_FISCAL_YEAR = 1900;
const MAX_FISCAL_YEAR = 2200;

/** The whitelisted column of a dimension; anything else is the caller's mistake. */
export function columnOfDimension(dimension: unknown): ProposalMetricColumn | undefined {
  return typeof dimension === 'string' && Object.hasOwn(PROPOSAL_METRIC_COLUMNS, dimension)
    ? PROPOSAL_METRIC_COLUMNS[dimension as ProposalMetricDimension]
    : undefined;
}

function unique<T>(values: readonly T[] | null | undefined): T[] {
  return [...new Set(values ?? [])];
}

function checkFiscalYear(value: number | null | undefined, name: string, issues: FieldIssue[]): void {
  if (value === null || value === undefined) return;
  if (!Number.isInteger(value) || value < MIN_FISCAL_YEAR || value > MAX_FISCAL_YEAR) {
    issues.push({ field: ['filter', name], code: 'OUT_OF_RANGE', message: `${name} must be a fiscal year such as 2019.` });
  }
}

function checkMembers<T extends string>(
  values: readonly T[],
  allowed: Record<string, string>,
  name: string,
  issues: FieldIssue[],
): void {
  const known = new Set(Object.values(allowed));
  if (values.some((value) => !known.has(value))) {
    issues.push({ field: ['filter', name], code: 'INVALID_VALUE', message: `${name} lists an unknown value.` });
  }
}

/**
 * Builds the one statement that computes proposal metrics: counts and the implementation
 * rate, grouped by the given dimensions (none: one total row) and sorted by them.
 * Throws ValidationFailedError for an unknown dimension or an inconsistent filter.
 */
export function buildProposalMetricsQuery(
  groupBy: readonly ProposalMetricDimension[],
  filter: ProposalMetricFilter = {},
): ProposalMetricsQuery {
  const issues: FieldIssue[] = [];
  const dimensions = unique(groupBy);
  if (dimensions.some((dimension) => columnOfDimension(dimension) === undefined)) {
    issues.push({ field: ['groupBy'], code: 'INVALID_VALUE', message: 'groupBy lists an unknown dimension.' });
  }

  const { fiscalYearFrom, fiscalYearTo } = filter;
  checkFiscalYear(fiscalYearFrom, 'fiscalYearFrom', issues);
  checkFiscalYear(fiscalYearTo, 'fiscalYearTo', issues);
  if (fiscalYearFrom != null && fiscalYearTo != null && fiscalYearFrom > fiscalYearTo) {
    issues.push({
      field: ['filter', 'fiscalYearTo'],
      code: 'INVALID_RANGE',
      message: 'fiscalYearTo must not be before fiscalYearFrom.',
    });
  }
  const proposerTypes = unique(filter.proposerTypes);
  const activityFields = unique(filter.activityFields);
  const departmentIds = unique(filter.departmentIds);
  checkMembers(proposerTypes, ProposerType, 'proposerTypes', issues);
  checkMembers(activityFields, ActivityField, 'activityFields', issues);
  if (departmentIds.some((id) => !isUuid(id))) {
    issues.push({ field: ['filter', 'departmentIds'], code: 'INVALID_ID', message: 'departmentIds lists an id that is not a department id.' });
  } else if (departmentIds.length > MAX_DEPARTMENT_IDS) {
    issues.push({ field: ['filter', 'departmentIds'], code: 'TOO_MANY', message: `departmentIds lists more than ${MAX_DEPARTMENT_IDS} ids.` });
  }
  if (issues.length > 0) throw new ValidationFailedError(issues);

  const params: unknown[] = [];
  // Drafts (and drafts withdrawn unsubmitted) are not proposals yet: the figures count submissions.
  const conditions: string[] = ['submitted_on is not null'];
  const placeholders = (values: readonly unknown[]): string => values.map(() => '?').join(', ');
  if (fiscalYearFrom != null) {
    conditions.push('fiscal_year >= ?');
    params.push(fiscalYearFrom);
  }
  if (fiscalYearTo != null) {
    conditions.push('fiscal_year <= ?');
    params.push(fiscalYearTo);
  }
  const memberships: Array<[ProposalMetricColumn, readonly string[]]> = [
    ['proposer_type', proposerTypes],
    ['department_id', departmentIds],
    ['activity_field', activityFields],
  ];
  for (const [column, values] of memberships) {
    if (values.length === 0) continue;
    conditions.push(`${column} in (${placeholders(values)})`);
    params.push(...values);
  }

  const columns = dimensions.map((dimension) => PROPOSAL_METRIC_COLUMNS[dimension]);
  const keyList = columns.join(', ');
  // Status lists are the code's own constants, written as literals; only filter values are parameters.
  const statusList = (statuses: readonly ProposalStatus[]) => statuses.map((status) => `'${status}'`).join(', ');
  const decided = statusList(DECIDED_STATUSES);
  const sql = [
    `select ${columns.map((column) => `${column}, `).join('')}proposals, adopted, implemented,`,
    '       coalesce(round(implemented::numeric / nullif(proposals, 0), 3), 0) as implementation_rate,',
    '       round(adopted::numeric / nullif(decided, 0), 3) as adoption_rate,',
    '       median_days_to_decision',
    `  from (select ${columns.map((column) => `${column}, `).join('')}count(*)::int as proposals,`,
    `               (count(*) filter (where status in (${statusList(ADOPTED_STATUSES)})))::int as adopted,`,
    `               (count(*) filter (where status in (${statusList(IMPLEMENTED_STATUSES)})))::int as implemented,`,
    `               (count(*) filter (where status in (${decided})))::int as decided,`,
    '               percentile_cont(0.5) within group (order by decided_on - submitted_on)',
    `                 filter (where status in (${decided}) and decided_on is not null) as median_days_to_decision`,
    '          from proposal',
    `         where ${conditions.join(' and ')}`,
    columns.length > 0 ? `         group by ${keyList}` : null,
    '       ) as totals',
    columns.length > 0 ? ` order by ${keyList}` : null,
    columns.length > 0 ? ` limit ${MAX_PROPOSAL_METRIC_ROWS + 1}` : null,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
  return { sql, params, dimensions };
}

/** A database row as the metrics statement returns it; numerics may come back as strings. */
export type RawProposalMetricRow = Partial<Record<ProposalMetricColumn, unknown>> & {
  proposals: unknown;
  adopted: unknown;
  implemented: unknown;
  implementation_rate: unknown;
  adoption_rate: unknown;
  median_days_to_decision: unknown;
};

const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

export function toProposalMetricRow(raw: RawProposalMetricRow, dimensions: readonly ProposalMetricDimension[]): ProposalMetricRow {
  const row: ProposalMetricRow = {
    proposals: Number(raw.proposals),
    adopted: Number(raw.adopted),
    implemented: Number(raw.implemented),
    implementationRate: Number(raw.implementation_rate),
    adoptionRate: numberOrNull(raw.adoption_rate),
    medianDaysToDecision: numberOrNull(raw.median_days_to_decision),
  };
  for (const dimension of dimensions) {
    switch (dimension) {
      case ProposalMetricDimension.PROPOSER_TYPE:
        row.proposerType = raw.proposer_type as ProposerType;
        break;
      case ProposalMetricDimension.FISCAL_YEAR:
        row.fiscalYear = Number(raw.fiscal_year);
        break;
      case ProposalMetricDimension.DEPARTMENT:
        row.departmentId = String(raw.department_id);
        break;
      case ProposalMetricDimension.ACTIVITY_FIELD:
        row.activityField = raw.activity_field as ActivityField;
        break;
      case ProposalMetricDimension.STATUS:
        row.status = raw.status as ProposalStatus;
        break;
    }
  }
  return row;
}
