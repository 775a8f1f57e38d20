import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  answersOfResponses,
  CommitteeRecommendation,
  MeasureProgressReport,
  PolicyMeasure,
  Survey,
  SurveyOption,
  SurveyQuestion,
  SurveyResponse,
  Surveys,
  TrainingCatalog,
  TrainingEnrollment,
  TrainingParticipation,
  TrainingProgram,
  TrainingSession,
  TrainingSessionEnrollment,
  TrainingSessionHost,
  TrainingSessions,
  type SessionCounts,
  type StaffTrainingFigure,
  type SurveyAnswerView,
} from '@tsunagaru/engagement-domain';
import type { RequestContext } from '@tsunagaru/shared-graphql';
import { isUuid } from '@tsunagaru/shared-kernel';
import { createChildPageLoader, createIdLoader } from '@tsunagaru/shared-persistence';

/** Rows of `entity` whose `column` is one of `ids`, grouped per id in `orderBy` order: one statement per batch. */
function createListLoader<T extends object>(
  em: EntityManager,
  entity: new () => T,
  column: keyof T & string,
  orderBy: Record<string, 'asc' | 'desc'>,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const wellFormed = ids.filter(isUuid);
    const rows = wellFormed.length > 0 ? await em.find(entity, { [column]: { $in: wellFormed } } as never, { orderBy: orderBy as never }) : [];
    const byParent = new Map<string, T[]>();
    for (const row of rows) {
      const key = (row as Record<string, unknown>)[column] as string;
      byParent.set(key, [...(byParent.get(key) ?? []), row]);
    }
    return ids.map((id) => byParent.get(id) ?? []);
  });
}

/** One loader per batched lookup; each answers a whole batch in one statement. */
export function createEngagementLoaders(em: EntityManager) {
  const catalog = new TrainingCatalog(em);
  const sessions = new TrainingSessions(em);
  const participation = new TrainingParticipation(em);
  const staffTrainingByYear = new Map<number, DataLoader<string, StaffTrainingFigure[]>>();
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

    // Surveys
    survey: createIdLoader(em, Survey),
    respondentCount: new DataLoader<string, number>(async (surveyIds) => {
      const counts = await new Surveys(em).respondentCounts(surveyIds);
      return surveyIds.map((id) => counts.get(id) ?? 0);
    }),
    questionsBySurvey: createListLoader(em, SurveyQuestion, 'surveyId', { position: 'asc' }),
    optionsByQuestion: createListLoader(em, SurveyOption, 'questionId', { position: 'asc' }),
    answersByResponse: new DataLoader<string, SurveyAnswerView[]>(async (responseIds) => {
      const answers = await answersOfResponses(em, responseIds);
      return responseIds.map((id) => answers.get(id) ?? []);
    }),
    responsesBySurvey: createChildPageLoader(em, { entity: SurveyResponse, parentColumn: 'survey_id' }),
    responsesByGroup: createChildPageLoader(em, { entity: SurveyResponse, parentColumn: 'group_id' }),

    // Training sessions
    trainingSession: createIdLoader(em, TrainingSession),
    sessionCounts: new DataLoader<string, SessionCounts>(async (sessionIds) => {
      const counts = await sessions.counts(sessionIds);
      return sessionIds.map((id) => counts.get(id) ?? { enrolled: 0, waitlisted: 0 });
    }),
    waitlistPosition: new DataLoader<string, number | null>(async (enrollmentIds) => {
      const positions = await sessions.positions(enrollmentIds);
      return enrollmentIds.map((id) => positions.get(id) ?? null);
    }),
    enrollmentsBySession: createChildPageLoader(em, { entity: TrainingSessionEnrollment, parentColumn: 'session_id' }),
    sessionEnrollmentsByGroup: createChildPageLoader(em, { entity: TrainingSessionEnrollment, parentColumn: 'group_id' }),
    sessionsByVenue: createChildPageLoader(em, { entity: TrainingSession, parentColumn: 'venue_id' }),
    hostsBySession: new DataLoader<string, string[]>(async (sessionIds) => {
      const wellFormed = sessionIds.filter(isUuid);
      const rows = wellFormed.length > 0 ? await em.find(TrainingSessionHost, { sessionId: { $in: wellFormed } }, { orderBy: { groupId: 'asc' } }) : [];
      return sessionIds.map((id) => rows.filter((row) => row.sessionId === id).map((row) => row.groupId));
    }),
    /** Department.staffTraining(fiscalYear): one loader per fiscal year asked. */
    staffTraining(fiscalYear: number): DataLoader<string, StaffTrainingFigure[]> {
      let loader = staffTrainingByYear.get(fiscalYear);
      if (!loader) {
        loader = new DataLoader<string, StaffTrainingFigure[]>(async (departmentIds) => {
          const figures = await participation.staffTraining(departmentIds, fiscalYear);
          return departmentIds.map((id) => figures.get(id) ?? []);
        });
        staffTrainingByYear.set(fiscalYear, loader);
      }
      return loader;
    },

    // Measures followed
    progressReportsByMeasure: createChildPageLoader(em, { entity: MeasureProgressReport, parentColumn: 'measure_id' }),
    recommendationsByMeasure: createChildPageLoader(em, { entity: CommitteeRecommendation, parentColumn: 'measure_id' }),
    recommendationsByReview: createChildPageLoader(em, { entity: CommitteeRecommendation, parentColumn: 'review_id' }),
  };
}

export type EngagementLoaders = ReturnType<typeof createEngagementLoaders>;
export type EngagementContext = RequestContext<EngagementLoaders>;
