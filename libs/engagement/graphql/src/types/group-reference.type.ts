import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CACHE_PUBLIC } from '@tsunagaru/shared-graphql';

/** The directory's Group, known here by its key only; the gateway fetches the rest from directory. */
@Directive('@key(fields: "id")')
@Directive(CACHE_PUBLIC)
@ObjectType('Group', { description: '市民活動団体等: a civic group, or an individual, doing civic activity in Kamakura.' })
export class GroupReference {
  @Field(() => ID)
  id!: string;
}
