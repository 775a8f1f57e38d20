/** SQLSTATE codes that domain services turn into domain errors. */
export const SqlState = {
  UNIQUE_VIOLATION: '23505',
  EXCLUSION_VIOLATION: '23P01',
} as const;

/** True when a database error (as the driver or MikroORM wraps it) carries this SQLSTATE. */
export function hasSqlState(error: unknown, sqlState: string): boolean {
  const candidate = error as { code?: unknown; sqlState?: unknown } | null;
  return candidate?.code === sqlState || candidate?.sqlState === sqlState;
}
