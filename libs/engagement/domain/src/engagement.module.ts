import type { PersistenceModule } from '@tsunagaru/shared-persistence';
import { PolicyMeasure, TrainingEnrollment, TrainingProgram } from './entities';
import { engagementMigrations } from './migrations';

/** The engagement subgraph's data: schema `engagement`, never read by other subgraphs. */
export const engagementPersistence: PersistenceModule = {
  schema: 'engagement',
  entities: [TrainingProgram, TrainingEnrollment, PolicyMeasure],
  migrations: engagementMigrations,
};
