import type { PersistenceModule } from '@tsunagaru/shared-persistence';
import { Donation, FundOffice, LedgerLine, LedgerTransaction, Venue, VenueBooking, VenueClosure } from './entities';
import { resourcesMigrations } from './migrations';

/** The resources subgraph's data: schema `resources`, never read by other subgraphs. */
export const resourcesPersistence: PersistenceModule = {
  schema: 'resources',
  entities: [Venue, VenueBooking, VenueClosure, FundOffice, Donation, LedgerTransaction, LedgerLine],
  migrations: resourcesMigrations,
};
