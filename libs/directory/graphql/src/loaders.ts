import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiClients, Department, Group, GroupPrivateContact, Intermediary, type ApiClient } from '@tsunagaru/directory-domain';
import type { RequestContext } from '@tsunagaru/shared-graphql';
import { createIdLoader } from '@tsunagaru/shared-persistence';

export function createDirectoryLoaders(em: EntityManager) {
  return {
    group: createIdLoader(em, Group),
    department: createIdLoader(em, Department),
    intermediary: createIdLoader(em, Intermediary),
    privateContact: new DataLoader<string, GroupPrivateContact | null>(async (groupIds) => {
      // Only ids of groups already loaded reach here, so they are well-formed uuids.
      const contacts = await em.find(GroupPrivateContact, { group: { $in: [...groupIds] } } as never);
      const byGroup = new Map(contacts.map((contact) => [contact.group.id, contact]));
      return groupIds.map((id) => byGroup.get(id) ?? null);
    }),
    apiClientsOfGroup: new DataLoader<string, ApiClient[]>(async (groupIds) => {
      const byGroup = await new ApiClients(em).activeForGroups(groupIds);
      return groupIds.map((id) => byGroup.get(id) ?? []);
    }),
    apiClient: new DataLoader<string, ApiClient | null>(async (clientIds) => {
      const byId = await new ApiClients(em).findByIds(clientIds);
      return clientIds.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type DirectoryLoaders = ReturnType<typeof createDirectoryLoaders>;
export type DirectoryContext = RequestContext<DirectoryLoaders>;
