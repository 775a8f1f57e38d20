/**
 * The programme's secretariat (事務局, 地域のつながり推進課) as a column of every row a
 * policy decides on. The subgraph does not own departments and never reads directory's
 * tables; it keeps the secretariat's department id in its own one-row `programme_office`
 * table, and each statement that reads a proposal or an agreement reads it along (an
 * uncorrelated subquery PostgreSQL evaluates once per statement). Policies then stay pure
 * and synchronous, and no request pays an extra statement to learn who the secretariat is.
 * Tables are named without a schema: every connection's search_path is the subgraph's schema.
 */
export const SECRETARIAT_DEPARTMENT_SQL = '(select programme_office.secretariat_department_id from programme_office)';

export function secretariatFormula(): string {
  return SECRETARIAT_DEPARTMENT_SQL;
}
