import 'reflect-metadata';
import DataLoader from 'dataloader';
import { createRequire } from 'node:module';
import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { TrainingAudience, TrainingFormat, type TrainingEnrollment, type TrainingProgram } from '@tsunagaru/engagement-domain';
import type { Principal } from '@tsunagaru/shared-kernel';
import { engagementSubgraph } from './engagement.subgraph';
import type { EngagementContext, EngagementLoaders } from './loaders';

// The schema is built by CommonJS code (@apollo/subgraph), so execute it with the same CommonJS
// copy of graphql; the ESM copy vitest would import rejects it as "from another module or realm".
const { execute, parse } = createRequire(__filename)('graphql') as typeof import('graphql');

// Pure GraphQL-layer checks: authorization and batching, with in-memory loaders instead of SQL.

const GROUP_A = '11111111-1111-5111-8111-111111111111';
const GROUP_B = '22222222-2222-5222-8222-222222222222';
const PROGRAM = '33333333-3333-5333-8333-333333333333';

const program: TrainingProgram = {
  id: PROGRAM,
  code: 'fy2020-citizen-internship',
  title: '市民活動インターンシップ',
  description: '',
  audience: TrainingAudience.CITIZENS,
  format: TrainingFormat.INTERNSHIP,
  fiscalYear: 2020,
  organizerDepartmentId: '44444444-4444-5444-8444-444444444444',
  capacity: 45,
};

const enrollment = (groupId: string): TrainingEnrollment => ({
  id: `${groupId.slice(0, 8)}-0000-5000-8000-000000000000`,
  programId: PROGRAM,
  groupId,
  participants: 2,
  enrolledOn: '2020-06-20',
  attended: true,
});

interface Recording {
  loaders: EngagementLoaders;
  batches: Record<string, number>;
}

function fakeLoaders(): Recording {
  const batches: Record<string, number> = {};
  const loader = <V>(name: string, answer: (key: string) => V) =>
    new DataLoader<string, V>(async (keys) => {
      batches[name] = (batches[name] ?? 0) + 1;
      return keys.map(answer);
    });
  const loaders = {
    trainingProgram: loader('trainingProgram', (id) => (id === PROGRAM ? program : null)),
    policyMeasure: loader('policyMeasure', () => null),
    enrollmentsByProgram: loader('enrollmentsByProgram', () => [enrollment(GROUP_A), enrollment(GROUP_B)]),
    enrollmentsByGroup: loader('enrollmentsByGroup', (groupId) => [enrollment(groupId)]),
    seatsTaken: loader('seatsTaken', () => 4),
    enrollmentCountByGroup: loader('enrollmentCountByGroup', () => 1),
    policyMeasuresByDepartment: loader('policyMeasuresByDepartment', () => []),
  } satisfies Record<keyof EngagementLoaders, unknown>;
  return { loaders: loaders as unknown as EngagementLoaders, batches };
}

const principal = (role: Principal['role'], groupIds: string[] = []): Principal => ({ subject: `test-${role}`, role, groupIds });

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await engagementSubgraph.buildSchema();
});

async function run(query: string, variables: Record<string, unknown>, caller: Principal | null, recording = fakeLoaders()) {
  const contextValue: EngagementContext = { em: null as never, principal: caller, loaders: recording.loaders };
  const result = await execute({ schema, document: parse(query), variableValues: variables, contextValue });
  return { ...result, batches: recording.batches };
}

const GROUP_FIELDS = `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Group { id trainingEnrollmentCount trainingEnrollments { participants group { id } program { code seatsTaken } } }
    }
  }`;

const groupsOf = (...ids: string[]) => ({ representations: ids.map((id) => ({ __typename: 'Group', id })) });

describe('Group.trainingEnrollments', () => {
  it('is hidden from anonymous callers while the count stays public', async () => {
    const result = await run(GROUP_FIELDS, groupsOf(GROUP_A), null);
    expect(result.errors?.[0]?.path).toEqual(['_entities', 0, 'trainingEnrollments']);
    expect(result.errors?.[0]?.originalError?.constructor.name).toBe('UnauthenticatedError');
    const queryCount = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Group { trainingEnrollmentCount } } }`;
    const counted = await run(queryCount, groupsOf(GROUP_A), null);
    expect(counted.errors).toBeUndefined();
    expect(counted.data).toEqual({ _entities: [{ trainingEnrollmentCount: 1 }] });
  });

  it("is visible to the group's own members but not to members of another group", async () => {
    const own = await run(GROUP_FIELDS, groupsOf(GROUP_A), principal('member', [GROUP_A]));
    expect(own.errors).toBeUndefined();
    expect(own.data?._entities).toEqual([
      {
        id: GROUP_A,
        trainingEnrollmentCount: 1,
        trainingEnrollments: [{ participants: 2, group: { id: GROUP_A }, program: { code: program.code, seatsTaken: 4 } }],
      },
    ]);
    const other = await run(GROUP_FIELDS, groupsOf(GROUP_A), principal('member', [GROUP_B]));
    expect(other.errors?.[0]?.originalError?.constructor.name).toBe('ForbiddenError');
  });

  it('is visible to city staff and intermediary staff', async () => {
    for (const role of ['staff', 'intermediary'] as const) {
      const result = await run(GROUP_FIELDS, groupsOf(GROUP_A, GROUP_B), principal(role));
      expect(result.errors, role).toBeUndefined();
    }
  });

  it('answers 50 groups with one batch per loader, as it does 5', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `${String(i).padStart(8, '0')}-0000-5000-8000-000000000000`);
    const many = await run(GROUP_FIELDS, groupsOf(...ids), principal('staff'));
    const few = await run(GROUP_FIELDS, groupsOf(...ids.slice(0, 5)), principal('staff'));
    expect(many.errors).toBeUndefined();
    expect(many.batches).toEqual(few.batches);
    expect(many.batches).toEqual({ enrollmentCountByGroup: 1, enrollmentsByGroup: 1, trainingProgram: 1, seatsTaken: 1 });
  });
});

describe('TrainingProgram.enrollments', () => {
  const query = `query ($id: ID!) { _entities(representations: [{ __typename: "TrainingProgram", id: $id }]) {
    ... on TrainingProgram { code seatsTaken organizerDepartment { id } enrollments { group { id } } } } }`;

  it('is for city and intermediary staff only', async () => {
    const staff = await run(query, { id: PROGRAM }, principal('intermediary'));
    expect(staff.errors).toBeUndefined();
    expect(staff.data?._entities).toEqual([
      {
        code: program.code,
        seatsTaken: 4,
        organizerDepartment: { id: program.organizerDepartmentId },
        enrollments: [{ group: { id: GROUP_A } }, { group: { id: GROUP_B } }],
      },
    ]);
    const member = await run(query, { id: PROGRAM }, principal('member', [GROUP_A]));
    expect(member.errors?.[0]?.originalError?.constructor.name).toBe('ForbiddenError');
    const anonymous = await run(query, { id: PROGRAM }, null);
    expect(anonymous.errors?.[0]?.originalError?.constructor.name).toBe('UnauthenticatedError');
  });
});

describe('Department and Group references', () => {
  it('resolve to the key alone, without touching a loader', async () => {
    const result = await run(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Department { id } ... on Group { id } } }`,
      { r: [{ __typename: 'Department', id: 'd' }, { __typename: 'Group', id: 'g' }] },
      null,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [{ id: 'd' }, { id: 'g' }] });
    expect(result.batches).toEqual({});
  });
});
