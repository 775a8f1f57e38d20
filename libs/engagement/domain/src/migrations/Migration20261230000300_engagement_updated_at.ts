import { Migration } from '@mikro-orm/migrations';

const TABLES = ['training_program', 'training_session', 'policy_measure', 'measure_progress_report'] as const;

/**
 * Open data change feed (オープンデータ `updatedSince`): training programmes, sessions, policy
 * measures and progress reports carry `updated_at`, kept by triggers on every update that changes
 * the row (whatever writes it), so the feed cannot miss a change. A session's enrolment count is
 * public, so an enrolment written, changed or removed touches its session too. Existing rows
 * start at the migration's time (progress reports at their report time).
 */
export class Migration20261230000300_engagement_updated_at extends Migration {
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
    for (const table of TABLES) {
      this.addSql(`alter table ${table} add column updated_at timestamptz not null default now()`);
      this.addSql(`
        create trigger ${table}_touch_updated_at before update on ${table}
          for each row execute function touch_updated_at()`);
      this.addSql(`create index ${table}_updated_at_idx on ${table} (updated_at)`);
    }
    this.addSql('update measure_progress_report set updated_at = reported_at');
    this.addSql(`
      create or replace function touch_training_session_of_enrollment() returns trigger language plpgsql as $$
      begin
        update training_session set updated_at = now()
         where id in (case when tg_op = 'DELETE' then old.session_id else new.session_id end,
                      case when tg_op = 'UPDATE' then old.session_id else null end);
        return null;
      end $$`);
    this.addSql(`
      create trigger training_session_enrollment_touches_session after insert or update or delete on training_session_enrollment
        for each row execute function touch_training_session_of_enrollment()`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists training_session_enrollment_touches_session on training_session_enrollment');
    this.addSql('drop function if exists touch_training_session_of_enrollment()');
    for (const table of TABLES) {
      this.addSql(`drop trigger if exists ${table}_touch_updated_at on ${table}`);
      this.addSql(`alter table ${table} drop column if exists updated_at`);
    }
    this.addSql('drop function if exists touch_updated_at()');
  }
}
