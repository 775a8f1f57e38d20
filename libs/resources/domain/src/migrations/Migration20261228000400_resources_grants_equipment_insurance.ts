import { Migration } from '@mikro-orm/migrations';

/**
 * 助成金 (6 (3) ウ): the city's programmes paid from the fund, and private foundations' and
 * companies' programmes listed for information; applications, awards (never above the request,
 * the programme's maximum or its budget) and their payment, booked in the ledger.
 * 貸出備品: lendable equipment and loans. 市民活動補償制度: incident reports of groups.
 */
export class Migration20261228000400_resources_grants_equipment_insurance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table grant_program (
        id uuid primary key,
        code text not null unique,
        kind text not null check (kind in ('CITY', 'PRIVATE')),
        name text not null check (length(name) between 1 and 200),
        provider text not null check (length(provider) between 1 and 200),
        description text not null default '',
        fiscal_year integer,
        budget_yen bigint check (budget_yen > 0),
        min_award_yen bigint check (min_award_yen >= 0),
        max_award_yen bigint check (max_award_yen > 0),
        eligible_fields text[] not null default '{}' check (cardinality(eligible_fields) <= 20),
        eligible_organization_types text[] not null default '{}' check (cardinality(eligible_organization_types) <= 9),
        opens_on date not null,
        closes_on date not null,
        selection_criteria text not null default '',
        application_method text not null default '',
        url text,
        created_at timestamptz not null default now(),
        constraint grant_program_window check (closes_on >= opens_on),
        constraint grant_program_city_terms check (
          kind = 'PRIVATE' or (fiscal_year is not null and budget_yen is not null and min_award_yen is not null and max_award_yen is not null)),
        constraint grant_program_award_range check (min_award_yen is null or max_award_yen is null or min_award_yen <= max_award_yen),
        constraint grant_program_max_within_budget check (max_award_yen is null or budget_yen is null or max_award_yen <= budget_yen)
      )`);
    this.addSql('create index grant_program_closes_idx on grant_program (closes_on, id)');
    this.addSql(`
      create table grant_application (
        id uuid primary key,
        program_id uuid not null references grant_program (id),
        group_id uuid not null,
        status text not null check (status in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'AWARDED', 'REJECTED')),
        title text not null check (length(title) between 1 and 200),
        plan text not null default '' check (length(plan) <= 4000),
        activity_field text not null,
        organization_type text not null,
        requested_yen bigint not null check (requested_yen > 0),
        submitted_at timestamptz,
        decided_at timestamptz,
        decided_by text,
        decision_reason text check (length(decision_reason) <= 2000),
        created_at timestamptz not null default now(),
        created_by text,
        constraint grant_application_one_per_group unique (program_id, group_id),
        constraint grant_application_rejection_reason check (status <> 'REJECTED' or decision_reason is not null)
      )`);
    this.addSql('create index grant_application_group_idx on grant_application (group_id, created_at desc, id desc)');
    this.addSql('create index grant_application_program_idx on grant_application (program_id, created_at desc, id desc)');
    this.addSql(`
      create table grant_award (
        id uuid primary key,
        application_id uuid not null unique references grant_application (id),
        program_id uuid not null references grant_program (id),
        group_id uuid not null,
        amount_yen bigint not null check (amount_yen > 0),
        awarded_on date not null,
        awarded_by text,
        paid_on date,
        ledger_transaction_id uuid unique references ledger_transaction (id),
        report text check (length(report) <= 4000),
        reported_at timestamptz,
        constraint grant_award_paid_with_ledger check ((paid_on is null) = (ledger_transaction_id is null))
      )`);
    this.addSql('create index grant_award_program_idx on grant_award (program_id, awarded_on desc, id desc)');
    this.addSql('create index grant_award_group_idx on grant_award (group_id, awarded_on desc, id desc)');
    this.addSql('alter table ledger_transaction add column grant_award_id uuid unique references grant_award (id)');

    this.addSql(`
      create table equipment_item (
        id uuid primary key,
        code text not null unique,
        name text not null check (length(name) between 1 and 200),
        description text not null default '',
        quantity_owned integer not null check (quantity_owned > 0),
        venue_id uuid references venue (id)
      )`);
    this.addSql(`
      create table equipment_loan (
        id uuid primary key,
        item_id uuid not null references equipment_item (id),
        group_id uuid not null,
        quantity integer not null check (quantity > 0),
        starts_on date not null,
        ends_on date not null,
        status text not null check (status in ('LENT', 'RETURNED')),
        returned_at timestamptz,
        lent_by text,
        returned_by text,
        created_at timestamptz not null default now(),
        constraint equipment_loan_period check (ends_on >= starts_on),
        constraint equipment_loan_returned check ((status = 'RETURNED') = (returned_at is not null))
      )`);
    this.addSql('create index equipment_loan_item_idx on equipment_loan (item_id, starts_on)');
    this.addSql('create index equipment_loan_group_idx on equipment_loan (group_id, starts_on desc, id desc)');

    this.addSql(`
      create table accident_report (
        id uuid primary key,
        group_id uuid not null,
        occurred_on date not null,
        activity text not null check (length(activity) between 1 and 200),
        description text not null check (length(description) between 1 and 4000),
        injured_count integer not null check (injured_count >= 0),
        reported_by text,
        created_at timestamptz not null default now()
      )`);
    this.addSql('create index accident_report_group_idx on accident_report (group_id, occurred_on desc, id desc)');
  }

  override async down(): Promise<void> {
    this.addSql('drop table accident_report');
    this.addSql('drop table equipment_loan');
    this.addSql('drop table equipment_item');
    this.addSql('alter table ledger_transaction drop column grant_award_id');
    this.addSql('drop table grant_award');
    this.addSql('drop table grant_application');
    this.addSql('drop table grant_program');
  }
}
