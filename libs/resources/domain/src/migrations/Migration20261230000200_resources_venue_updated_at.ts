import { Migration } from '@mikro-orm/migrations';

/**
 * Open data change feed (オープンデータ `updatedSince`): venues carry `updated_at`, kept by a
 * trigger on every update that changes the row (whatever writes it: the services, raw SQL, an
 * operator), so the feed cannot miss a change. Existing rows start at the migration's time.
 */
export class Migration20261230000200_resources_venue_updated_at extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create or replace function touch_updated_at() returns trigger language plpgsql as $$
      begin
        new.updated_at := now();
        return new;
      end $$`);
    this.addSql('alter table venue add column updated_at timestamptz not null default now()');
    this.addSql(`
      create trigger venue_touch_updated_at before update on venue
        for each row when (old.* is distinct from new.*) execute function touch_updated_at()`);
    this.addSql('create index venue_updated_at_idx on venue (updated_at)');
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists venue_touch_updated_at on venue');
    this.addSql('alter table venue drop column if exists updated_at');
    this.addSql('drop function if exists touch_updated_at()');
  }
}
