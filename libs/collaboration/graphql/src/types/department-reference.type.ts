import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The directory subgraph owns Department; here it is only its key, extended with proposals. */
@Directive('@key(fields: "id")')
@ObjectType('Department', { description: '市 / 担当課: a city department that owns collaboration projects and measures.' })
export class DepartmentReference {
  @Field(() => ID)
  id!: string;
}
