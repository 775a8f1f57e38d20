import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { apiClientPolicies, ApiClients, type ApiClient as ApiClientEntity, type Group as GroupEntity } from '@tsunagaru/directory-domain';
import { requires, withUserErrors } from '@tsunagaru/shared-graphql';
import type { DirectoryContext } from '../loaders';
import { Group } from '../types/group.type';
import { ApiClient, RegisterApiClientInput, RegisterApiClientPayload, RevokeApiClientInput, RevokeApiClientPayload } from './api-client.type';

const manageApiClients = requires(apiClientPolicies.manage, (group: GroupEntity) => ({ groupId: group.id }));

@Resolver()
export class ApiClientMutationResolver {
  @Mutation(() => RegisterApiClientPayload, {
    description:
      'API クライアントの登録: a member of the group (or city staff) registers an NPO app for it. The answer holds the client secret, ' +
      'shown this once; the graph keeps only its hash. Apps themselves cannot register apps.',
  })
  async registerApiClient(@Arg('input', () => RegisterApiClientInput) input: RegisterApiClientInput, @Ctx() context: DirectoryContext) {
    return withUserErrors(async () => new ApiClients(context.em).register(input, context.principal));
  }

  @Mutation(() => RevokeApiClientPayload, {
    description:
      'API クライアントの失効: a member of its group (or city staff) revokes an app. It obtains no new token from then on; ' +
      'a token it already holds runs out within its 10 minutes.',
  })
  async revokeApiClient(@Arg('input', () => RevokeApiClientInput) input: RevokeApiClientInput, @Ctx() context: DirectoryContext) {
    return withUserErrors(async () => ({ client: await new ApiClients(context.em).revoke(input.clientId, context.principal) }));
  }
}

@Resolver(() => Group)
export class GroupApiClientsResolver {
  @Authorized(manageApiClients)
  @FieldResolver(() => [ApiClient], {
    nullable: true,
    description: "The group's active NPO apps (API クライアント), oldest first, at most 20; its own members and city staff only.",
  })
  async apiClients(@Root() group: GroupEntity, @Ctx() context: DirectoryContext): Promise<ApiClientEntity[]> {
    return context.loaders.apiClientsOfGroup.load(group.id);
  }
}
