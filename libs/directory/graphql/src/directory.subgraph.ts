import { createApiClientCredentialStore, directoryPersistence } from '@tsunagaru/directory-domain';
import { ApiClientMutationResolver, GroupApiClientsResolver } from './api-clients/api-client.resolver';
import { ViewerResolver } from './api-clients/viewer.resolver';
import { buildFederatedSchema, type SubgraphDefinition } from '@tsunagaru/shared-graphql';
import { createDirectoryLoaders, type DirectoryLoaders } from './loaders';
import { resolveDepartmentReference } from './references/department.reference';
import { resolveGroupReference } from './references/group.reference';
import { resolveIntermediaryReference } from './references/intermediary.reference';
import { GroupFieldsResolver } from './resolvers/group-fields.resolver';
import { GroupProfileResolver } from './resolvers/group-profile.resolver';
import { GroupQueryResolver } from './resolvers/group-query.resolver';
import { GroupRegistrationResolver } from './resolvers/group-registration.resolver';
import { OrganizationQueryResolver } from './resolvers/organization-query.resolver';
import { Department } from './types/department.type';
import { Group } from './types/group.type';
import { Intermediary } from './types/intermediary.type';

/** directory: groups, intermediaries and departments (団体・中間支援組織・市の部局). */
export const directorySubgraph: SubgraphDefinition<DirectoryLoaders> = {
  name: 'directory',
  persistence: directoryPersistence,
  createLoaders: createDirectoryLoaders,
  // NPO apps (API クライアント) live here; a deployed directory serves the authorization server from them.
  oauthClients: createApiClientCredentialStore,
  buildSchema: () =>
    buildFederatedSchema(
      {
        resolvers: [
          GroupQueryResolver,
          GroupFieldsResolver,
          GroupRegistrationResolver,
          GroupProfileResolver,
          OrganizationQueryResolver,
          ApiClientMutationResolver,
          GroupApiClientsResolver,
          ViewerResolver,
        ],
        orphanedTypes: [Group, Department, Intermediary],
      },
      {
        Group: { __resolveReference: resolveGroupReference },
        Department: { __resolveReference: resolveDepartmentReference },
        Intermediary: { __resolveReference: resolveIntermediaryReference },
      },
    ),
};
