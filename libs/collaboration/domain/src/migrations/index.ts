import { Migration20261126000100_collaboration_initial } from './Migration20261126000100_collaboration_initial';

/** Applied in this order; never edit one that has shipped, add a new one. */
export const collaborationMigrations = [
  { name: 'Migration20261126000100_collaboration_initial', class: Migration20261126000100_collaboration_initial },
];
