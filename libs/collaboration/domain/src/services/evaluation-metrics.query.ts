import type { EntityManager } from '@mikro-orm/postgresql';
import { ValidationFailedError, type FieldIssue } from '@tsunagaru/shared-kernel';
import { EvaluationCriterion, EvaluationView } from '../entities/collaboration-enums';

/** What evaluation metrics can be broken down by. */
export enum EvaluationMetricDimension {
  /** 評価の視点 */
  VIEW = 'VIEW',
  /** 評価項目 */
  CRITERION = 'CRITERION',
  /** 年度 */
  FISCAL_YEAR = 'FISCAL_YEAR',
}

/** The only expressions a breakdown may group by; dimensions are looked up here, never interpolated. */
export const EVALUATION_METRIC_COLUMNS: Readonly<Record<EvaluationMetricDimension, string>> = Object.freeze({
  VIEW: 'e.view',
  CRITERION: 's.criterion',
  FISCAL_YEAR: 'e.fiscal_year',
});

const RESULT_NAMES: Readonly<Record<EvaluationMetricDimension, string>> = Object.freeze({
  VIEW: 'view',
  CRITERION: 'criterion',
  FISCAL_YEAR: 'fiscal_year',
});

export interface EvaluationMetricFilter {
  fiscalYearFrom?: number | null;
  fiscalYearTo?: number | null;
  views?: EvaluationView[] | null;
  /** Only final evaluations (true), only yearly ones (false), or both (null). */
  final?: boolean | null;
}

export interface EvaluationMetricRow {
  view?: EvaluationView;
  criterion?: EvaluationCriterion;
  fiscalYear?: number;
  /** Published evaluations counted. */
  evaluations: number;
  /** Mean of their scores (1–5), over the criteria in the row, rounded to 2 decimals. */
  meanScore: number;
}

/** As for proposal metrics: a breakdown is complete or refused, never cut short. */
export const MAX_EVALUATION_METRIC_ROWS = 100;

export function buildEvaluationMetricsQuery(groupBy: readonly EvaluationMetricDimension[], filter: EvaluationMetricFilter = {}) {
  const issues: FieldIssue[] = [];
  const dimensions = [...new Set(groupBy)];
  if (dimensions.some((dimension) => typeof dimension !== 'string' || !Object.hasOwn(EVALUATION_METRIC_COLUMNS, dimension))) {
    issues.push({ field: ['groupBy'], code: 'INVALID_VALUE', message: 'groupBy lists an unknown dimension.' });
  }
  for (const name of ['fiscalYearFrom', 'fiscalYearTo'] as const) {
    const value = filter[name];
    if (value != null && (!Number.isInteger(value) || value < 1900 || value > 2200)) {
      issues.push({ field: ['filter', name], code: 'OUT_OF_RANGE', message: `${name} must be a fiscal year such as 2019.` });
    }
  }
  if (filter.fiscalYearFrom != null && filter.fiscalYearTo != null && filter.fiscalYearFrom > filter.fiscalYearTo) {
    issues.push({ field: ['filter', 'fiscalYearTo'], code: 'INVALID_RANGE', message: 'fiscalYearTo must not be before fiscalYearFrom.' });
  }
  const views = [...new Set(filter.views ?? [])];
  if (views.some((view) => !Object.values(EvaluationView).includes(view))) {
    issues.push({ field: ['filter', 'views'], code: 'INVALID_VALUE', message: 'views lists an unknown view.' });
  }
  if (issues.length > 0) throw new ValidationFailedError(issues);

  // Only published evaluations: the figures are public, the unpublished are not.
  const conditions = ['e.published_at is not null'];
  const params: unknown[] = [];
  if (filter.fiscalYearFrom != null) {
    conditions.push('e.fiscal_year >= ?');
    params.push(filter.fiscalYearFrom);
  }
  if (filter.fiscalYearTo != null) {
    conditions.push('e.fiscal_year <= ?');
    params.push(filter.fiscalYearTo);
  }
  if (views.length > 0) {
    conditions.push(`e.view in (${views.map(() => '?').join(', ')})`);
    params.push(...views);
  }
  if (filter.final != null) {
    conditions.push('e.final = ?');
    params.push(filter.final);
  }
  const selected = dimensions.map((dimension) => `${EVALUATION_METRIC_COLUMNS[dimension]} as ${RESULT_NAMES[dimension]}, `).join('');
  const keys = dimensions.map((dimension) => EVALUATION_METRIC_COLUMNS[dimension]).join(', ');
  const sql = [
    `select ${selected}count(distinct e.id)::int as evaluations, round(avg(s.score)::numeric, 2) as mean_score`,
    '  from evaluation e join evaluation_score s on s.evaluation_id = e.id',
    ` where ${conditions.join(' and ')}`,
    dimensions.length > 0 ? ` group by ${keys} order by ${keys} limit ${MAX_EVALUATION_METRIC_ROWS + 1}` : null,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
  return { sql, params, dimensions };
}

/**
 * 評価の集計: published evaluations and their mean score, by view, criterion and fiscal year.
 * One statement, aggregated in SQL.
 */
export class EvaluationMetrics {
  constructor(private readonly em: EntityManager) {}

  async compute(groupBy: readonly EvaluationMetricDimension[], filter: EvaluationMetricFilter = {}): Promise<EvaluationMetricRow[]> {
    const query = buildEvaluationMetricsQuery(groupBy, filter);
    const rows = await this.em.getConnection().execute<Array<Record<string, unknown>>>(query.sql, query.params);
    if (rows.length > MAX_EVALUATION_METRIC_ROWS) {
      throw new ValidationFailedError([
        { field: ['groupBy'], code: 'TOO_MANY_ROWS', message: `The breakdown has more than ${MAX_EVALUATION_METRIC_ROWS} rows; group by fewer dimensions or narrow the filter.` },
      ]);
    }
    // With no evaluation at all, one total row of nothing: no mean to give.
    return rows
      .filter((row) => Number(row.evaluations) > 0)
      .map((row) => ({
        ...(row.view !== undefined ? { view: row.view as EvaluationView } : {}),
        ...(row.criterion !== undefined ? { criterion: row.criterion as EvaluationCriterion } : {}),
        ...(row.fiscal_year !== undefined ? { fiscalYear: Number(row.fiscal_year) } : {}),
        evaluations: Number(row.evaluations),
        meanScore: Number(row.mean_score),
      }));
  }
}
