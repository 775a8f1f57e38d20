import { Migration20261126000300_engagement_initial } from './Migration20261126000300_engagement_initial';

/** Applied in this order; never edit one that has shipped, add a new one. */
export const engagementMigrations = [
  { name: 'Migration20261126000300_engagement_initial', class: Migration20261126000300_engagement_initial },
];
