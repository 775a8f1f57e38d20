export * from './engagement-demo-seeder';
export { buildDemoPolicyMeasures, type DemoPolicyMeasure, type DemoPriorityClass } from './demo-policy-measures';
export { buildDemoTrainingEnrollments, buildDemoTrainingPrograms, type DemoTrainingEnrollment, type DemoTrainingProgram } from './demo-training';
