import { AsyncLocalStorage } from 'node:async_hooks';
import { currentRequestObservation } from './request-context';

/**
 * Counts the SQL statements one request sends, so tests (and developers, through a
 * response header) can see that a list query does not turn into one query per row.
 * The count follows the request's async context; it costs one increment per statement.
 * It lives apart from persistence so the gateway, which has no database, can add up
 * what its subgraphs report.
 */
export interface SqlStatementTally {
  statements: number;
}

/** Response header that carries a request's SQL statement count (development and tests). */
export const SQL_STATEMENTS_HEADER = 'x-sql-statements';

const currentTally = new AsyncLocalStorage<SqlStatementTally>();

export function runWithSqlStatementTally<T>(tally: SqlStatementTally, fn: () => T): T {
  return currentTally.run(tally, fn);
}

/** Plugged into MikroORM's `onQuery` hook, which sees every statement the ORM executes. */
export function tallySqlStatement(sql: string): string {
  const tally = currentTally.getStore();
  if (tally) tally.statements += 1;
  // The request's metrics count them too (`graphql_request_sql_statements`).
  const observation = currentRequestObservation();
  if (observation) observation.sqlStatements += 1;
  return sql;
}

/** The gateway adds what each subgraph reported, so one request shows its whole cost. */
export function addToSqlStatementTally(statements: number): void {
  const tally = currentTally.getStore();
  if (tally && Number.isFinite(statements)) tally.statements += statements;
}
