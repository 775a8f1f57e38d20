import { Migration20261126000000_directory_initial } from './Migration20261126000000_directory_initial';

/** Applied in this order; never edit one that has shipped, add a new one. */
export const directoryMigrations = [
  { name: 'Migration20261126000000_directory_initial', class: Migration20261126000000_directory_initial },
];
