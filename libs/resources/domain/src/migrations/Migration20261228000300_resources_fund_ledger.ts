import { Migration } from '@mikro-orm/migrations';

/**
 * 市民活動支援基金: the fund as a double-entry ledger. Every movement of money is a transaction
 * whose lines (signed whole yen on accounts) sum to zero; a DEFERRABLE constraint trigger
 * checks each transaction at commit, so a transaction that does not balance (or has fewer
 * than two lines) never commits. Lines are append-only. Balances are derived from the lines;
 * nothing stores a balance beside them. Donations carry an idempotency key and the hash of
 * what was asked, so a retry books nothing twice.
 */
export class Migration20261228000300_resources_fund_ledger extends Migration {
  override async up(): Promise<void> {
    // Which department keeps the fund (事務局, in Kamakura 地域のつながり推進課); set per deployment (README).
    this.addSql(`
      create table fund_office (
        singleton boolean primary key default true check (singleton),
        secretariat_department_id uuid not null,
        updated_at timestamptz not null default now(),
        updated_by text
      )`);
    this.addSql(`
      create table donation (
        id uuid primary key,
        idempotency_key text not null check (length(idempotency_key) between 1 and 200),
        request_hash text not null,
        amount_yen bigint not null check (amount_yen > 0),
        channel text not null check (channel in ('DIRECT', 'FURUSATO_NOZEI', 'VENDING_MACHINE', 'OTHER')),
        received_on date not null,
        earmark_field text,
        designated_group_id uuid,
        donor_name text check (length(donor_name) <= 200),
        donor_contact text check (length(donor_contact) <= 400),
        consent_to_public_name boolean not null default false,
        public_display_name text check (length(public_display_name) <= 100),
        recorded_by text,
        created_at timestamptz not null default now(),
        constraint donation_idempotency_key_unique unique (idempotency_key),
        constraint donation_display_name_needs_consent check (public_display_name is null or consent_to_public_name)
      )`);
    this.addSql('create index donation_received_idx on donation (received_on desc, id desc)');
    this.addSql(`
      create table ledger_transaction (
        id uuid primary key,
        kind text not null check (kind in ('DONATION', 'GRANT_PAYMENT')),
        booked_on date not null,
        fiscal_year integer generated always as (
          case when extract(month from booked_on) >= 4 then extract(year from booked_on)::int else extract(year from booked_on)::int - 1 end
        ) stored,
        memo text not null default '',
        donation_id uuid unique references donation (id),
        created_at timestamptz not null default now(),
        created_by text,
        constraint ledger_transaction_donation_kind check ((kind = 'DONATION') = (donation_id is not null))
      )`);
    this.addSql('create index ledger_transaction_booked_idx on ledger_transaction (booked_on)');
    this.addSql(`
      create table ledger_line (
        id uuid primary key,
        transaction_id uuid not null references ledger_transaction (id),
        account text not null check (account in ('FUND_CASH', 'DONATION_INCOME', 'GRANT_EXPENSE')),
        amount_yen bigint not null check (amount_yen <> 0)
      )`);
    this.addSql('create index ledger_line_transaction_idx on ledger_line (transaction_id)');
    this.addSql('create index ledger_line_account_idx on ledger_line (account, transaction_id) include (amount_yen)');

    // The balance rule, checked once per touched transaction at commit (deferred).
    this.addSql(`
      create function ledger_transaction_must_balance() returns trigger language plpgsql as $fn$
      declare
        tx uuid;
        total numeric;
        line_count integer;
      begin
        if TG_TABLE_NAME = 'ledger_line' then tx := NEW.transaction_id; else tx := NEW.id; end if;
        execute format('select coalesce(sum(amount_yen), 0), count(*) from %I.ledger_line where transaction_id = $1', TG_TABLE_SCHEMA)
          into total, line_count using tx;
        if total <> 0 or line_count < 2 then
          raise exception 'ledger transaction % does not balance: % lines summing to % yen', tx, line_count, total
            using errcode = '23514', constraint = 'ledger_transaction_balances';
        end if;
        return null;
      end
      $fn$`);
    this.addSql(`create constraint trigger ledger_line_balances after insert on ledger_line
      deferrable initially deferred for each row execute function ledger_transaction_must_balance()`);
    this.addSql(`create constraint trigger ledger_transaction_balances after insert on ledger_transaction
      deferrable initially deferred for each row execute function ledger_transaction_must_balance()`);
    // The ledger is append-only: a correction is a new transaction, never an edit.
    this.addSql(`
      create function ledger_is_append_only() returns trigger language plpgsql as $fn$
      begin
        raise exception 'the ledger is append-only: % on % is refused', TG_OP, TG_TABLE_NAME using errcode = '23514';
      end
      $fn$`);
    this.addSql('create trigger ledger_line_append_only before update or delete on ledger_line for each row execute function ledger_is_append_only()');
    this.addSql(
      'create trigger ledger_transaction_append_only before update or delete on ledger_transaction for each row execute function ledger_is_append_only()',
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table ledger_line');
    this.addSql('drop table ledger_transaction');
    this.addSql('drop function ledger_transaction_must_balance()');
    this.addSql('drop function ledger_is_append_only()');
    this.addSql('drop table donation');
    this.addSql('drop table fund_office');
  }
}
