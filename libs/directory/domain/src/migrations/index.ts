import { Migration20261126000000_directory_initial } from './Migration20261126000000_directory_initial';
import { Migration20261204000000_directory_intermediary_code } from './Migration20261204000000_directory_intermediary_code';
import { Migration20261210000000_directory_api_clients } from './Migration20261210000000_directory_api_clients';
import { Migration20261211000000_directory_read_path } from './Migration20261211000000_directory_read_path';
import { Migration20261228000000_directory_search_tiers } from './Migration20261228000000_directory_search_tiers';

/** Applied in this order; never edit one that has shipped, add a new one. */
export const directoryMigrations = [
  { name: 'Migration20261126000000_directory_initial', class: Migration20261126000000_directory_initial },
  { name: 'Migration20261204000000_directory_intermediary_code', class: Migration20261204000000_directory_intermediary_code },
  { name: 'Migration20261210000000_directory_api_clients', class: Migration20261210000000_directory_api_clients },
  { name: 'Migration20261211000000_directory_read_path', class: Migration20261211000000_directory_read_path },
  { name: 'Migration20261228000000_directory_search_tiers', class: Migration20261228000000_directory_search_tiers },
];
