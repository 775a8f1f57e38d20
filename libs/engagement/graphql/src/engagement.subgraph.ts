import { engagementPersistence } from '@tsunagaru/engagement-domain';
import { buildFederatedSchema, resolveKeyOnlyReference, type SubgraphDefinition } from '@tsunagaru/shared-graphql';
import { createEngagementLoaders, type EngagementLoaders } from './loaders';
import { resolvePolicyMeasureReference } from './references/policy-measure.reference';
import { resolveSurveyReference } from './references/survey.reference';
import { resolveTrainingSessionReference } from './references/training-session.reference';
import { resolveTrainingProgramReference } from './references/training-program.reference';
import { ConsultationResolver } from './resolvers/consultation.resolvers';
import { DepartmentEngagementResolver } from './resolvers/department-engagement.resolver';
import { GroupEngagementResolver } from './resolvers/group-engagement.resolver';
import { CommitteeRecommendationResolver, CommitteeReviewResolver, PolicyMeasureTrackingResolver } from './resolvers/measure-tracking.resolvers';
import { PolicyMeasureFieldsResolver } from './resolvers/policy-measure-fields.resolver';
import { PolicyMeasureQueryResolver } from './resolvers/policy-measure-query.resolver';
import { GroupSurveyResolver, SurveyQuestionResolver, SurveyResolver, SurveyResponseResolver } from './resolvers/survey.resolvers';
import { TrainingEnrollmentFieldsResolver } from './resolvers/training-enrollment-fields.resolver';
import { TrainingEnrollmentResolver } from './resolvers/training-enrollment.resolver';
import { TrainingProgramFieldsResolver } from './resolvers/training-program-fields.resolver';
import { TrainingQueryResolver } from './resolvers/training-query.resolver';
import {
  DepartmentTrainingResolver,
  GroupTrainingSessionResolver,
  TrainingSessionEnrollmentResolver,
  TrainingSessionResolver,
  VenueTrainingResolver,
} from './resolvers/training-session.resolvers';
import { DepartmentReference } from './types/department-reference.type';
import { GroupReference } from './types/group-reference.type';
import { PolicyMeasure } from './types/policy-measure.type';
import { Survey } from './types/survey.types';
import { TrainingProgram } from './types/training-program.type';
import { TrainingSession } from './types/training-session.types';
import { VenueReference } from './types/venue-reference.type';

/**
 * engagement: surveys (アンケート調査), training (研修・ワークショップ) with sessions, enrolments and
 * waitlists, consultations (相談) and the guideline's measures (施策) followed by the committees.
 */
export const engagementSubgraph: SubgraphDefinition<EngagementLoaders> = {
  name: 'engagement',
  persistence: engagementPersistence,
  createLoaders: createEngagementLoaders,
  buildSchema: () =>
    buildFederatedSchema(
      {
        resolvers: [
          TrainingQueryResolver,
          TrainingProgramFieldsResolver,
          TrainingEnrollmentFieldsResolver,
          TrainingEnrollmentResolver,
          PolicyMeasureQueryResolver,
          PolicyMeasureFieldsResolver,
          PolicyMeasureTrackingResolver,
          CommitteeReviewResolver,
          CommitteeRecommendationResolver,
          GroupEngagementResolver,
          DepartmentEngagementResolver,
          SurveyResolver,
          SurveyQuestionResolver,
          SurveyResponseResolver,
          GroupSurveyResolver,
          TrainingSessionResolver,
          TrainingSessionEnrollmentResolver,
          GroupTrainingSessionResolver,
          DepartmentTrainingResolver,
          VenueTrainingResolver,
          ConsultationResolver,
        ],
        orphanedTypes: [TrainingProgram, PolicyMeasure, GroupReference, DepartmentReference, VenueReference, Survey, TrainingSession],
      },
      {
        TrainingProgram: { __resolveReference: resolveTrainingProgramReference },
        PolicyMeasure: { __resolveReference: resolvePolicyMeasureReference },
        Survey: { __resolveReference: resolveSurveyReference },
        TrainingSession: { __resolveReference: resolveTrainingSessionReference },
        Group: { __resolveReference: resolveKeyOnlyReference },
        Department: { __resolveReference: resolveKeyOnlyReference },
        Venue: { __resolveReference: resolveKeyOnlyReference },
      },
    ),
};
