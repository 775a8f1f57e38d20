import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildASTSchema, getNamedType, isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Role } from '@tsunagaru/shared-kernel';
import { errorCodes, gatewayUrl, postGraphQL, tokenFor } from '@tsunagaru/shared-testing';

/**
 * Every connection in the graph, each reached the way a client would, with `first` and
 * `after` passed as variables. Nested ones sit under a page of parents large enough that
 * some have children, so every resolver really runs and yields cursors.
 */
const CONNECTIONS: Record<string, { query: string; role?: Role }> = {
  'Query.groups': { query: 'groups(first: $first, after: $after) { edges { cursor } }' },
  'Query.proposals': { query: 'proposals(first: $first, after: $after) { edges { cursor } }' },
  'Query.departments': { query: 'departments(first: $first, after: $after) { edges { cursor } }' },
  'Query.intermediaries': { query: 'intermediaries(first: $first, after: $after) { edges { cursor } }' },
  'Query.venues': { query: 'venues(first: $first, after: $after) { edges { cursor } }' },
  'Query.trainingPrograms': { query: 'trainingPrograms(first: $first, after: $after) { edges { cursor } }' },
  'Query.policyMeasures': { query: 'policyMeasures(first: $first, after: $after) { edges { cursor } }' },
  'Group.proposals': { query: 'groups(first: 100) { edges { node { proposals(first: $first, after: $after) { edges { cursor } } } } }' },
  'Group.venueBookings': {
    query: 'groups(first: 100) { edges { node { venueBookings(first: $first, after: $after) { edges { cursor } } } } }',
  },
  'Group.trainingEnrollments': {
    query: 'groups(first: 100) { edges { node { trainingEnrollments(first: $first, after: $after) { edges { cursor } } } } }',
    role: 'staff',
  },
  'Department.proposals': {
    query: 'departments(first: 100) { edges { node { proposals(first: $first, after: $after) { edges { cursor } } } } }',
  },
  'Department.policyMeasures': {
    query: 'departments(first: 100) { edges { node { policyMeasures(first: $first, after: $after) { edges { cursor } } } } }',
  },
  'Venue.bookings': { query: 'venues(first: 3) { edges { node { bookings(first: $first, after: $after) { edges { cursor } } } } }' },
  'Query.cityChallenges': { query: 'cityChallenges(first: $first, after: $after) { edges { cursor } }' },
  'Query.agreements': { query: 'agreements(first: $first, after: $after) { edges { cursor } }' },
  'Group.collaborations': {
    query: 'groups(first: 100) { edges { node { collaborations(first: $first, after: $after) { edges { cursor } } } } }',
  },
  'Department.cityChallenges': {
    query: 'departments(first: 100) { edges { node { cityChallenges(first: $first, after: $after) { edges { cursor } } } } }',
  },
  // Consultations and the versions of agreements still being agreed are not public: the secretariat's staff see them all.
  'Proposal.consultations': {
    query: 'proposals(first: 100, filter: { statuses: [COMPLETED] }) { edges { node { consultations(first: $first, after: $after) { edges { cursor } } } } }',
    role: 'staff',
  },
  'Agreement.versions': {
    query: 'agreements(first: 100) { edges { node { versions(first: $first, after: $after) { edges { cursor } } } } }',
    role: 'staff',
  },
  'Agreement.evaluations': {
    query: 'agreements(first: 100) { edges { node { evaluations(first: $first, after: $after) { edges { cursor } } } } }',
  },
  'Agreement.results': { query: 'agreements(first: 100) { edges { node { results(first: $first, after: $after) { edges { cursor } } } } }' },
  'TrainingProgram.enrollments': {
    query: 'trainingPrograms(first: 100) { edges { node { enrollments(first: $first, after: $after) { edges { cursor } } } } }',
    role: 'staff',
  },
  // Engagement (issue 8): answers, enrolment lists and consultations are for staff (or the person concerned).
  'Query.surveys': { query: 'surveys(first: $first, after: $after) { edges { cursor } }' },
  'Survey.responses': { query: 'surveys(first: 5) { edges { node { responses(first: $first, after: $after) { edges { cursor } } } } }', role: 'staff' },
  'Group.surveyResponses': {
    query: 'groups(first: 100) { edges { node { surveyResponses(first: $first, after: $after) { edges { cursor } } } } }',
    role: 'staff',
  },
  'Query.trainingSessions': { query: 'trainingSessions(first: $first, after: $after) { edges { cursor } }' },
  'TrainingSession.enrollments': {
    query: 'trainingSessions(first: 100) { edges { node { enrollments(first: $first, after: $after) { edges { cursor } } } } }',
    role: 'staff',
  },
  'Group.trainingSessionEnrollments': {
    query: 'groups(first: 100) { edges { node { trainingSessionEnrollments(first: $first, after: $after) { edges { cursor } } } } }',
    role: 'staff',
  },
  'Venue.trainingSessions': { query: 'venues(first: 100) { edges { node { trainingSessions(first: $first, after: $after) { edges { cursor } } } } }' },
  'Query.myTrainingSessionEnrollments': { query: 'myTrainingSessionEnrollments(first: $first, after: $after) { edges { cursor } }', role: 'member' },
  'Query.consultationRequests': { query: 'consultationRequests(first: $first, after: $after) { edges { cursor } }', role: 'staff' },
  'Query.committeeReviews': { query: 'committeeReviews(first: $first, after: $after) { edges { cursor } }' },
  'CommitteeReview.recommendations': {
    query: 'committeeReviews(first: 100) { edges { node { recommendations(first: $first, after: $after) { edges { cursor } } } } }',
  },
  'PolicyMeasure.progressReports': {
    query: 'policyMeasures(first: 100) { edges { node { progressReports(first: $first, after: $after) { edges { cursor } } } } }',
  },
  'PolicyMeasure.committeeRecommendations': {
    query: 'policyMeasures(first: 100) { edges { node { committeeRecommendations(first: $first, after: $after) { edges { cursor } } } } }',
  },
};

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Well-formed base64url JSON holding what no list's sort key holds, and worse. */
const BAD_CURSORS: Array<[string, string]> = [
  ['["x", 1]', cursor(['x', 1])],
  ['[1e308, -1]', cursor([1e308, -1])],
  ['[null, "x"]', cursor([null, 'x'])],
  ['{}', cursor({})],
  ['[]', cursor([])],
  ['["x", "y", "z", "w"]', cursor(['x', 'y', 'z', 'w'])],
  ['[2019, "2019-02-30", "x"]', cursor([2019, '2019-02-30', 'x'])],
  ['not base64url', '%%%'],
  ['not JSON', Buffer.from('[1,').toString('base64url')],
];

async function ask(coordinate: string, variables: Record<string, unknown>) {
  const { query, role } = CONNECTIONS[coordinate];
  return postGraphQL(gatewayUrl(), `query ($first: Int, $after: String) { ${query} }`, variables, role ? await tokenFor(role) : undefined);
}

describe('page arguments on every connection', () => {
  it('covers every field of the supergraph that returns a connection', () => {
    const supergraph = readFileSync(resolve(__dirname, '../../gateway/supergraph.graphql'), 'utf8');
    const schema = buildASTSchema(parse(supergraph), { assumeValidSDL: true });
    const returningConnections = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => /Connection$/.test(getNamedType(field.type).name))
          .map((field) => `${type.name}.${field.name}`),
      );
    expect(Object.keys(CONNECTIONS).sort()).toEqual(returningConnections.sort());
  });

  describe.each(Object.keys(CONNECTIONS))('%s', (coordinate) => {
    it.each(BAD_CURSORS)('answers after = %s with BAD_USER_INPUT, never an internal error', async (_, after) => {
      const response = await ask(coordinate, { first: 2, after });
      expect(response.errors?.length).toBeGreaterThan(0);
      expect(new Set(errorCodes(response))).toEqual(new Set(['BAD_USER_INPUT']));
    });

    it.each([-1, 101, 1_000_000])('answers first = %s with BAD_USER_INPUT', async (first) => {
      const response = await ask(coordinate, { first });
      expect(new Set(errorCodes(response))).toEqual(new Set(['BAD_USER_INPUT']));
      expect(JSON.stringify(response.errors)).toContain('OUT_OF_RANGE');
    });

    it('gives an empty page for first = 0 and takes its own cursors back', async () => {
      expect((await ask(coordinate, { first: 0 })).errors).toBeUndefined();
      const firstPage = await ask(coordinate, { first: 1 });
      expect(firstPage.errors).toBeUndefined();
      const own = /"cursor":"([^"]+)"/.exec(JSON.stringify(firstPage.data))?.[1];
      expect(own).toBeDefined();
      expect((await ask(coordinate, { first: 1, after: own })).errors).toBeUndefined();
    });
  });
});
