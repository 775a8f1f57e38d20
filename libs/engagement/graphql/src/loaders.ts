import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  PolicyMeasure,
  TrainingCatalog,
  TrainingEnrollment,
  TrainingProgram,
} from '@tsunagaru/engagement-domain';
import type { RequestContext } from '@tsunagaru/shared-graphql';
import { createChildrenLoader, createIdLoader } from '@tsunagaru/shared-persistence';

/** One loader per batched lookup; each answers a whole batch in one statement. */
export function createEngagementLoaders(em: EntityManager) {
  const catalog = new TrainingCatalog(em);
  return {
    trainingProgram: createIdLoader(em, TrainingProgram),
    policyMeasure: createIdLoader(em, PolicyMeasure),
    enrollmentsByProgram: createChildrenLoader(em, TrainingEnrollment, 'programId', { enrolledOn: 'asc', id: 'asc' }),
    enrollmentsByGroup: createChildrenLoader(em, TrainingEnrollment, 'groupId', { enrolledOn: 'asc', id: 'asc' }),
    seatsTaken: new DataLoader<string, number>(async (programIds) => {
      const taken = await catalog.seatsTaken(programIds);
      return programIds.map((id) => taken.get(id) ?? 0);
    }),
    enrollmentCountByGroup: new DataLoader<string, number>(async (groupIds) => {
      const counts = await catalog.enrollmentCounts(groupIds);
      return groupIds.map((id) => counts.get(id) ?? 0);
    }),
    policyMeasuresByDepartment: createChildrenLoader(em, PolicyMeasure, 'leadDepartmentId'),
  };
}

export type EngagementLoaders = ReturnType<typeof createEngagementLoaders>;
export type EngagementContext = RequestContext<EngagementLoaders>;
