import type { PersistenceModule } from '@tsunagaru/shared-persistence';
import { Proposal } from './entities';
import { collaborationMigrations } from './migrations';

/** The collaboration subgraph's data: schema `collaboration`, never read by other subgraphs. */
export const collaborationPersistence: PersistenceModule = {
  schema: 'collaboration',
  entities: [Proposal],
  migrations: collaborationMigrations,
};
