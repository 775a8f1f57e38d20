import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The directory subgraph owns Group; here it is only its key, extended with proposals. */
@Directive('@key(fields: "id")')
@ObjectType('Group', { description: '市民活動団体等: a civic group, or an individual, doing civic activity in Kamakura.' })
export class GroupReference {
  @Field(() => ID)
  id!: string;
}
