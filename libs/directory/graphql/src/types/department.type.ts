import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType, CACHE_PUBLIC } from '@tsunagaru/shared-graphql';

@Directive('@key(fields: "id")')
@Directive(CACHE_PUBLIC)
@ObjectType('Department', { description: '市 / 担当課: a city department that owns collaboration projects and measures.' })
export class Department {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Stable short code, e.g. "environment".' })
  code!: string;

  @Field(() => String, { description: '部署名' })
  name!: string;

  @Field(() => String, { description: '部署名の読み (katakana)' })
  nameKana!: string;

  @Field(() => String, { description: 'English name.' })
  nameEn!: string;
}

@Directive(CACHE_PUBLIC)
@ObjectType('DepartmentConnection', { description: 'A page of city departments, by code.' })
export class DepartmentConnection extends ConnectionType(Department, 'Department') {}
