import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType, CACHE_PUBLIC } from '@tsunagaru/shared-graphql';

@Directive('@key(fields: "id")')
@Directive(CACHE_PUBLIC)
@ObjectType('Intermediary', { description: '中間支援組織: an intermediary support organisation such as the Civic Activity Center.' })
export class Intermediary {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description: 'Stable code, e.g. civic-activity-center (鎌倉市市民活動センター, where groups register by default).',
  })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Katakana reading (読み).' })
  nameKana!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true })
  website!: string | null;
}

@Directive(CACHE_PUBLIC)
@ObjectType('IntermediaryConnection', { description: 'A page of intermediary support organisations, in reading order (五十音順).' })
export class IntermediaryConnection extends ConnectionType(Intermediary, 'Intermediary') {}
