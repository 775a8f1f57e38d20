import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { compareMeasureCodes, type PolicyMeasure as PolicyMeasureEntity } from '@tsunagaru/engagement-domain';
import type { EngagementContext } from '../loaders';
import { DepartmentReference } from '../types/department-reference.type';
import { PolicyMeasure } from '../types/policy-measure.type';

/** Fields engagement adds to the directory's Department; the root is the stub `{ id }`. */
@Resolver(() => DepartmentReference)
export class DepartmentEngagementResolver {
  @FieldResolver(() => [PolicyMeasure], { description: '担当施策: the guideline measures this department leads, in the guideline\'s order.' })
  async policyMeasures(@Root() department: DepartmentReference, @Ctx() context: EngagementContext): Promise<PolicyMeasureEntity[]> {
    // The guideline's numbering (6-3-2 before 6-3-10) is not an SQL order, so sort here.
    return [...(await context.loaders.policyMeasuresByDepartment.load(department.id))].sort(compareMeasureCodes);
  }
}
