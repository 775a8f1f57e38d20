import { Migration } from '@mikro-orm/migrations';

/**
 * API クライアント: NPO apps registered as OAuth 2.0 clients of one group. The secret is
 * stored as a scrypt hash only. The authorization server reads this table by client id.
 */
export class Migration20261210000000_directory_api_clients extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table api_client (
        client_id text primary key,
        group_id uuid not null references civic_group (id) on delete cascade,
        name text not null check (length(name) between 1 and 100),
        scopes text[] not null check (cardinality(scopes) > 0),
        secret_hash text not null check (secret_hash like 'scrypt$%'),
        created_by text not null,
        created_at timestamptz not null default now(),
        revoked_at timestamptz,
        revoked_by text
      )`);
    this.addSql('create index api_client_group_idx on api_client (group_id, created_at, client_id)');
  }

  override async down(): Promise<void> {
    this.addSql('drop table api_client');
  }
}
