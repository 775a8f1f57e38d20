import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { PolicyMeasure as PolicyMeasureEntity } from '@tsunagaru/engagement-domain';
import { DepartmentReference } from '../types/department-reference.type';
import { PolicyMeasure } from '../types/policy-measure.type';

@Resolver(() => PolicyMeasure)
export class PolicyMeasureFieldsResolver {
  @FieldResolver(() => DepartmentReference, { nullable: true, description: '担当課: the department that leads the measure.' })
  leadDepartment(@Root() measure: PolicyMeasureEntity): DepartmentReference {
    return { id: measure.leadDepartmentId };
  }
}
