import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { API_SCOPE_LABELS, ApiScope } from '@tsunagaru/shared-kernel';
import { DateTimeScalar, describeValues, UserError } from '@tsunagaru/shared-graphql';

registerEnumType(ApiScope, {
  name: 'ApiScope',
  description:
    'API クライアントの権限: what a group lets a registered NPO app do for it. A token never carries more than its app was granted, ' +
    'and the app acts only for its own group.',
  valuesConfig: describeValues(API_SCOPE_LABELS),
});

@ObjectType('ApiClient', {
  description:
    'API クライアント: a third-party NPO app registered as an OAuth 2.0 client of one group. It obtains short-lived tokens with the ' +
    'client credentials grant at the token endpoint named in /.well-known/oauth-authorization-server. Seen only by the group\'s members and city staff.',
})
export class ApiClient {
  @Field(() => ID, { description: 'The OAuth client_id.' })
  clientId!: string;

  @Field(() => String, { description: "The app's name, as its group registered it." })
  name!: string;

  @Field(() => [ApiScope], { description: 'What the app may do for its group.' })
  scopes!: ApiScope[];

  @Field(() => ID, { description: 'The group the app acts for.' })
  groupId!: string;

  @Field(() => DateTimeScalar, { description: 'When the app was registered.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: '失効: when the app was revoked; null while it is active.' })
  revokedAt!: Date | null;
}

@InputType('RegisterApiClientInput', { description: 'API クライアントの登録: an app for one group, with the scopes it needs.' })
export class RegisterApiClientInput {
  @Field(() => ID)
  groupId!: string;

  @Field(() => String, { description: "The app's name (1–100 characters)." })
  name!: string;

  @Field(() => [ApiScope], { description: 'At least one; grant only what the app needs.' })
  scopes!: ApiScope[];
}

@ObjectType('RegisterApiClientPayload', { description: 'Result of API クライアントの登録 (registerApiClient).' })
export class RegisterApiClientPayload {
  @Field(() => ApiClient, { nullable: true })
  client?: ApiClient | null;

  @Field(() => String, {
    nullable: true,
    description: 'The client secret, in this response only: it is stored as a hash and can never be shown again. Keep it like a password.',
  })
  clientSecret?: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType('RevokeApiClientInput', { description: 'API クライアントの失効.' })
export class RevokeApiClientInput {
  @Field(() => ID)
  clientId!: string;
}

@ObjectType('RevokeApiClientPayload', { description: 'Result of API クライアントの失効 (revokeApiClient).' })
export class RevokeApiClientPayload {
  @Field(() => ApiClient, { nullable: true })
  client?: ApiClient | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
