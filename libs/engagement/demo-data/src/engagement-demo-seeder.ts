import type { DemoSeeder } from '@tsunagaru/shared-persistence';
import { PolicyMeasure, TrainingEnrollment, TrainingProgram, type PolicyPriorityClass } from '@tsunagaru/engagement-domain';
import { buildDemoPolicyMeasures } from './demo-policy-measures';
import { buildDemoTrainingEnrollments, buildDemoTrainingPrograms } from './demo-training';

/**
 * The demo training calendar (FY2019–FY2020 programmes and the groups enrolled) and the
 * guideline's 23 measures of section 6.
 */
export const engagementDemoSeeder: DemoSeeder = {
  async seed(em) {
    const programs = buildDemoTrainingPrograms();
    const enrollments = buildDemoTrainingEnrollments();
    const measures = buildDemoPolicyMeasures();
    await em.insertMany(TrainingProgram, programs);
    await em.insertMany(TrainingEnrollment, enrollments);
    await em.insertMany(
      PolicyMeasure,
      measures.map((measure) => ({ ...measure, priorityClass: measure.priorityClass as PolicyPriorityClass })),
    );
    return programs.length + enrollments.length + measures.length;
  },
};
