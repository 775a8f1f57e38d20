import { Migration20261126000200_resources_initial } from './Migration20261126000200_resources_initial';
import { Migration20261201000200_resources_keyset_indexes } from './Migration20261201000200_resources_keyset_indexes';
import { Migration20261228000200_resources_venues_bookings } from './Migration20261228000200_resources_venues_bookings';
import { Migration20261228000300_resources_fund_ledger } from './Migration20261228000300_resources_fund_ledger';
import { Migration20261228000400_resources_grants_equipment_insurance } from './Migration20261228000400_resources_grants_equipment_insurance';
import { Migration20261230000200_resources_venue_updated_at } from './Migration20261230000200_resources_venue_updated_at';

/** Applied in this order; never edit one that has shipped, add a new one. */
export const resourcesMigrations = [
  { name: 'Migration20261126000200_resources_initial', class: Migration20261126000200_resources_initial },
  { name: 'Migration20261201000200_resources_keyset_indexes', class: Migration20261201000200_resources_keyset_indexes },
  { name: 'Migration20261228000200_resources_venues_bookings', class: Migration20261228000200_resources_venues_bookings },
  { name: 'Migration20261228000300_resources_fund_ledger', class: Migration20261228000300_resources_fund_ledger },
  { name: 'Migration20261228000400_resources_grants_equipment_insurance', class: Migration20261228000400_resources_grants_equipment_insurance },
  { name: 'Migration20261230000200_resources_venue_updated_at', class: Migration20261230000200_resources_venue_updated_at },
];
