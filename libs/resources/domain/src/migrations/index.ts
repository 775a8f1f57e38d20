import { Migration20261126000200_resources_initial } from './Migration20261126000200_resources_initial';

/** Applied in this order; never edit one that has shipped, add a new one. */
export const resourcesMigrations = [
  { name: 'Migration20261126000200_resources_initial', class: Migration20261126000200_resources_initial },
];
