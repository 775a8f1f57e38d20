import { describe, expect, it } from 'vitest';
import { fiscalYearOf } from '@tsunagaru/shared-kernel';
import { gatewayUrl, postGraphQL } from '@tsunagaru/shared-testing';

interface MetricRow {
  proposerType: string | null;
  fiscalYear: number | null;
  department: { id: string; name: string } | null;
  activityField: string | null;
  status: string | null;
  proposals: number;
  adopted: number;
  implemented: number;
  implementationRate: number;
  adoptionRate: number | null;
  medianDaysToDecision: number | null;
}

// The guideline's figures are those of FY2007–FY2019; the demo adds this year's pipeline after them.
const HISTORY = { fiscalYearFrom: 2007, fiscalYearTo: 2019 };

async function metrics(groupBy: string[], filter?: Record<string, unknown>) {
  const response = await postGraphQL<{ proposalMetrics: MetricRow[] }>(
    gatewayUrl(),
    `query ($groupBy: [ProposalMetricDimension!]!, $filter: ProposalMetricFilter) {
       proposalMetrics(groupBy: $groupBy, filter: $filter) {
         proposerType fiscalYear department { id name } activityField status proposals adopted implemented implementationRate adoptionRate medianDaysToDecision
       }
     }`,
    { groupBy, filter },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.proposalMetrics;
}

describe('mutual-proposal metrics (相互提案協働事業, FY2007–FY2019)', () => {
  it('gives city 23 / 17 / 0.739 and group 52 / 18 / 0.346 by proposer type', async () => {
    const rows = await metrics(['PROPOSER_TYPE'], HISTORY);
    const byType = Object.fromEntries(rows.map((row) => [row.proposerType, row]));
    expect(byType.CITY).toMatchObject({ proposals: 23, implemented: 17, implementationRate: 0.739 });
    expect(byType.GROUP).toMatchObject({ proposals: 52, implemented: 18, implementationRate: 0.346 });
    expect(rows).toHaveLength(2);
  });

  it('covers FY2007–FY2019 by fiscal year, summing to 75 proposals and 35 implemented, then this year', async () => {
    const rows = await metrics(['FISCAL_YEAR']);
    const history = rows.filter((row) => row.fiscalYear! <= 2019);
    expect(history.map((row) => row.fiscalYear)).toEqual(Array.from({ length: 13 }, (_, i) => 2007 + i));
    expect(history.reduce((sum, row) => sum + row.proposals, 0)).toBe(75);
    expect(history.reduce((sum, row) => sum + row.implemented, 0)).toBe(35);
    // Every project of the history was adopted and carried out: adopted is implemented there.
    expect(history.reduce((sum, row) => sum + row.adopted, 0)).toBe(35);
    // This year's pipeline (in a fiscal year's first weeks it starts in the last weeks of the year before).
    const later = rows.filter((row) => row.fiscalYear! > 2019).map((row) => row.fiscalYear!);
    expect(later.length).toBeGreaterThan(0);
    for (const year of later) expect(year).toBeGreaterThanOrEqual(fiscalYearOf(new Date()) - 1);
  });

  it('counts the pipeline by STATUS, without drafts, with adoption rate and median days to a decision', async () => {
    const rows = await metrics(['STATUS']);
    const byStatus = Object.fromEntries(rows.map((row) => [row.status, row]));
    expect(byStatus.DRAFT).toBeUndefined();
    for (const status of ['SUBMITTED', 'UNDER_REVIEW', 'ADOPTED', 'AGREED', 'IMPLEMENTED', 'COMPLETED', 'NOT_ADOPTED', 'WITHDRAWN']) expect(byStatus[status], status).toBeDefined();
    expect(byStatus.COMPLETED).toMatchObject({ adopted: byStatus.COMPLETED.proposals, implemented: byStatus.COMPLETED.proposals, adoptionRate: 1 });
    expect(byStatus.NOT_ADOPTED).toMatchObject({ adopted: 0, adoptionRate: 0 });
    expect(byStatus.UNDER_REVIEW).toMatchObject({ adoptionRate: null, medianDaysToDecision: null });
    expect(byStatus.COMPLETED.medianDaysToDecision).toBeGreaterThanOrEqual(45);
    expect(byStatus.COMPLETED.medianDaysToDecision).toBeLessThanOrEqual(120);
  });

  it('gives evaluation metrics by view: published evaluations and their mean score', async () => {
    const response = await postGraphQL<{ evaluationMetrics: Array<{ view: string; evaluations: number; meanScore: number }> }>(
      gatewayUrl(),
      `{ evaluationMetrics(groupBy: [VIEW], filter: { final: true }) { view criterion fiscalYear evaluations meanScore } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.evaluationMetrics.map((row) => [row.view, row.evaluations])).toEqual([
      ['DEPARTMENT', 35],
      ['GROUP', 35],
      ['THIRD_PARTY', 35],
    ]);
    for (const row of response.data!.evaluationMetrics) expect(row.meanScore).toBeGreaterThanOrEqual(1);
  });

  it('names departments through the directory subgraph and respects filters', async () => {
    const rows = await metrics(['DEPARTMENT'], { ...HISTORY, proposerTypes: ['CITY'] });
    expect(rows.reduce((sum, row) => sum + row.proposals, 0)).toBe(23);
    for (const row of rows) expect(row.department?.name).toMatch(/部|課|委員会/);
  });

  it('groups by two dimensions at once and keeps totals', async () => {
    const rows = await metrics(['PROPOSER_TYPE', 'FISCAL_YEAR'], { fiscalYearFrom: 2007, fiscalYearTo: 2019 });
    expect(rows.every((row) => row.proposerType && row.fiscalYear)).toBe(true);
    expect(rows.filter((row) => row.proposerType === 'CITY').reduce((sum, row) => sum + row.implemented, 0)).toBe(17);
  });

  it('rejects an inverted fiscal-year range with BAD_USER_INPUT', async () => {
    const response = await postGraphQL(
      gatewayUrl(),
      `{ proposalMetrics(groupBy: [FISCAL_YEAR], filter: { fiscalYearFrom: 2019, fiscalYearTo: 2007 }) { proposals } }`,
    );
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
