import { randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { generateClientSecret, hashClientSecret } from '@tsunagaru/shared-auth';
import {
  API_SCOPES,
  authorize,
  ConflictError,
  isApiScope,
  isUuid,
  NotFoundError,
  requirePrincipal,
  type ApiScope,
  type Principal,
} from '@tsunagaru/shared-kernel';
import { Group, RegistrationStatus } from '../entities';
import { apiClientPolicies, isGroupVisibleTo } from '../policies';
import { IssueCollector } from '../services/group-validation';
import { ApiClient } from './api-client.entity';

/** Active (unrevoked) apps a group may have at once; `Group.apiClients` lists no more. */
export const MAX_API_CLIENTS_PER_GROUP = 20;
export const MAX_API_CLIENT_NAME_LENGTH = 100;

export interface RegisterApiClientInput {
  groupId: string;
  name: string;
  scopes: ApiScope[];
}

export interface RegisteredApiClient {
  client: ApiClient;
  /** The secret in clear: returned once, to the registrant, and never stored. */
  clientSecret: string;
}

/** A client id: public, unguessable enough not to enumerate, recognisable in logs. */
function newClientId(): string {
  return `tgapp_${randomBytes(12).toString('base64url')}`;
}

/** API クライアントの登録・失効: NPO apps as OAuth 2.0 clients of one group. */
export class ApiClients {
  constructor(private readonly em: EntityManager) {}

  /**
   * Registers an app for a group. The group's row is locked while the active apps are
   * counted and the new one is inserted, so concurrent registrations never pass the cap.
   */
  async register(input: RegisterApiClientInput, caller: Principal | null): Promise<RegisteredApiClient> {
    const principal = requirePrincipal(caller);
    const issues = new IssueCollector();
    issues.requireText('name', input.name, MAX_API_CLIENT_NAME_LENGTH, true);
    if (input.scopes.length === 0) issues.add('scopes', 'REQUIRED', 'Grant the app at least one scope.');
    if (input.scopes.some((scope) => !isApiScope(scope))) issues.add('scopes', 'INVALID_VALUE', `Scopes are ${API_SCOPES.join(', ')}.`);
    if (new Set(input.scopes).size !== input.scopes.length) issues.add('scopes', 'DUPLICATE', 'Name each scope once.');
    const secret = generateClientSecret();
    // Hashing takes tens of milliseconds of CPU: done before any row is locked.
    const secretHash = await hashClientSecret(secret);
    const client = await this.em.transactional(async (tx) => {
      const group = isUuid(input.groupId)
        ? await tx.findOne(Group, { id: input.groupId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
        : null;
      if (!group || !isGroupVisibleTo(principal, group)) throw new NotFoundError('Group', input.groupId);
      authorize(apiClientPolicies.manage, principal, { groupId: group.id });
      if (group.registrationStatus !== RegistrationStatus.REGISTERED) {
        issues.add('groupId', 'GROUP_NOT_REGISTERED', 'Only a registered group (登録団体) may register apps.');
      }
      issues.throwIfAny();
      const active = await tx.count(ApiClient, { groupId: group.id, revokedAt: null });
      if (active >= MAX_API_CLIENTS_PER_GROUP) {
        issues.add('groupId', 'TOO_MANY_API_CLIENTS', `A group may have at most ${MAX_API_CLIENTS_PER_GROUP} active apps; revoke one first.`);
        issues.throwIfAny();
      }
      const created = tx.create(ApiClient, {
        clientId: newClientId(),
        groupId: group.id,
        name: input.name.trim(),
        scopes: [...input.scopes].sort(),
        secretHash,
        createdBy: principal.subject,
        createdAt: new Date(),
        revokedAt: null,
        revokedBy: null,
      });
      await tx.flush();
      return created;
    });
    return { client, clientSecret: secret };
  }

  /**
   * Revokes an app: one conditional UPDATE (… where revoked_at is null), so of two
   * concurrent revocations one wins and the other gets CONFLICT. From then on the app obtains
   * no new token; tokens it already holds run out within their lifetime (10 minutes).
   */
  async revoke(clientId: string, caller: Principal | null): Promise<ApiClient> {
    const principal = requirePrincipal(caller);
    const client = await this.em.findOne(ApiClient, { clientId }, { refresh: true });
    // An app of a group the caller may not manage is, to them, no app at all.
    if (!client || authorizeQuietly(principal, client.groupId) === false) throw new NotFoundError('ApiClient', clientId);
    const revokedAt = new Date();
    const changed = await this.em.nativeUpdate(ApiClient, { clientId, revokedAt: null }, { revokedAt, revokedBy: principal.subject });
    if (changed === 0) throw new ConflictError(`The app ${clientId} has already been revoked.`);
    client.revokedAt = revokedAt;
    client.revokedBy = principal.subject;
    return client;
  }

  /** The group's active apps, oldest first (at most MAX_API_CLIENTS_PER_GROUP). The caller is checked by the field's policy. */
  async activeForGroups(groupIds: readonly string[]): Promise<Map<string, ApiClient[]>> {
    const clients = await this.em.find(
      ApiClient,
      { groupId: { $in: groupIds.filter(isUuid) }, revokedAt: null },
      { orderBy: { createdAt: 'asc', clientId: 'asc' } },
    );
    const byGroup = new Map<string, ApiClient[]>(groupIds.map((id) => [id, []]));
    for (const client of clients) byGroup.get(client.groupId)?.push(client);
    return byGroup;
  }

  async findByIds(clientIds: readonly string[]): Promise<Map<string, ApiClient>> {
    const clients = await this.em.find(ApiClient, { clientId: { $in: [...clientIds] } });
    return new Map(clients.map((client) => [client.clientId, client]));
  }
}

function authorizeQuietly(principal: Principal, groupId: string): boolean {
  return apiClientPolicies.manage.decide(principal, { groupId }) === 'allow';
}
