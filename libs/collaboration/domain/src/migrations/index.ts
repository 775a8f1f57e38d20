import { Migration20261126000100_collaboration_initial } from './Migration20261126000100_collaboration_initial';
import { Migration20261201000100_collaboration_keyset_indexes } from './Migration20261201000100_collaboration_keyset_indexes';
import { Migration20261215000100_collaboration_workflow } from './Migration20261215000100_collaboration_workflow';

/** Applied in this order; never edit one that has shipped, add a new one. */
export const collaborationMigrations = [
  { name: 'Migration20261126000100_collaboration_initial', class: Migration20261126000100_collaboration_initial },
  { name: 'Migration20261201000100_collaboration_keyset_indexes', class: Migration20261201000100_collaboration_keyset_indexes },
  { name: 'Migration20261215000100_collaboration_workflow', class: Migration20261215000100_collaboration_workflow },
];
