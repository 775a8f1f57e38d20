import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { CACHE_PUBLIC, ConnectionType, DateTimeScalar } from '@tsunagaru/shared-graphql';
import { PolicyPriorityClass } from './engagement-enums';

@Directive('@key(fields: "id")')
@Directive(CACHE_PUBLIC)
@ObjectType('PolicyMeasure', { description: '施策: a measure of the guideline (section 6), tracked by the promotion committee (推進委員会).' })
export class PolicyMeasure {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '`6-<subsection>-<n>`, e.g. "6-2-1", in the guideline\'s order.' })
  code!: string;

  @Field(() => String, { description: '施策名, as the guideline words it.' })
  title!: string;

  @Field(() => String, { description: '概要' })
  summary!: string;

  @Field(() => PolicyPriorityClass, { description: '分類 (I = 重点施策).' })
  priorityClass!: PolicyPriorityClass;

  @Field(() => DateTimeScalar, { description: '更新日時: last change of the measure (the open data change feed, updatedSince).' })
  updatedAt!: Date;
}

@Directive(CACHE_PUBLIC)
@ObjectType('PolicyMeasureConnection', { description: "A page of the guideline's measures (施策), in the guideline's order." })
export class PolicyMeasureConnection extends ConnectionType(PolicyMeasure, 'PolicyMeasure') {}
