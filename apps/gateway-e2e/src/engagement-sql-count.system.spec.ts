import { describe, expect, it } from 'vitest';
import { gatewayUrl, postGraphQL, tokenFor } from '@tsunagaru/shared-testing';

// No N+1 in engagement's lists: the statements a request runs do not grow with the page.

async function statements(query: string, variables: Record<string, unknown>, token?: string): Promise<{ count: number; data: Record<string, unknown> }> {
  const response = await postGraphQL<Record<string, unknown>>(gatewayUrl(), query, variables, token);
  expect(response.errors).toBeUndefined();
  const header = response.headers.get('x-sql-statements');
  if (process.env.SHOW_SQL_COUNTS) console.log(`sql statements: ${header} for ${JSON.stringify(variables)}`);
  expect(header).not.toBeNull();
  return { count: Number(header), data: response.data! };
}

const SESSIONS = `query ($first: Int!) {
  trainingSessions(first: $first) { edges { node {
    startsAt capacity enrolledCount waitlistedCount online
    venue { name capacity }
    program { title audience }
    enrollments(first: 5) { totalCount edges { node { status position group { name } } } }
  } } }
}`;

const SURVEY_RESULTS = `query ($crossBy: SurveyCrossDimension) {
  surveys(first: 5) { edges { node { title respondentCount questions { prompt options { label } }
    results(crossBy: $crossBy) { question { id kind } respondents options { label count share suppressed }
      segments { value respondents options { label count share suppressed } } } } } }
}`;

const GROUPS = `query ($first: Int!) {
  groups(first: $first) { edges { node { id
    surveyResponses(first: 2) { edges { node { survey { title } answers { prompt chosen } } } }
    trainingSessionEnrollments(first: 2) { edges { node { status position session { venue { name } } } } }
  } } }
}`;

describe('SQL statements per request in engagement', () => {
  it('lists training sessions with their venues, programmes, counts and enrolments in as many statements for 9 as for 2', async () => {
    const staff = await tokenFor('staff');
    const two = await statements(SESSIONS, { first: 2 }, staff);
    const nine = await statements(SESSIONS, { first: 9 }, staff);
    const edges = (nine.data.trainingSessions as { edges: Array<{ node: { venue: unknown; enrollments: { edges: unknown[] } } }> }).edges;
    expect(edges).toHaveLength(9);
    expect(edges.some((edge) => edge.node.venue !== null)).toBe(true);
    expect(edges.some((edge) => edge.node.enrollments.edges.length > 0)).toBe(true);
    expect(nine.count).toBe(two.count);
    expect(nine.count).toBeLessThanOrEqual(12);
  });

  it("computes a survey's results, cross-tabulated or not, in a fixed handful of statements", async () => {
    const plain = await statements(SURVEY_RESULTS, { crossBy: null });
    const crossed = await statements(SURVEY_RESULTS, { crossBy: 'ACTIVITY_FIELD' }, await tokenFor('staff'));
    expect(crossed.count).toBe(plain.count);
    expect(crossed.count).toBeLessThanOrEqual(8);
  });

  // Second hops (survey titles, session venues) run only when some group has a response or an
  // enrolment, so compare pages that certainly have both.
  it('adds survey responses and session enrolments to a page of groups in as many statements for 100 as for 50', async () => {
    const staff = await tokenFor('staff');
    const fifty = await statements(GROUPS, { first: 50 }, staff);
    const hundred = await statements(GROUPS, { first: 100 }, staff);
    type Node = { surveyResponses: { edges: unknown[] }; trainingSessionEnrollments: { edges: Array<{ node: { session: { venue: unknown } } }> } };
    const nodes = (fifty.data.groups as { edges: Array<{ node: Node }> }).edges.map((edge) => edge.node);
    expect(nodes.some((node) => node.surveyResponses.edges.length > 0)).toBe(true);
    expect(nodes.some((node) => node.trainingSessionEnrollments.edges.some((edge) => edge.node.session.venue !== null))).toBe(true);
    expect(hundred.count).toBe(fifty.count);
  });
});
