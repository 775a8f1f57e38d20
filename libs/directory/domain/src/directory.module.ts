import type { PersistenceModule } from '@tsunagaru/shared-persistence';
import { Department, Group, GroupPrivateContact, Intermediary } from './entities';
import { ApiClient } from './api-clients/api-client.entity';
import { directoryMigrations } from './migrations';

/** The directory subgraph's data: schema `directory`, never read by other subgraphs. */
export const directoryPersistence: PersistenceModule = {
  schema: 'directory',
  entities: [Group, GroupPrivateContact, Intermediary, Department, ApiClient],
  migrations: directoryMigrations,
};
