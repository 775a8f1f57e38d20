import { Migration } from '@mikro-orm/migrations';

export class Migration20261126000300_engagement_initial extends Migration {
  override async up(): Promise<void> {
    // organizer_department_id, group_id and lead_department_id point into the directory
    // subgraph's schema: plain uuids, no foreign keys across schemas.
    this.addSql(`
      create table training_program (
        id uuid primary key,
        code text not null unique,
        title text not null check (length(title) between 1 and 200),
        description text not null default '',
        audience text not null check (audience in ('YOUNG_STAFF', 'MID_CAREER_STAFF', 'MANAGERIAL_STAFF', 'CITIZENS')),
        format text not null check (format in ('LECTURE', 'WORKSHOP', 'INTERNSHIP', 'EXPERT_CONSULTATION')),
        fiscal_year integer not null check (fiscal_year between 1990 and 2100),
        organizer_department_id uuid not null,
        capacity integer not null check (capacity > 0)
      )`);
    // The training calendar filters by fiscal year.
    this.addSql('create index training_program_fiscal_year_idx on training_program (fiscal_year, code)');
    this.addSql(`
      create table training_enrollment (
        id uuid primary key,
        program_id uuid not null references training_program (id) on delete cascade,
        group_id uuid not null,
        participants integer not null check (participants between 1 and 10),
        enrolled_on date not null,
        attended boolean not null default false,
        constraint training_enrollment_program_group_key unique (program_id, group_id)
      )`);
    // Batched by program_id (covered by the unique index's leading column) and by group_id.
    this.addSql('create index training_enrollment_group_idx on training_enrollment (group_id)');
    this.addSql(`
      create table policy_measure (
        id uuid primary key,
        code text not null unique,
        title text not null check (length(title) between 1 and 200),
        summary text not null default '',
        priority_class text not null check (priority_class in ('I', 'II_A', 'II_B', 'III')),
        lead_department_id uuid not null
      )`);
    this.addSql('create index policy_measure_lead_department_idx on policy_measure (lead_department_id, code)');
    this.addSql('create index policy_measure_priority_class_idx on policy_measure (priority_class, code)');
  }

  override async down(): Promise<void> {
    this.addSql('drop table policy_measure');
    this.addSql('drop table training_enrollment');
    this.addSql('drop table training_program');
  }
}
