import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { withDatabaseName } from '@tsunagaru/shared-persistence';
import { ensureSubgraphDatabase } from '@tsunagaru/shared-subgraph-server';
import '@tsunagaru/shared-testing';

// What runSubgraphFromEnvironment does first (unless MIGRATE_ON_START=false), against the test run's PostgreSQL.
describe('a standalone subgraph given a database that does not exist', () => {
  const template = () => inject('templateDatabaseUrl');
  const runPrefix = () => new URL(template()).pathname.slice(1).replace(/_template$/, '');

  it('creates it', async () => {
    const url = withDatabaseName(template(), `${runPrefix()}_standalone_${randomBytes(3).toString('hex')}`);
    await ensureSubgraphDatabase(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.end();
    // Replicas starting together: the second finds it there.
    await expect(Promise.all([ensureSubgraphDatabase(url), ensureSubgraphDatabase(url)])).resolves.toBeDefined();
  });

  it('says how to create it when its user may not', async () => {
    const role = `tsunagaru_nocreate_${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: withDatabaseName(template(), 'postgres') });
    await admin.connect();
    try {
      await admin.query(`create role ${role} login nocreatedb`);
      const url = new URL(withDatabaseName(template(), `${runPrefix()}_missing_${randomBytes(3).toString('hex')}`));
      url.username = role;
      url.password = '';
      await expect(ensureSubgraphDatabase(url.toString())).rejects.toThrow(/does not exist and could not be created.*createdb/s);
    } finally {
      await admin.query(`drop role if exists ${role}`);
      await admin.end();
    }
  });
});
