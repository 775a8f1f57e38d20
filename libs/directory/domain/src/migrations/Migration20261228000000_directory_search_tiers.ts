import { Migration } from '@mikro-orm/migrations';

/**
 * Search tiers (issue 11, follow-up): a search reads its ranks one after another, each from
 * an index of its own, instead of ranking every match before the first page is cut.
 *
 * - `search_name` and `search_reading` get btree indexes for prefixes (`text_pattern_ops`):
 *   the whole name or reading, or its start (ranks 0 and 1);
 * - `civic_group_name_terms(search_name, search_reading)`, the characters and character pairs of
 *   the name and reading keys only (as `searchTerms` in japanese-search.ts builds them), is
 *   GIN-indexed: names that contain every word (rank 2) without reading the groups that match
 *   only by description or district (大船: a fifth of the directory at any scale).
 */
export class Migration20261228000000_directory_search_tiers extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create function civic_group_name_terms(search_name text, search_reading text) returns text[]
      language sql immutable strict parallel safe as $$
        select coalesce(array_agg(distinct term), '{}'::text[])
          from (
            select substr(k, i, 1) as term from unnest(array[search_name, search_reading]) as k, generate_series(1, char_length(k)) as i
            union all
            select substr(k, i, 2) from unnest(array[search_name, search_reading]) as k, generate_series(1, char_length(k) - 1) as i
          ) as terms
      $$`);
    this.addSql('create index civic_group_name_terms_idx on civic_group using gin (civic_group_name_terms(search_name, search_reading))');
    this.addSql('create index civic_group_search_name_prefix_idx on civic_group (search_name text_pattern_ops)');
    this.addSql('create index civic_group_search_reading_prefix_idx on civic_group (search_reading text_pattern_ops)');
  }

  override async down(): Promise<void> {
    this.addSql('drop index civic_group_search_reading_prefix_idx');
    this.addSql('drop index civic_group_search_name_prefix_idx');
    this.addSql('drop index civic_group_name_terms_idx');
    this.addSql('drop function civic_group_name_terms(text, text)');
  }
}
