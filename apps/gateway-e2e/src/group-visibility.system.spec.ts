import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSystem, type RunningSystem } from '@tsunagaru/platform';
import { demoDepartmentId, demoGroupId } from '@tsunagaru/shared-demo-data';
import { createScratchDatabase, errorCodes, postGraphQL, postGraphQLAsGateway, testTokenPublicKey, tokenFor } from '@tsunagaru/shared-testing';

// A pending group (登録申請中) exists only for city staff, staff of the intermediary where it
// applied and its own members. Here one gets a venue booking, a training enrolment and a
// proposal, and every road to it is walked as each kind of caller.
let system: RunningSystem;
let pendingId: string;
let bookingId: string;
let programId: string;
const PENDING_NAME = '長谷 紫陽花守護会';
const SLOT = { startsAt: '2027-07-20T10:00:00+09:00', endsAt: '2027-07-20T12:00:00+09:00' };

type Token = string | undefined;
const tokens: Record<string, Token> = {};
const MAY_NOT_SEE = ['anonymous', 'a member of another group', 'staff of another intermediary'] as const;
const MAY_SEE = ['a member of the group', "staff of the group's intermediary", 'city staff'] as const;

beforeAll(async () => {
  system = await startSystem({ databaseUrl: await createScratchDatabase(), tokenPublicKey: await testTokenPublicKey(), basePort: 0 });

  const applied = await postGraphQL<{ applyForGroupRegistration: { group: { id: string } } }>(
    system.gateway.url,
    `mutation ($input: ApplyForGroupRegistrationInput!) { applyForGroupRegistration(input: $input) { group { id } } }`,
    {
      input: {
        name: PENDING_NAME,
        nameKana: 'はせ あじさいしゅごかい',
        organizationType: 'VOLUNTARY_ASSOCIATION',
        activityFields: ['ENVIRONMENT'],
        privateContact: { representativeName: '長谷 紫', email: 'ajisai@example.jp' },
      },
    },
    await tokenFor('member'),
  );
  pendingId = applied.data!.applyForGroupRegistration.group.id;

  tokens.anonymous = undefined;
  tokens['a member of the group'] = await tokenFor('member', pendingId);
  tokens['a member of another group'] = await tokenFor('member', demoGroupId(40));
  tokens["staff of the group's intermediary"] = await tokenFor('intermediary');
  tokens['staff of another intermediary'] = await tokenFor('intermediary', { intermediary: 'social-welfare-council' });
  tokens['city staff'] = await tokenFor('staff');

  // What a pending group's members may already do: book a room, enrol in training.
  const venues = await postGraphQL<{ venues: { edges: Array<{ node: { id: string; capacity: number } }> } }>(
    system.gateway.url,
    `{ venues(first: 100) { edges { node { id capacity } } } }`,
  );
  const venueId = venues.data!.venues.edges.map((edge) => edge.node).find((venue) => venue.capacity >= 10)!.id;
  const booked = await postGraphQL<{ bookVenue: { booking: { id: string; group: { name: string } } } }>(
    system.gateway.url,
    `mutation ($input: BookVenueInput!) { bookVenue(input: $input) { booking { id group { name } } userErrors { code } } }`,
    { input: { venueId, groupId: pendingId, ...SLOT, purpose: '紫陽花の手入れの打合せ', attendees: 6 } },
    tokens['a member of the group'],
  );
  expect(booked.errors).toBeUndefined();
  bookingId = booked.data!.bookVenue.booking.id;
  expect(booked.data!.bookVenue.booking.group.name).toBe(PENDING_NAME);

  const programs = await postGraphQL<{ trainingPrograms: { edges: Array<{ node: { id: string; capacity: number; seatsTaken: number } }> } }>(
    system.gateway.url,
    `{ trainingPrograms(audience: CITIZENS, first: 100) { edges { node { id capacity seatsTaken } } } }`,
  );
  programId = programs.data!.trainingPrograms.edges.map((edge) => edge.node).find((program) => program.capacity - program.seatsTaken >= 1)!.id;
  const enrolled = await postGraphQL(
    system.gateway.url,
    `mutation ($input: EnrollInTrainingInput!) { enrollInTraining(input: $input) { enrollment { id } userErrors { code } } }`,
    { input: { programId, groupId: pendingId, participants: 1 } },
    tokens['a member of the group'],
  );
  expect(enrolled.errors).toBeUndefined();

  // The pending group proposes; once decided the proposal is public (its summary, with the
  // proposer as a stub that directory resolves by its own rule), so every caller lists it.
  const proposalMutation = async (name: string, input: Record<string, unknown>, token: Token) => {
    const response = await postGraphQL<Record<string, { proposal: { id: string } | null; userErrors: unknown[] }>>(
      system.gateway.url,
      `mutation ($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { proposal { id } userErrors { code } } }`,
      { input },
      token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data![name].userErrors).toEqual([]);
    return response.data![name].proposal!.id;
  };
  const proposalId = await proposalMutation(
    'createProposal',
    { groupId: pendingId, departmentId: demoDepartmentId('environment'), title: '紫陽花の小径の保全', activityField: 'ENVIRONMENT', summary: '紫陽花の小径を守る。', problem: '手入れが行き届かない。', expectedEffects: '散策路が保たれる。' },
    tokens['a member of the group'],
  );
  await proposalMutation('submitProposal', { proposalId }, tokens['a member of the group']);
  await proposalMutation('startProposalReview', { proposalId }, tokens['city staff']);
  await proposalMutation('decideProposal', { proposalId, adopted: false, reason: '団体登録の完了後に再提案を期待する。' }, tokens['city staff']);
});

afterAll(async () => {
  await system?.stop();
});

/** The pending group's name as each caller gets it along one road: the name, or null where it is hidden. */
async function nameAlong(road: (token: Token) => Promise<string | null>): Promise<Record<string, string | null>> {
  const seen: Record<string, string | null> = {};
  for (const caller of [...MAY_NOT_SEE, ...MAY_SEE]) seen[caller] = await road(tokens[caller]);
  return seen;
}

function expectHiddenFromOthers(seen: Record<string, string | null>): void {
  for (const caller of MAY_NOT_SEE) expect(seen[caller], caller).toBeNull();
  for (const caller of MAY_SEE) expect(seen[caller], caller).toBe(PENDING_NAME);
}

describe('a pending group along every road', () => {
  it('group(id)', async () => {
    expectHiddenFromOthers(
      await nameAlong(async (token) => {
        const response = await postGraphQL<{ group: { name: string } | null }>(
          system.gateway.url, `query ($id: ID!) { group(id: $id) { name } }`, { id: pendingId }, token,
        );
        expect(response.errors).toBeUndefined();
        return response.data!.group?.name ?? null;
      }),
    );
  });

  it('groups, with the registrationStatuses filter (without it, lists hold registered groups only, for everyone)', async () => {
    for (const filter of [{ text: '紫陽花守護' }, { registrationStatuses: ['PENDING', 'REGISTERED'], text: '紫陽花守護' }]) {
      const seen = await nameAlong(async (token) => {
          const response = await postGraphQL<{ groups: { totalCount: number; edges: Array<{ node: { id: string; name: string } }> } }>(
            system.gateway.url,
            `query ($filter: GroupFilter) { groups(filter: $filter, first: 10) { totalCount edges { node { id name } } } }`,
            { filter },
            token,
          );
          expect(response.errors).toBeUndefined();
          const node = response.data!.groups.edges.find((edge) => edge.node.id === pendingId)?.node;
          // The total counts only what the caller may see.
          expect(response.data!.groups.totalCount).toBe(response.data!.groups.edges.length);
          return node?.name ?? null;
        });
      if (filter.registrationStatuses) expectHiddenFromOthers(seen);
      else expect(Object.values(seen).every((name) => name === null)).toBe(true);
    }
  });

  it('venues { bookings { group } } (resources hands the gateway a stub)', async () => {
    expectHiddenFromOthers(
      await nameAlong(async (token) => {
        const response = await postGraphQL<{
          venues: { edges: Array<{ node: { bookings: { edges: Array<{ node: { id: string; group: { name: string } | null } }> } } }> };
        }>(
          system.gateway.url,
          `query ($from: DateTime, $to: DateTime) {
            venues(first: 20) { edges { node { bookings(from: $from, to: $to, first: 50) { edges { node { id group { name } } } } } } }
          }`,
          { from: SLOT.startsAt, to: SLOT.endsAt },
          token,
        );
        expect(response.errors).toBeUndefined();
        const booking = response.data!.venues.edges
          .flatMap((venue) => venue.node.bookings.edges.map((edge) => edge.node))
          .find((candidate) => candidate.id === bookingId)!;
        // The booking itself stays public; only the group behind it is hidden.
        expect(booking).toBeDefined();
        return booking.group?.name ?? null;
      }),
    );
  });

  it('proposals { proposingGroup } (collaboration hands the gateway a stub)', async () => {
    expectHiddenFromOthers(
      await nameAlong(async (token) => {
        const response = await postGraphQL<{ proposals: { edges: Array<{ node: { title: string; proposingGroup: { name: string } | null } }> } }>(
          system.gateway.url,
          `query ($groupId: ID) { proposals(filter: { groupId: $groupId }, first: 10) { edges { node { title proposingGroup { name } } } } }`,
          { groupId: pendingId },
          token,
        );
        expect(response.errors).toBeUndefined();
        expect(response.data!.proposals.edges.map((edge) => edge.node.title)).toEqual(['紫陽花の小径の保全']);
        return response.data!.proposals.edges[0].node.proposingGroup?.name ?? null;
      }),
    );
  });

  it("trainingProgram { enrollments { group } } (engagement hands the gateway a stub), for everyone who may list enrolments", async () => {
    const nameFor = async (token: Token) => {
      const response = await postGraphQL<{ trainingProgram: { enrollments: { edges: Array<{ node: { group: { id: string; name: string } | null } }> } } }>(
        system.gateway.url,
        `query ($id: ID!) { trainingProgram(id: $id) { enrollments(first: 100) { edges { node { group { id name } } } } } }`,
        { id: programId },
        token,
      );
      expect(response.errors).toBeUndefined();
      const enrollments = response.data!.trainingProgram.enrollments.edges.map((edge) => edge.node);
      // Every other enrolment still names its registered group; the pending one's group is null.
      expect(enrollments.filter((enrollment) => enrollment.group === null).length).toBeLessThanOrEqual(1);
      return enrollments.some((enrollment) => enrollment.group === null) ? null : enrollments.find((enrollment) => enrollment.group!.id === pendingId)!.group!.name;
    };
    expect(await nameFor(tokens['staff of another intermediary'])).toBeNull();
    expect(await nameFor(tokens["staff of the group's intermediary"])).toBe(PENDING_NAME);
    expect(await nameFor(tokens['city staff'])).toBe(PENDING_NAME);
  });

  it('_entities on the directory subgraph, called directly', async () => {
    const directoryUrl = system.subgraphs.find((subgraph) => subgraph.name === 'directory')!.url;
    expectHiddenFromOthers(
      await nameAlong(async (token) => {
        const response = await postGraphQLAsGateway<{ _entities: Array<{ name: string } | null> }>(
          system.subgraphSecret,
          directoryUrl,
          `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Group { name } } }`,
          { representations: [{ __typename: 'Group', id: pendingId }, { __typename: 'Group', id: demoGroupId(1) }] },
          token,
        );
        expect(response.errors).toBeUndefined();
        // A registered group in the same batch is answered for everyone.
        expect(response.data!._entities[1]?.name).toBeTruthy();
        return response.data!._entities[0]?.name ?? null;
      }),
    );
  });

  it('updateGroupProfile: NOT_FOUND for whoever may not see it, so the answer does not reveal it', async () => {
    const UPDATE = `mutation ($input: UpdateGroupProfileInput!) { updateGroupProfile(input: $input) { group { name } userErrors { code } } }`;
    const input = { groupId: pendingId, memberCount: 9 };
    expect(errorCodes(await postGraphQL(system.gateway.url, UPDATE, { input }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await postGraphQL(system.gateway.url, UPDATE, { input }, tokens['a member of another group']))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await postGraphQL(system.gateway.url, UPDATE, { input }, tokens['staff of another intermediary']))).toEqual(['NOT_FOUND']);
    const own = await postGraphQL<{ updateGroupProfile: { group: { name: string } } }>(system.gateway.url, UPDATE, { input }, tokens['a member of the group']);
    expect(own.data!.updateGroupProfile.group.name).toBe(PENDING_NAME);
  });
});

describe("another intermediary's staff and a registration", () => {
  it('cannot approve it; staff of the intermediary where the group applied can', async () => {
    const APPROVE = `mutation ($id: ID!) { approveGroupRegistration(input: { groupId: $id }) { group { registrationStatus } } }`;
    const refused = await postGraphQL(system.gateway.url, APPROVE, { id: pendingId }, tokens['staff of another intermediary']);
    expect(errorCodes(refused)).toEqual(['NOT_FOUND']);
    const stillHidden = await postGraphQL<{ group: unknown }>(system.gateway.url, `query ($id: ID!) { group(id: $id) { id } }`, { id: pendingId });
    expect(stillHidden.data!.group).toBeNull();
  });
});
