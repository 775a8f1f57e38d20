import { describe, expect, it } from 'vitest';
import { gatewayUrl, postGraphQL } from '@tsunagaru/shared-testing';

interface ProposalPage {
  proposals: {
    totalCount: number;
    edges: Array<{ node: { id: string; fiscalYear: number; proposerType: string; implemented: boolean; proposingGroup: { name: string } | null } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('proposals (相互提案協働事業) and departments through the gateway', () => {
  it('pages through all 75 proposals, newest fiscal year first, with group names from directory', async () => {
    const seen: ProposalPage['proposals']['edges'] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const response: Awaited<ReturnType<typeof postGraphQL<ProposalPage>>> = await postGraphQL<ProposalPage>(
        gatewayUrl(),
        `query ($after: String) { proposals(filter: { fiscalYearTo: 2019 }, first: 30, after: $after) {
           totalCount edges { node { id fiscalYear proposerType implemented proposingGroup { name } } } pageInfo { hasNextPage endCursor }
         } }`,
        { after },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.proposals.totalCount).toBe(75);
      seen.push(...response.data!.proposals.edges);
      if (!response.data!.proposals.pageInfo.hasNextPage) break;
      after = response.data!.proposals.pageInfo.endCursor;
    }
    expect(new Set(seen.map((edge) => edge.node.id)).size).toBe(75);
    const years = seen.map((edge) => edge.node.fiscalYear);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(seen.filter((edge) => edge.node.implemented)).toHaveLength(35);
    for (const { node } of seen) {
      if (node.proposerType === 'GROUP') expect(node.proposingGroup?.name).toBeTruthy();
      else expect(node.proposingGroup).toBeNull();
    }
  });

  it('filters proposals by proposer type', async () => {
    const response = await postGraphQL<{ proposals: { totalCount: number } }>(
      gatewayUrl(),
      `{ proposals(filter: { proposerType: CITY, fiscalYearFrom: 2007, fiscalYearTo: 2019 }) { totalCount } }`,
    );
    expect(response.data!.proposals.totalCount).toBe(23);
  });

  it("gives every group proposal of the history a proposer who works in the proposal's field and was registered before it was submitted", async () => {
    const response = await postGraphQL<{
      proposals: {
        edges: Array<{ node: { title: string; activityField: string; submittedOn: string; proposingGroup: { activityFields: string[]; foundedOn: string; registeredOn: string } } }>;
      };
    }>(
      gatewayUrl(),
      `{ proposals(filter: { proposerType: GROUP, fiscalYearTo: 2019 }, first: 100) {
          edges { node { title activityField submittedOn proposingGroup { activityFields foundedOn registeredOn } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.proposals.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(52);
    for (const node of nodes) {
      expect(node.proposingGroup.activityFields, node.title).toContain(node.activityField);
      expect(node.proposingGroup.registeredOn < node.submittedOn, node.title).toBe(true);
      expect(node.proposingGroup.foundedOn < node.submittedOn, node.title).toBe(true);
    }
  });

  it('lists departments with their proposals and the guideline measures they lead', async () => {
    const response = await postGraphQL<{
      departments: {
        totalCount: number;
        edges: Array<{ node: { name: string; proposals: { totalCount: number }; policyMeasures: { edges: Array<{ node: { code: string; priorityClass: string } }> } } }>;
      };
    }>(
      gatewayUrl(),
      `{ departments(first: 30) { totalCount edges { node {
          name proposals { totalCount } policyMeasures(first: 50) { edges { node { code priorityClass } } }
      } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const departments = response.data!.departments.edges.map((edge) => edge.node);
    expect(departments).toHaveLength(response.data!.departments.totalCount);
    // Every public proposal has one department; anonymous callers see the public ones only.
    const all = await postGraphQL<{ proposals: { totalCount: number } }>(gatewayUrl(), '{ proposals { totalCount } }');
    expect(all.data!.proposals.totalCount).toBeGreaterThan(75);
    expect(departments.reduce((sum, department) => sum + department.proposals.totalCount, 0)).toBe(all.data!.proposals.totalCount);
    const measures = departments.flatMap((department) => department.policyMeasures.edges.map((edge) => edge.node));
    expect(new Set(measures.map((measure) => measure.priorityClass))).toEqual(new Set(['I', 'II_A', 'II_B', 'III']));
  });
});
