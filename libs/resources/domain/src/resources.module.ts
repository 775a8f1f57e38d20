import type { PersistenceModule } from '@tsunagaru/shared-persistence';
import {
  AccidentReport,
  Donation,
  EquipmentItem,
  EquipmentLoan,
  FundOffice,
  GrantApplication,
  GrantAward,
  GrantProgram,
  LedgerLine,
  LedgerTransaction,
  Venue,
  VenueBooking,
  VenueClosure,
} from './entities';
import { resourcesMigrations } from './migrations';

/** The resources subgraph's data: schema `resources`, never read by other subgraphs. */
export const resourcesPersistence: PersistenceModule = {
  schema: 'resources',
  entities: [
    Venue,
    VenueBooking,
    VenueClosure,
    FundOffice,
    Donation,
    LedgerTransaction,
    LedgerLine,
    GrantProgram,
    GrantApplication,
    GrantAward,
    EquipmentItem,
    EquipmentLoan,
    AccidentReport,
  ],
  migrations: resourcesMigrations,
};
