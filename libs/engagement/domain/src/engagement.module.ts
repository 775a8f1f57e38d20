import type { PersistenceModule } from '@tsunagaru/shared-persistence';
import {
  CommitteeRecommendation,
  CommitteeReview,
  ConsultationRequest,
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
} from './entities';
import { engagementMigrations } from './migrations';

/** The engagement subgraph's data: schema `engagement`, never read by other subgraphs. */
export const engagementPersistence: PersistenceModule = {
  schema: 'engagement',
  entities: [
    TrainingProgram,
    TrainingEnrollment,
    PolicyMeasure,
    Survey,
    SurveyQuestion,
    SurveyOption,
    SurveyResponse,
    SurveyAnswer,
    TrainingSession,
    TrainingSessionEnrollment,
    TrainingSessionHost,
    ConsultationRequest,
    MeasureProgressReport,
    CommitteeReview,
    CommitteeRecommendation,
    GuidelineSecretariat,
  ],
  migrations: engagementMigrations,
};
