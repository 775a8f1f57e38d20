import { Migration20261126000300_engagement_initial } from './Migration20261126000300_engagement_initial';
import { Migration20261201000300_engagement_keyset_order } from './Migration20261201000300_engagement_keyset_order';
import { Migration20261220000300_engagement_surveys_sessions_measures } from './Migration20261220000300_engagement_surveys_sessions_measures';
import { Migration20261230000300_engagement_updated_at } from './Migration20261230000300_engagement_updated_at';

/** Applied in this order; never edit one that has shipped, add a new one. */
export const engagementMigrations = [
  { name: 'Migration20261126000300_engagement_initial', class: Migration20261126000300_engagement_initial },
  { name: 'Migration20261201000300_engagement_keyset_order', class: Migration20261201000300_engagement_keyset_order },
  { name: 'Migration20261220000300_engagement_surveys_sessions_measures', class: Migration20261220000300_engagement_surveys_sessions_measures },
  { name: 'Migration20261230000300_engagement_updated_at', class: Migration20261230000300_engagement_updated_at },
];
