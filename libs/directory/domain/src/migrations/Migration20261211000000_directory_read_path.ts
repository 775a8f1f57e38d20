import { Migration } from '@mikro-orm/migrations';
import type { District } from '@tsunagaru/shared-kernel';
import { groupSearchColumns, textArrayLiteral } from '../search/japanese-search';
import { RECOUNT_GROUP_STATISTICS_SQL } from '../search/group-statistics-sql';

/**
 * The website's read path (issue 11).
 *
 * Search: each group keeps its name, reading and profile (description, districts) as search keys (`japaneseSearchKey`, written by
 * the service on every insert and update, backfilled here) and their characters and character
 * pairs in `search_terms`, GIN-indexed. pg_trgm was measured and not chosen: under C.UTF-8 it
 * indexes kanji, but a two-character `LIKE '%大船%'` yields no trigram and scans the table,
 * and its extension would have to live outside the subgraph's schema.
 *
 * Figures: `group_statistic` holds the published counts (登録団体数, by activity field, by
 * organisation type), kept by a trigger in the same transaction as every write of a group,
 * so a registration decision is counted the moment it commits and `groupStatistics` reads a
 * few dozen rows instead of the whole table.
 */
export class Migration20261211000000_directory_read_path extends Migration {
  override async up(): Promise<void> {
    await this.execute('alter table civic_group add column search_name text, add column search_reading text, add column search_profile text, add column search_terms text[]');
    const rows = (await this.execute('select id, name, name_kana, description, districts from civic_group')) as Array<{ id: string; name: string; name_kana: string; description: string; districts: District[] }>;
    for (let start = 0; start < rows.length; start += 1000) {
      const batch = rows.slice(start, start + 1000).map((row) => ({ id: row.id, ...groupSearchColumns({ name: row.name, nameKana: row.name_kana, description: row.description, districts: row.districts }) }));
      await this.execute(
        `update civic_group g
            set search_name = b.search_name, search_reading = b.search_reading, search_profile = b.search_profile, search_terms = b.search_terms::text[]
           from jsonb_to_recordset(?::jsonb) as b(id uuid, search_name text, search_reading text, search_profile text, search_terms text)
          where g.id = b.id`,
        [
          JSON.stringify(
            batch.map((row) => ({
              id: row.id,
              search_name: row.searchName,
              search_reading: row.searchReading,
              search_profile: row.searchProfile,
              search_terms: textArrayLiteral(row.searchTerms),
            })),
          ),
        ],
      );
    }
    this.addSql('alter table civic_group alter column search_name set not null, alter column search_reading set not null, alter column search_profile set not null, alter column search_terms set not null');
    this.addSql('create index civic_group_search_terms_idx on civic_group using gin (search_terms)');

    this.addSql(`
      create table group_statistic (
        dimension text not null check (dimension in ('total', 'activity_field', 'organization_type')),
        key text not null,
        count integer not null,
        primary key (dimension, key)
      )`);
    for (const sql of RECOUNT_GROUP_STATISTICS_SQL) this.addSql(sql);
    // One statement per write, its rows in key order: concurrent decisions lock counters in the same order.
    this.addSql(`
      create function civic_group_count_statistics() returns trigger language plpgsql
      set search_path from current as $$
      begin
        insert into group_statistic (dimension, key, count)
        select dimension, key, sum(delta)
          from (
            select 'total' as dimension, '' as key, 1 as delta where tg_op <> 'DELETE' and new.registration_status = 'REGISTERED'
            union all select 'activity_field', field, 1 from unnest(case when tg_op <> 'DELETE' and new.registration_status = 'REGISTERED' then new.activity_fields end) as field
            union all select 'organization_type', new.organization_type, 1 where tg_op <> 'DELETE' and new.registration_status = 'REGISTERED'
            union all select 'total', '', -1 where tg_op <> 'INSERT' and old.registration_status = 'REGISTERED'
            union all select 'activity_field', field, -1 from unnest(case when tg_op <> 'INSERT' and old.registration_status = 'REGISTERED' then old.activity_fields end) as field
            union all select 'organization_type', old.organization_type, -1 where tg_op <> 'INSERT' and old.registration_status = 'REGISTERED'
          ) as deltas
         group by dimension, key
        having sum(delta) <> 0
         order by dimension, key
        on conflict (dimension, key) do update set count = group_statistic.count + excluded.count;
        return null;
      end $$`);
    this.addSql(`
      create trigger civic_group_statistics after insert or delete or update of registration_status, activity_fields, organization_type
      on civic_group for each row execute function civic_group_count_statistics()`);

    // Filters the website uses: status with district or field arrays (GIN), organisation type.
    this.addSql('create index civic_group_organization_type_idx on civic_group (organization_type, name_kana, id)');
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger civic_group_statistics on civic_group');
    this.addSql('drop function civic_group_count_statistics()');
    this.addSql('drop table group_statistic');
    this.addSql('drop index civic_group_organization_type_idx');
    this.addSql('alter table civic_group drop column search_name, drop column search_reading, drop column search_profile, drop column search_terms');
  }
}
