import { Migration } from '@mikro-orm/migrations';

export class Migration20261126000000_directory_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table department (
        id uuid primary key,
        code text not null unique,
        name text not null,
        name_kana text not null,
        name_en text not null
      )`);
    this.addSql(`
      create table intermediary (
        id uuid primary key,
        name text not null,
        name_kana text not null,
        description text not null,
        website text
      )`);
    this.addSql(`
      create table civic_group (
        id uuid primary key,
        name text not null check (length(name) between 1 and 100),
        name_kana text not null check (length(name_kana) between 1 and 200),
        organization_type text not null,
        activity_fields text[] not null check (cardinality(activity_fields) between 1 and 20),
        districts text[] not null default '{}',
        description text not null default '',
        founded_on date,
        member_count integer check (member_count >= 0),
        public_email text,
        public_phone text,
        website text,
        registration_status text not null check (registration_status in ('PENDING', 'REGISTERED', 'REJECTED')),
        registered_on date,
        registered_at_intermediary_id uuid references intermediary (id),
        rejection_reason text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    // Listing pages sort by reading; filters hit the arrays with the && operator.
    this.addSql('create index civic_group_status_kana_idx on civic_group (registration_status, name_kana, id)');
    this.addSql('create index civic_group_activity_fields_idx on civic_group using gin (activity_fields)');
    this.addSql('create index civic_group_districts_idx on civic_group using gin (districts)');
    this.addSql(`
      create table group_private_contact (
        group_id uuid primary key references civic_group (id) on delete cascade,
        representative_name text not null,
        representative_name_kana text,
        email text not null,
        phone text,
        postal_code text,
        address text
      )`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table group_private_contact');
    this.addSql('drop table civic_group');
    this.addSql('drop table intermediary');
    this.addSql('drop table department');
  }
}
