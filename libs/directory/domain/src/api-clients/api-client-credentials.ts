import pg from 'pg';
import type { OAuthClientRecord, OAuthClientStore } from '@tsunagaru/shared-auth';
import { isApiScope, tokenScopesOf } from '@tsunagaru/shared-kernel';
import { directoryPersistence } from '../directory.module';

/**
 * The authorization server's view of the `api_client` table: an active app by its client id,
 * with its secret's hash, its group and the token scopes its grants stand for. A revoked app
 * is not found, so it obtains no new token from the next request on. One small pool of its
 * own (two connections): the token endpoint needs one indexed SELECT per request.
 */
export function createApiClientCredentialStore(databaseUrl: string): OAuthClientStore & { close(): Promise<void> } {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const table = `${directoryPersistence.schema}.api_client`;
  return {
    async findActive(clientId: string): Promise<OAuthClientRecord | null> {
      if (typeof clientId !== 'string' || clientId.length > 100) return null;
      const { rows } = await pool.query<{ client_id: string; group_id: string; name: string; scopes: string[]; secret_hash: string }>(
        `select client_id, group_id, name, scopes, secret_hash from ${table} where client_id = $1 and revoked_at is null`,
        [clientId],
      );
      const row = rows[0];
      if (!row) return null;
      return {
        clientId: row.client_id,
        name: row.name,
        groupId: row.group_id,
        scopes: tokenScopesOf(row.scopes.filter(isApiScope)),
        secretHash: row.secret_hash,
      };
    },
    close: () => pool.end(),
  };
}
