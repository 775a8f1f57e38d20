import type { EntityManager } from '@mikro-orm/postgresql';
import {
  PolicyMeasure,
  TrainingEnrollment,
  TrainingProgram,
  type PolicyPriorityClass,
  type TrainingAudience,
  type TrainingFormat,
} from '../entities';
import { buildDemoPolicyMeasures } from './demo-policy-measures';
import { buildDemoTrainingEnrollments, buildDemoTrainingPrograms } from './demo-training';

/**
 * Loads the demo training calendar (FY2019–FY2020 programmes and the groups enrolled) and
 * the guideline's 23 measures when the schema is empty; returns 0 when data exists.
 */
export async function seedEngagement(em: EntityManager): Promise<number> {
  const existing = (await em.count(TrainingProgram, {})) + (await em.count(PolicyMeasure, {}));
  if (existing > 0) return 0;
  const programs = buildDemoTrainingPrograms();
  const enrollments = buildDemoTrainingEnrollments();
  const measures = buildDemoPolicyMeasures();
  await em.transactional(async (tx) => {
    await tx.insertMany(
      TrainingProgram,
      programs.map((program) => ({
        ...program,
        audience: program.audience as TrainingAudience,
        format: program.format as TrainingFormat,
      })),
    );
    await tx.insertMany(TrainingEnrollment, enrollments);
    await tx.insertMany(
      PolicyMeasure,
      measures.map((measure) => ({ ...measure, priorityClass: measure.priorityClass as PolicyPriorityClass })),
    );
  });
  return programs.length + enrollments.length + measures.length;
}
