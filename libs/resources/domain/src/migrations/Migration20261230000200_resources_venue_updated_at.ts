import { Migration } from '@mikro-orm/migrations';

/**
 * Open data change feed (オープンデータ `updatedSince`): venues carry `updated_at`, kept by a
 * trigger on every update that changes the row (an update writing the same values is no change) (whatever writes it: the services, raw SQL, an
 * operator), so the feed cannot miss a change. Existing rows start at the migration's time.
 */
export class Migration20261230000200_resources_venue_updated_at extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create or replace function touch_updated_at() returns trigger language plpgsql as $$
      declare
        -- Generated columns are not computed yet in a BEFORE trigger: compare the rest.
        ignored text[] := array_append(array(select attname::text from pg_attribute where attrelid = tg_relid and attgenerated <> ''), 'updated_at');
      begin
        if (to_jsonb(new) - ignored) is distinct from (to_jsonb(old) - ignored) then
          new.updated_at := now();
        end if;
        return new;
      end $$`);
    this.addSql('alter table venue add column updated_at timestamptz not null default now()');
    this.addSql(`
      create trigger venue_touch_updated_at before update on venue
        for each row execute function touch_updated_at()`);
    this.addSql('create index venue_updated_at_idx on venue (updated_at)');
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists venue_touch_updated_at on venue');
    this.addSql('alter table venue drop column if exists updated_at');
    this.addSql('drop function if exists touch_updated_at()');
  }
}
