import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyClientSecret } from '@tsunagaru/shared-auth';
import { ApiScope, ConflictError, ForbiddenError, NotFoundError, ValidationFailedError } from '@tsunagaru/shared-kernel';
import { createOrm } from '@tsunagaru/shared-persistence';
import { createScratchDatabase, demoGroupId, demoPrincipal } from '@tsunagaru/shared-testing';
import { directoryPersistence } from '../directory.module';
import { createApiClientCredentialStore } from './api-client-credentials';
import { ApiClient } from './api-client.entity';
import { ApiClients, MAX_API_CLIENTS_PER_GROUP } from './api-clients.service';

// API クライアント against a real PostgreSQL; the races run on separate connections at once.
let orm: MikroORM;
let databaseUrl: string;

beforeAll(async () => {
  databaseUrl = await createScratchDatabase();
  orm = await createOrm(directoryPersistence, { databaseUrl, poolMax: 12 });
});

afterAll(async () => {
  await orm?.close();
});

const service = () => new ApiClients(orm.em.fork());

describe('registering an app', () => {
  it('stores the secret as a hash the credential store verifies, and the store forgets a revoked app', async () => {
    const group = demoGroupId(50);
    const { client, clientSecret } = await service().register({ groupId: group, name: '予約アプリ', scopes: [ApiScope.BOOK_VENUES] }, demoPrincipal('member', group));
    const store = createApiClientCredentialStore(databaseUrl);
    try {
      const found = await store.findActive(client.clientId);
      expect(found).toMatchObject({ clientId: client.clientId, groupId: group, scopes: ['venues:book'] });
      expect(found!.secretHash).not.toContain(clientSecret);
      expect(await verifyClientSecret(clientSecret, found!.secretHash)).toBe(true);
      await service().revoke(client.clientId, demoPrincipal('staff'));
      expect(await store.findActive(client.clientId)).toBeNull();
      expect(await store.findActive('tgapp_unknown')).toBeNull();
    } finally {
      await store.close();
    }
  });

  it('is for members of the group and city staff; not for other members, intermediaries or apps', async () => {
    const group = demoGroupId(51);
    const input = { groupId: group, name: 'アプリ', scopes: [ApiScope.BOOK_VENUES] };
    await expect(service().register(input, demoPrincipal('member', demoGroupId(52)))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(service().register(input, demoPrincipal('intermediary'))).rejects.toBeInstanceOf(ForbiddenError);
    const app = { ...demoPrincipal('member', group), clientId: 'tgapp_x', scopes: ['venues:book' as const, 'group:write' as const] };
    await expect(service().register(input, app)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(service().register({ ...input, groupId: 'not-a-uuid' }, demoPrincipal('staff'))).rejects.toBeInstanceOf(NotFoundError);
    await expect(service().register({ ...input, scopes: [ApiScope.BOOK_VENUES, ApiScope.BOOK_VENUES] }, demoPrincipal('staff'))).rejects.toBeInstanceOf(
      ValidationFailedError,
    );
  });

  it(`never lets concurrent registrations pass ${MAX_API_CLIENTS_PER_GROUP} active apps per group`, async () => {
    const group = demoGroupId(53);
    const member = demoPrincipal('member', group);
    for (let index = 0; index < MAX_API_CLIENTS_PER_GROUP - 2; index += 1) {
      await service().register({ groupId: group, name: `アプリ${index}`, scopes: [ApiScope.ANSWER_SURVEYS] }, member);
    }
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, index) => service().register({ groupId: group, name: `同時${index}`, scopes: [ApiScope.ANSWER_SURVEYS] }, member)),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(2);
    for (const result of results.filter((result) => result.status === 'rejected')) {
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(ValidationFailedError);
      expect(((result as PromiseRejectedResult).reason as ValidationFailedError).issues[0].code).toBe('TOO_MANY_API_CLIENTS');
    }
    expect(await orm.em.fork().count(ApiClient, { groupId: group, revokedAt: null })).toBe(MAX_API_CLIENTS_PER_GROUP);
  });
});

describe('revoking an app', () => {
  it('lets one of several concurrent revocations win; the others get CONFLICT', async () => {
    const group = demoGroupId(54);
    const { client } = await service().register({ groupId: group, name: '失効テスト', scopes: [ApiScope.BOOK_VENUES] }, demoPrincipal('member', group));
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => service().revoke(client.clientId, demoPrincipal('member', group))));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results.filter((result) => result.status === 'rejected')) {
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    }
  });
});
