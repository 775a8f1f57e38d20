import pg from 'pg';

function databaseNameOf(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
  // Database names end up in DDL, which takes no parameters: allow only plain identifiers.
  if (!/^[a-z0-9_]+$/i.test(name)) throw new Error(`unsupported database name "${name}"`);
  return name;
}

async function withMaintenanceClient<T>(databaseUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabaseName(databaseUrl, 'postgres') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export function withDatabaseName(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates the database named in `databaseUrl` on its server when it is missing. */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const name = databaseNameOf(databaseUrl);
  await withMaintenanceClient(databaseUrl, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name}"`);
  });
}

/** Creates `databaseUrl`'s database as a copy of `template` (fast: a file copy on the server). */
export async function cloneDatabase(templateUrl: string, databaseUrl: string): Promise<void> {
  const template = databaseNameOf(templateUrl);
  const name = databaseNameOf(databaseUrl);
  await withMaintenanceClient(databaseUrl, (client) => client.query(`create database "${name}" template "${template}"`));
}

/** Drops every database whose name starts with `prefix` (a test run's databases). */
export async function dropDatabasesStartingWith(serverUrl: string, prefix: string): Promise<string[]> {
  if (!/^[a-z0-9_]+$/i.test(prefix)) throw new Error(`unsupported database name prefix "${prefix}"`);
  return withMaintenanceClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>('select datname from pg_database where starts_with(datname, $1)', [prefix]);
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
    return rows.map((row) => row.datname);
  });
}
