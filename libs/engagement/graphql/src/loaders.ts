import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PolicyMeasure, TrainingCatalog, TrainingEnrollment, TrainingProgram } from '@tsunagaru/engagement-domain';
import type { RequestContext } from '@tsunagaru/shared-graphql';
import { createChildPageLoader, createIdLoader } from '@tsunagaru/shared-persistence';

/** One loader per batched lookup; each answers a whole batch in one statement. */
export function createEngagementLoaders(em: EntityManager) {
  const catalog = new TrainingCatalog(em);
  return {
    trainingProgram: createIdLoader(em, TrainingProgram),
    policyMeasure: createIdLoader(em, PolicyMeasure),
    /** TrainingProgram.enrollments: a page per programme. */
    enrollmentsByProgram: createChildPageLoader(em, { entity: TrainingEnrollment, parentColumn: 'program_id' }),
    /** Group.trainingEnrollments: a page per group. */
    enrollmentsByGroup: createChildPageLoader(em, { entity: TrainingEnrollment, parentColumn: 'group_id' }),
    seatsTaken: new DataLoader<string, number>(async (programIds) => {
      const taken = await catalog.seatsTaken(programIds);
      return programIds.map((id) => taken.get(id) ?? 0);
    }),
    enrollmentCountByGroup: new DataLoader<string, number>(async (groupIds) => {
      const counts = await catalog.enrollmentCounts(groupIds);
      return groupIds.map((id) => counts.get(id) ?? 0);
    }),
    /** Department.policyMeasures: a page per department. */
    policyMeasuresByDepartment: createChildPageLoader(em, { entity: PolicyMeasure, parentColumn: 'lead_department_id' }),
  };
}

export type EngagementLoaders = ReturnType<typeof createEngagementLoaders>;
export type EngagementContext = RequestContext<EngagementLoaders>;
