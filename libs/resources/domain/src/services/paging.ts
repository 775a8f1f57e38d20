import { raw, type EntityManager, type EntityName } from '@mikro-orm/postgresql';
import { toPage, type Page, type PageRequest, type SqlFragment } from '@tsunagaru/shared-persistence';

/**
 * One page of a root list narrowed by hand-written conditions on alias `e` (arrays, ranges,
 * subqueries that a FilterQuery cannot say): one statement for the rows, and the count only
 * when asked for.
 */
export async function findPageWhere<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  conditions: SqlFragment[],
  page: PageRequest<T>,
): Promise<Page<T>> {
  const alias = 'e';
  const build = () => {
    const qb = em.createQueryBuilder(entity, alias);
    for (const condition of conditions) qb.andWhere(condition.sql, condition.params as never[]);
    return qb;
  };
  const qb = build().select('*');
  if (page.after) {
    const after = page.order.after(alias, page.after);
    qb.andWhere(after.sql, after.params as never[]);
  }
  qb.orderBy(page.order.columns.map((column, index) => ({ [raw(page.order.expression(index, alias))]: column.direction })) as never);
  qb.limit(page.first + 1);
  const rows = await qb.getResultList();
  return toPage(page, rows, () => build().getCount());
}
