import 'reflect-metadata';
import { createRequire } from 'node:module';
import type { GraphQLSchema } from 'graphql';
import { Authorized, buildSchema, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { definePolicy, groupPolicies, type Principal } from '@tsunagaru/shared-kernel';
import { authChecker, requires } from './authorization';
import type { RequestContext } from './context';

// The auth checker inside a real type-graphql schema, executed in memory: no server, no database.
// type-graphql runs on the CommonJS build of graphql; executing with the same copy avoids
// graphql's "another module or realm" refusal.
const { graphql } = createRequire(__filename)('graphql') as typeof import('graphql');

@ObjectType('AuthSpecThing', { description: 'A thing owned by a group at an intermediary.' })
class Thing {
  @Field(() => ID)
  id!: string;

  /** Deliberately also has an `id` and a `groupId` that differ: the checker must use what the field states. */
  ownerGroupId!: string;
  groupId!: string;
  intermediaryId!: string;
}

const THING: Thing = { id: 'thing-1', ownerGroupId: 'group-a', groupId: 'group-decoy', intermediaryId: 'center' };

const bareRole = 'staff';

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => Thing, { description: 'The thing.' })
  thing(): Thing {
    return THING;
  }

  @Authorized()
  @Query(() => String, { nullable: true, description: 'Any signed-in caller.' })
  whoAmI(): string {
    return 'someone';
  }

  @Authorized(requires(groupPolicies.readPrivateData, (thing: Thing) => ({ groupId: thing.ownerGroupId, intermediaryId: thing.intermediaryId })))
  @FieldResolver(() => String, { nullable: true, description: 'Private to the owning group.' })
  secret(@Root() thing: Thing): string {
    return `secret of ${thing.ownerGroupId}`;
  }

  @Authorized(
    requires(groupPolicies.readPrivateData, (thing: Thing) => ({ groupId: thing.ownerGroupId, intermediaryId: thing.intermediaryId })),
    requires(definePolicy<string>('test.cityStaffOnly', {}, (caller) => caller.isCityStaff()), (thing: Thing) => thing.id),
  )
  @FieldResolver(() => String, { nullable: true, description: 'Needs both requirements.' })
  doubleSecret(): string {
    return 'double';
  }

  @Authorized(bareRole as never)
  @FieldResolver(() => String, { nullable: true, description: 'Declared the old way.' })
  legacy(): string {
    return 'legacy';
  }
}

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildSchema({ resolvers: [ThingResolver], authChecker, authMode: 'error', validate: false });
});

async function run(query: string, principal: Principal | null) {
  const context = { principal, em: undefined, loaders: {} } as unknown as RequestContext;
  const result = await graphql({ schema, source: query, contextValue: context });
  return {
    data: result.data as Record<string, Record<string, unknown> | unknown> | null | undefined,
    errors: (result.errors ?? []).map((error) => `${error.path?.join('.')}: ${error.originalError?.constructor.name}`),
  };
}

const member = (groupId: string): Principal => ({ subject: `m-${groupId}`, role: 'member', groupIds: [groupId] });
const cityStaff: Principal = { subject: 's', role: 'staff', groupIds: [] };

describe('authChecker', () => {
  it('lets @Authorized() through any signed-in caller and refuses an anonymous one', async () => {
    expect((await run('{ whoAmI }', member('group-x'))).data).toEqual({ whoAmI: 'someone' });
    expect(await run('{ whoAmI }', null)).toEqual({ data: { whoAmI: null }, errors: ['whoAmI: UnauthenticatedError'] });
  });

  it('decides with the subject the field states, not with a guess from the root', async () => {
    // A member of the root's `groupId` (the old guess) is refused; a member of the owner passes.
    expect(await run('{ thing { secret } }', member('group-decoy'))).toEqual({
      data: { thing: { secret: null } },
      errors: ['thing.secret: ForbiddenError'],
    });
    expect((await run('{ thing { secret } }', member('group-a'))).data).toEqual({ thing: { secret: 'secret of group-a' } });
  });

  it('answers UNAUTHENTICATED for an anonymous caller of a policy-bound field', async () => {
    expect((await run('{ thing { secret } }', null)).errors).toEqual(['thing.secret: UnauthenticatedError']);
  });

  it('requires every stated requirement to allow', async () => {
    expect((await run('{ thing { doubleSecret } }', member('group-a'))).errors).toEqual(['thing.doubleSecret: ForbiddenError']);
    expect((await run('{ thing { doubleSecret } }', cityStaff)).data).toEqual({ thing: { doubleSecret: 'double' } });
  });

  it('refuses a field declared with a bare role instead of a policy, even for city staff', async () => {
    expect((await run('{ thing { legacy } }', cityStaff)).errors).toEqual(['thing.legacy: TypeError']);
  });
});
