import type { DemoSeeder } from '@tsunagaru/shared-persistence';
import {
  CommitteeRecommendation,
  CommitteeReview,
  ConsultationRequest,
  GUIDELINE_MEASURE_HEADINGS,
  GuidelineSecretariat,
  MeasureProgressReport,
  PolicyMeasure,
  Survey,
  SurveyAnswer,
  SurveyOption,
  SurveyQuestion,
  SurveyResponse,
  TrainingEnrollment,
  TrainingProgram,
  TrainingSession,
  TrainingSessionEnrollment,
  TrainingSessionHost,
  type PolicyPriorityClass,
} from '@tsunagaru/engagement-domain';
import { demoDepartmentId } from '@tsunagaru/shared-demo-data';
import { buildDemoCurrentYear } from './demo-current-year';
import { buildDemoPolicyMeasures } from './demo-policy-measures';
import { buildDemoSurvey } from './demo-survey';
import { buildDemoTrainingEnrollments, buildDemoTrainingPrograms } from './demo-training';

/**
 * The demo training calendar (FY2019–FY2020 programmes and the groups enrolled, and this
 * year's programmes with sessions around the seed day), the guideline's 23 measures of section
 * 6 with their headings, progress reports and committee reviews, the September 2019 survey and
 * this year's consultations.
 */
export const engagementDemoSeeder: DemoSeeder = {
  async seed(em) {
    const now = new Date();
    const current = buildDemoCurrentYear(now);
    const programs = [...buildDemoTrainingPrograms(), ...current.programs];
    const enrollments = buildDemoTrainingEnrollments();
    const headings = new Map(GUIDELINE_MEASURE_HEADINGS.map(([code, mark, title]) => [code, { headingMark: mark, headingTitle: title }]));
    const measures = buildDemoPolicyMeasures().map((measure) => ({
      ...measure,
      priorityClass: measure.priorityClass as PolicyPriorityClass,
      ...(headings.get(measure.code) ?? { headingMark: null, headingTitle: '' }),
    }));
    const measureIdOf = new Map(measures.map((measure) => [measure.code, measure.id]));
    const survey = buildDemoSurvey();

    await em.insertMany(TrainingProgram, programs);
    await em.insertMany(TrainingEnrollment, enrollments);
    await em.insertMany(PolicyMeasure, measures);
    await em.insertMany(GuidelineSecretariat, [{ singleton: true, departmentId: current.secretariatDepartmentId }]);
    await em.insertMany(Survey, [survey.survey]);
    await em.insertMany(SurveyQuestion, survey.questions);
    await em.insertMany(SurveyOption, survey.options);
    await em.insertMany(SurveyResponse, survey.responses);
    await em.insertMany(SurveyAnswer, survey.answers);
    await em.insertMany(TrainingSession, current.sessions);
    await em.insertMany(TrainingSessionEnrollment, current.enrollments);
    if (current.hosts.length > 0) await em.insertMany(TrainingSessionHost, current.hosts);
    await em.insertMany(ConsultationRequest, current.consultations);
    const reports = current.progressReports.map(({ measureCode, reportingDepartmentCode, ...report }) => ({
      ...report,
      measureId: measureIdOf.get(measureCode)!,
      reportingDepartmentId: demoDepartmentId(reportingDepartmentCode),
    }));
    if (reports.length > 0) await em.insertMany(MeasureProgressReport, reports);
    if (current.reviews.length > 0) await em.insertMany(CommitteeReview, current.reviews);
    const recommendations = current.recommendations.map(({ measureCode, ...recommendation }) => ({
      ...recommendation,
      measureId: measureCode ? measureIdOf.get(measureCode)! : null,
    }));
    if (recommendations.length > 0) await em.insertMany(CommitteeRecommendation, recommendations);
    return (
      programs.length +
      enrollments.length +
      measures.length +
      1 +
      1 +
      survey.questions.length +
      survey.options.length +
      survey.responses.length +
      survey.answers.length +
      current.sessions.length +
      current.enrollments.length +
      current.hosts.length +
      current.consultations.length +
      reports.length +
      current.reviews.length +
      recommendations.length
    );
  },
};
