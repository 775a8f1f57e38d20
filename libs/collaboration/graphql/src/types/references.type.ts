import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CACHE_PUBLIC } from '@tsunagaru/shared-graphql';

/** The directory subgraph owns Department; here it is only its key, extended with proposals and challenges. */
@Directive('@key(fields: "id")')
@Directive(CACHE_PUBLIC)
@ObjectType('Department', { description: '市 / 担当課: a city department that owns collaboration projects and measures.' })
export class DepartmentReference {
  @Field(() => ID)
  id!: string;
}

/** The directory subgraph owns Group; here it is only its key, extended with proposals and collaborations. */
@Directive('@key(fields: "id")')
@Directive(CACHE_PUBLIC)
@ObjectType('Group', { description: '市民活動団体等: a civic group, or an individual, doing civic activity in Kamakura.' })
export class GroupReference {
  @Field(() => ID)
  id!: string;
}

/** The directory subgraph owns Intermediary; agreements name one as a supporting party. */
@Directive('@key(fields: "id")')
@Directive(CACHE_PUBLIC)
@ObjectType('Intermediary', { description: '中間支援組織: an intermediary support organisation such as the Civic Activity Center.' })
export class IntermediaryReference {
  @Field(() => ID)
  id!: string;
}

export const groupRef = (id: string | null | undefined): GroupReference | null => (id ? { id } : null);
export const departmentRef = (id: string): DepartmentReference => ({ id });
