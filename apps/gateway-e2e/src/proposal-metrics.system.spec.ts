import { describe, expect, it } from 'vitest';
import { gatewayUrl, postGraphQL } from '@tsunagaru/shared-testing';

interface MetricRow {
  proposerType: string | null;
  fiscalYear: number | null;
  department: { id: string; name: string } | null;
  activityField: string | null;
  proposals: number;
  implemented: number;
  implementationRate: number;
}

async function metrics(groupBy: string[], filter?: Record<string, unknown>) {
  const response = await postGraphQL<{ proposalMetrics: MetricRow[] }>(
    gatewayUrl(),
    `query ($groupBy: [ProposalMetricDimension!]!, $filter: ProposalMetricFilter) {
       proposalMetrics(groupBy: $groupBy, filter: $filter) {
         proposerType fiscalYear department { id name } activityField proposals implemented implementationRate
       }
     }`,
    { groupBy, filter },
  );
  expect(response.errors).toBeUndefined();
  return response.data!.proposalMetrics;
}

describe('mutual-proposal metrics (相互提案協働事業, FY2007–FY2019)', () => {
  it('gives city 23 / 17 / 0.739 and group 52 / 18 / 0.346 by proposer type', async () => {
    const rows = await metrics(['PROPOSER_TYPE']);
    const byType = Object.fromEntries(rows.map((row) => [row.proposerType, row]));
    expect(byType.CITY).toMatchObject({ proposals: 23, implemented: 17, implementationRate: 0.739 });
    expect(byType.GROUP).toMatchObject({ proposals: 52, implemented: 18, implementationRate: 0.346 });
    expect(rows).toHaveLength(2);
  });

  it('covers FY2007–FY2019 by fiscal year, summing to 75 proposals and 35 implemented', async () => {
    const rows = await metrics(['FISCAL_YEAR']);
    expect(rows.map((row) => row.fiscalYear)).toEqual(Array.from({ length: 13 }, (_, i) => 2007 + i));
    expect(rows.reduce((sum, row) => sum + row.proposals, 0)).toBe(75);
    expect(rows.reduce((sum, row) => sum + row.implemented, 0)).toBe(35);
  });

  it('names departments through the directory subgraph and respects filters', async () => {
    const rows = await metrics(['DEPARTMENT'], { proposerTypes: ['CITY'] });
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
