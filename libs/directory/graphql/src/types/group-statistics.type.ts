import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { ActivityField, OrganizationType, CACHE_PUBLIC } from '@tsunagaru/shared-graphql';

@Directive(CACHE_PUBLIC)
@ObjectType('ActivityFieldCount', { description: '活動分野別団体数' })
export class ActivityFieldCount {
  @Field(() => ActivityField)
  field!: ActivityField;

  @Field(() => Int)
  count!: number;
}

@Directive(CACHE_PUBLIC)
@ObjectType('OrganizationTypeCount', { description: '組織形態別団体数' })
export class OrganizationTypeCount {
  @Field(() => OrganizationType)
  organizationType!: OrganizationType;

  @Field(() => Int)
  count!: number;
}

@Directive(CACHE_PUBLIC)
@ObjectType('GroupStatistics', { description: '登録団体の統計: published figures about registered groups.' })
export class GroupStatistics {
  @Field(() => Int, { description: '登録団体数' })
  total!: number;

  @Field(() => [ActivityFieldCount], { description: 'Every activity field, most groups first; a group counts in each of its fields.' })
  byActivityField!: ActivityFieldCount[];

  @Field(() => [OrganizationTypeCount], { description: 'Every organisation type, most groups first.' })
  byOrganizationType!: OrganizationTypeCount[];
}
