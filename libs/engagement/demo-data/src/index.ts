export * from './engagement-demo-seeder';
export { buildDemoPolicyMeasures, type DemoPolicyMeasure, type DemoPriorityClass } from './demo-policy-measures';
export { buildDemoTrainingEnrollments, buildDemoTrainingPrograms, type DemoTrainingEnrollment, type DemoTrainingProgram } from './demo-training';
export { buildDemoSurvey, demoSurveyRespondents, DEMO_SURVEY_CODE, DEMO_SURVEY_RESPONDENTS } from './demo-survey';
export { buildDemoCurrentYear, DEMO_SESSION_VENUE_CODES } from './demo-current-year';
