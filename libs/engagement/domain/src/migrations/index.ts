import { Migration20261126000300_engagement_initial } from './Migration20261126000300_engagement_initial';
import { Migration20261201000300_engagement_keyset_order } from './Migration20261201000300_engagement_keyset_order';

/** Applied in this order; never edit one that has shipped, add a new one. */
export const engagementMigrations = [
  { name: 'Migration20261126000300_engagement_initial', class: Migration20261126000300_engagement_initial },
  { name: 'Migration20261201000300_engagement_keyset_order', class: Migration20261201000300_engagement_keyset_order },
];
