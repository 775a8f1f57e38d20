import { describe, it, expect } from 'vitest';
import { ActivityField, ProposerType, ValidationFailedError } from '@tsunagaru/shared-kernel';
import {
  buildProposalMetricsQuery,
  checkProposalMetricRowCount,
  columnOfDimension,
  MAX_DEPARTMENT_IDS,
  MAX_PROPOSAL_METRIC_ROWS,
  PROPOSAL_METRIC_COLUMNS,
  ProposalMetricDimension,
  toProposalMetricRow,
} from './proposal-metrics.query';

const D = ProposalMetricDimension;
const DEPARTMENT_ID = '6f1c2d3e-4a5b-5c6d-8e7f-0123456789ab';

function placeholderCount(sql: string): number {
  return (sql.match(/\?/g) ?? []).length;
}

function issuesOf(fn: () => unknown): Array<{ field: string[]; code: string }> {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationFailedError);
    return (error as ValidationFailedError).issues;
  }
  throw new Error('expected a ValidationFailedError');
}

describe('dimension → column mapping', () => {
  it('maps every dimension to its own whitelisted column', () => {
    expect(PROPOSAL_METRIC_COLUMNS).toEqual({
      PROPOSER_TYPE: 'proposer_type',
      FISCAL_YEAR: 'fiscal_year',
      DEPARTMENT: 'department_id',
      ACTIVITY_FIELD: 'activity_field',
      STATUS: 'status',
    });
    for (const dimension of Object.values(D)) expect(columnOfDimension(dimension)).toBe(PROPOSAL_METRIC_COLUMNS[dimension]);
  });

  it('knows nothing else, not even inherited keys', () => {
    for (const unknown of ['status', 'decided_on', 'proposer_type', 'toString', '__proto__', 'FISCAL_YEAR; drop table proposal', 1, null]) {
      expect(columnOfDimension(unknown)).toBeUndefined();
    }
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(PROPOSAL_METRIC_COLUMNS)).toBe(true);
  });
});

describe('buildProposalMetricsQuery', () => {
  it('gives one total row for an empty groupBy: no group by, no order by', () => {
    const query = buildProposalMetricsQuery([]);
    expect(query.dimensions).toEqual([]);
    expect(query.sql).not.toMatch(/group by|^ order by/m);
    expect(query.sql).toMatch(/from proposal/);
    expect(query.params).toEqual([]);
    expect(placeholderCount(query.sql)).toBe(0);
  });

  it('counts submitted proposals only: a draft is not a proposal yet', () => {
    expect(buildProposalMetricsQuery([]).sql).toMatch(/where submitted_on is not null\n/);
  });

  it('counts adopted, implemented and decided proposals by the statuses each means', () => {
    const { sql } = buildProposalMetricsQuery([D.STATUS]);
    expect(sql).toContain("filter (where status in ('ADOPTED', 'AGREED', 'IMPLEMENTED', 'COMPLETED')))::int as adopted");
    expect(sql).toContain("filter (where status in ('IMPLEMENTED', 'COMPLETED')))::int as implemented");
    expect(sql).toContain("filter (where status in ('ADOPTED', 'AGREED', 'IMPLEMENTED', 'COMPLETED', 'NOT_ADOPTED')))::int as decided");
    expect(sql).toMatch(/group by status\n/);
  });

  it('takes the median days to a decision in SQL, over decided proposals only', () => {
    const { sql } = buildProposalMetricsQuery([]);
    expect(sql).toContain('percentile_cont(0.5) within group (order by decided_on - submitted_on)');
    expect(sql).toContain('round(adopted::numeric / nullif(decided, 0), 3) as adoption_rate');
  });

  it('groups and orders by the columns in the order asked, once each', () => {
    const query = buildProposalMetricsQuery([D.FISCAL_YEAR, D.PROPOSER_TYPE, D.FISCAL_YEAR]);
    expect(query.dimensions).toEqual([D.FISCAL_YEAR, D.PROPOSER_TYPE]);
    expect(query.sql).toMatch(/group by fiscal_year, proposer_type\n/);
    expect(query.sql).toMatch(/order by fiscal_year, proposer_type\n limit 101$/);
  });

  it('reads one row more than it may answer, and refuses a breakdown beyond that', () => {
    expect(MAX_PROPOSAL_METRIC_ROWS).toBe(100);
    expect(buildProposalMetricsQuery([D.DEPARTMENT, D.FISCAL_YEAR, D.ACTIVITY_FIELD]).sql).toMatch(/limit 101$/);
    expect(() => checkProposalMetricRowCount(100)).not.toThrow();
    expect(issuesOf(() => checkProposalMetricRowCount(101))).toEqual([expect.objectContaining({ field: ['groupBy'], code: 'TOO_MANY_ROWS' })]);
  });

  it('rounds the rate to 3 decimals in SQL and never divides by zero', () => {
    const { sql } = buildProposalMetricsQuery([D.PROPOSER_TYPE]);
    expect(sql).toContain('round(implemented::numeric / nullif(proposals, 0), 3)');
    expect(sql).toContain('coalesce(');
  });

  it('passes every filter value as a parameter, never in the SQL text', () => {
    const query = buildProposalMetricsQuery([D.DEPARTMENT], {
      fiscalYearFrom: 2007,
      fiscalYearTo: 2019,
      proposerTypes: [ProposerType.GROUP, ProposerType.GROUP],
      departmentIds: [DEPARTMENT_ID],
      activityFields: [ActivityField.ENVIRONMENT, ActivityField.CHILD_DEVELOPMENT],
    });
    expect(query.params).toEqual([2007, 2019, 'GROUP', DEPARTMENT_ID, 'ENVIRONMENT', 'CHILD_DEVELOPMENT']);
    expect(placeholderCount(query.sql)).toBe(query.params.length);
    for (const text of ['2007', 'GROUP', DEPARTMENT_ID, 'ENVIRONMENT']) expect(query.sql).not.toContain(text);
    expect(query.sql).toContain(
      'where submitted_on is not null and fiscal_year >= ? and fiscal_year <= ? and proposer_type in (?) and department_id in (?) and activity_field in (?, ?)',
    );
  });

  it('treats empty lists as no restriction', () => {
    const query = buildProposalMetricsQuery([], { proposerTypes: [], departmentIds: [], activityFields: [] });
    expect(query.sql).toMatch(/where submitted_on is not null\n/);
    expect(query.params).toEqual([]);
  });

  it('accepts a single-year range', () => {
    expect(() => buildProposalMetricsQuery([], { fiscalYearFrom: 2019, fiscalYearTo: 2019 })).not.toThrow();
  });

  it('rejects fiscalYearFrom after fiscalYearTo', () => {
    expect(issuesOf(() => buildProposalMetricsQuery([], { fiscalYearFrom: 2019, fiscalYearTo: 2007 }))).toEqual([
      expect.objectContaining({ field: ['filter', 'fiscalYearTo'], code: 'INVALID_RANGE' }),
    ]);
  });

  it('rejects unknown dimensions and values without putting them in SQL', () => {
    const issues = issuesOf(() =>
      buildProposalMetricsQuery(['STATUS; drop table proposal' as ProposalMetricDimension], {
        proposerTypes: ['MAYOR' as ProposerType],
        activityFields: ['FISHING' as ActivityField],
        departmentIds: ["x' or '1'='1"],
        fiscalYearFrom: 20.5,
      }),
    );
    expect(issues.map((issue) => [issue.field.join('.'), issue.code])).toEqual([
      ['groupBy', 'INVALID_VALUE'],
      ['filter.fiscalYearFrom', 'OUT_OF_RANGE'],
      ['filter.proposerTypes', 'INVALID_VALUE'],
      ['filter.activityFields', 'INVALID_VALUE'],
      ['filter.departmentIds', 'INVALID_ID'],
    ]);
  });

  it('limits the number of department ids', () => {
    const many = Array.from({ length: MAX_DEPARTMENT_IDS + 1 }, (_, i) => `00000000-0000-5000-8000-${String(i).padStart(12, '0')}`);
    expect(issuesOf(() => buildProposalMetricsQuery([], { departmentIds: many }))[0]).toMatchObject({ code: 'TOO_MANY' });
  });
});

describe('toProposalMetricRow', () => {
  it('turns numeric strings into numbers and keeps only the grouped dimensions', () => {
    const raw = {
      proposer_type: 'CITY',
      fiscal_year: 2019,
      department_id: DEPARTMENT_ID,
      activity_field: 'ENVIRONMENT',
      status: 'COMPLETED',
      proposals: 23,
      adopted: '17',
      implemented: '17',
      implementation_rate: '0.739',
      adoption_rate: '0.850',
      median_days_to_decision: 82.5,
    };
    const figures = { proposals: 23, adopted: 17, implemented: 17, implementationRate: 0.739, adoptionRate: 0.85, medianDaysToDecision: 82.5 };
    expect(toProposalMetricRow(raw, [D.PROPOSER_TYPE])).toEqual({ proposerType: ProposerType.CITY, ...figures });
    expect(toProposalMetricRow(raw, Object.values(D))).toEqual({
      proposerType: ProposerType.CITY,
      fiscalYear: 2019,
      departmentId: DEPARTMENT_ID,
      activityField: ActivityField.ENVIRONMENT,
      status: 'COMPLETED',
      ...figures,
    });
    expect(toProposalMetricRow({ ...raw, adoption_rate: null, median_days_to_decision: null }, [])).toMatchObject({
      adoptionRate: null,
      medianDaysToDecision: null,
    });
  });
});
