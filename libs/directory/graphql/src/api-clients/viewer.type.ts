import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ApiScope, type ViewerDescription } from '@tsunagaru/shared-kernel';
import { ApiClient } from './api-client.type';

export enum ViewerRole {
  STAFF = 'staff',
  INTERMEDIARY = 'intermediary',
  MEMBER = 'member',
  REVIEWER = 'reviewer',
}

registerEnumType(ViewerRole, {
  name: 'ViewerRole',
  description: 'Who the caller is to the graph.',
  valuesConfig: {
    STAFF: { description: '市職員: city staff.' },
    INTERMEDIARY: { description: '中間支援組織の職員: staff of an intermediary support organisation.' },
    MEMBER: { description: '市民活動団体等の構成員: a member of a civic group, or an NPO app acting for one.' },
    REVIEWER: { description: '第三者評価者: a third-party evaluator (推進委員会).' },
  },
});

/** What the resolvers of Viewer read: the kernel's description of the verified principal (its role values are ViewerRole's). */
export type ViewerSource = Omit<ViewerDescription, 'role'> & { role: ViewerRole };

@ObjectType('Viewer', {
  description: 'Who is calling, as the graph sees the bearer token: a person signed in, or an NPO app (API クライアント) acting for its group.',
})
export class Viewer {
  @Field(() => ViewerRole)
  role!: ViewerRole;

  @Field(() => [ApiScope], {
    nullable: true,
    description: "An app's scopes; null for a person, whose role alone decides (a person's rights are not narrowed by scopes).",
  })
  scopes!: ApiScope[] | null;

  /** Resolved by ViewerResolver; declared here so the type is complete. */
  client?: ApiClient | null;
}
