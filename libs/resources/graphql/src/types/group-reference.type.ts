import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The directory's Group, known here only by its key; the gateway fetches the rest from directory. */
@Directive('@key(fields: "id")')
@ObjectType('Group', { description: '市民活動団体等: a civic group, or an individual, doing civic activity in Kamakura.' })
export class GroupReference {
  @Field(() => ID)
  id!: string;
}
