import { engagementPersistence } from '@tsunagaru/engagement-domain';
import { buildFederatedSchema, resolveKeyOnlyReference, type SubgraphDefinition } from '@tsunagaru/shared-graphql';
import { createEngagementLoaders, type EngagementLoaders } from './loaders';
import { resolvePolicyMeasureReference } from './references/policy-measure.reference';
import { resolveTrainingProgramReference } from './references/training-program.reference';
import { DepartmentEngagementResolver } from './resolvers/department-engagement.resolver';
import { GroupEngagementResolver } from './resolvers/group-engagement.resolver';
import { PolicyMeasureFieldsResolver } from './resolvers/policy-measure-fields.resolver';
import { PolicyMeasureQueryResolver } from './resolvers/policy-measure-query.resolver';
import { TrainingEnrollmentFieldsResolver } from './resolvers/training-enrollment-fields.resolver';
import { TrainingEnrollmentResolver } from './resolvers/training-enrollment.resolver';
import { TrainingProgramFieldsResolver } from './resolvers/training-program-fields.resolver';
import { TrainingQueryResolver } from './resolvers/training-query.resolver';
import { DepartmentReference } from './types/department-reference.type';
import { GroupReference } from './types/group-reference.type';
import { PolicyMeasure } from './types/policy-measure.type';
import { TrainingProgram } from './types/training-program.type';

/** engagement: training (研修・ワークショップ), enrolments (受講申込) and the guideline's measures (施策). */
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
          GroupEngagementResolver,
          DepartmentEngagementResolver,
        ],
        orphanedTypes: [TrainingProgram, PolicyMeasure, GroupReference, DepartmentReference],
      },
      {
        TrainingProgram: { __resolveReference: resolveTrainingProgramReference },
        PolicyMeasure: { __resolveReference: resolvePolicyMeasureReference },
        Group: { __resolveReference: resolveKeyOnlyReference },
        Department: { __resolveReference: resolveKeyOnlyReference },
      },
    ),
};
