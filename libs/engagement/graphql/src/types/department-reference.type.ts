import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CACHE_PUBLIC } from '@tsunagaru/shared-graphql';

/** The directory's Department, known here by its key only; the gateway fetches the rest from directory. */
@Directive('@key(fields: "id")')
@Directive(CACHE_PUBLIC)
@ObjectType('Department', { description: '市 / 担当課: a city department that owns collaboration projects and measures.' })
export class DepartmentReference {
  @Field(() => ID)
  id!: string;
}
