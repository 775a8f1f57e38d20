import DataLoader from 'dataloader';
import { raw } from '@mikro-orm/core';
import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { isUuid } from '@tsunagaru/shared-kernel';
import { toPage, type Page, type PageRequest, type SqlFragment } from './keyset-pagination';

/**
 * Splits a DataLoader batch by the keys' arguments: keys asking with the same arguments (the
 * usual case, one field in one list) share one statement; each distinct set of arguments
 * costs one more, never one per parent.
 */
export async function batchByArguments<K, V>(
  keys: readonly K[],
  argumentsKey: (key: K) => string,
  load: (sameArguments: K[]) => Promise<V[]>,
): Promise<V[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((key, index) => {
    const group = groups.get(argumentsKey(key));
    if (group) group.push(index);
    else groups.set(argumentsKey(key), [index]);
  });
  const results = new Array<V>(keys.length);
  await Promise.all(
    [...groups.values()].map(async (indexes) => {
      const values = await load(indexes.map((index) => keys[index]));
      indexes.forEach((index, position) => (results[index] = values[position]));
    }),
  );
  return results;
}

/** The schema-qualified table of an entity, for hand-written SQL (`??` binding). */
export function tableOf(em: EntityManager, entity: EntityName<object>): string {
  const meta = em.getMetadata().get(entity);
  const schema = meta.schema && meta.schema !== '*' ? meta.schema : em.config.get('schema');
  return schema ? `${schema}.${meta.tableName}` : meta.tableName;
}

export interface FindPageOptions {
  /** A further condition in SQL on the row aliased `e` (e.g. a search), for rows and count alike. */
  condition?: SqlFragment;
  /** Rows as plain objects instead of managed entities, for lists nobody writes through. */
  plain?: boolean;
}

/**
 * The columns a page reads: every property but lazy ones (search keys, index terms), which
 * would only make each row wider to fetch, sort and parse; `*` when there are none.
 */
function eagerFields<T extends object>(em: EntityManager, entity: EntityName<T>): string[] | '*' {
  const meta = em.getMetadata().get(entity);
  const props = Object.values(meta.properties) as Array<{ name: string; lazy?: boolean; persist?: boolean; kind: string; owner?: boolean }>;
  if (!props.some((prop) => prop.lazy)) return '*';
  return props.filter((prop) => !prop.lazy && prop.persist !== false && (prop.kind === 'scalar' || prop.kind === 'm:1' || (prop.kind === '1:1' && prop.owner))).map((prop) => prop.name);
}

/**
 * One page of a root list: one statement for the rows (`first + 1` of them, after the cursor,
 * in the list's order) and, only when `totalCount` is asked for, one count of `where`.
 */
export async function findPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  request: PageRequest<T>,
  options: FindPageOptions = {},
): Promise<Page<T>> {
  const { condition } = options;
  const alias = 'e';
  const qb = em.createQueryBuilder(entity, alias).select(eagerFields(em, entity)).where(where);
  if (condition) qb.andWhere(condition.sql, condition.params);
  if (request.after) {
    const after = request.order.after(alias, request.after);
    qb.andWhere(after.sql, after.params);
  }
  qb.orderBy(
    request.order.columns.map((column, index) => ({ [raw(request.order.expression(index, alias))]: column.direction })) as never,
  );
  qb.limit(request.first + 1);
  // A read-only list maps rows to plain objects (property names, converted values): no entities,
  // no identity map, no change tracking to pay for.
  const rows = options.plain ? ((await qb.execute('all', true)) as unknown as T[]) : await qb.getResultList();
  if (!condition) return toPage(request, rows, () => em.count(entity, where));
  return toPage(request, rows, () => em.createQueryBuilder(entity, alias).where(where).andWhere(condition.sql, condition.params).getCount());
}

/** How a per-parent list narrows its rows by the field's other arguments (e.g. a time window). */
export interface ChildListFilter<F> {
  /** A condition on the child row aliased `alias`, or null when `filter` does not narrow. */
  sql(alias: string, filter: F): SqlFragment | null;
  /** The filter as text: keys with equal filters batch together. */
  key(filter: F): string;
}

export interface ChildListDefinition<T, F> {
  entity: EntityName<T>;
  /** The uuid column of the child table that points at the parent, e.g. `group_id`. */
  parentColumn: string;
  filter?: ChildListFilter<F>;
  /** Parents per statement at most; keeps the statement's parameters well under PostgreSQL's limit. */
  maxBatchSize?: number;
}

/** Loads one page of a parent's children; pages of many parents share statements. */
export interface ChildPageLoader<T, F = undefined> {
  load(parentId: string, request: PageRequest<T>, ...filter: F extends undefined ? [] : [F]): Promise<Page<T>>;
}

interface PageKey<T, F> {
  parentId: string;
  request: PageRequest<T>;
  filter: F;
}

const PARENT_COLUMN = /^[a-z_][a-z0-9_]*$/;

/**
 * The "first N per parent after a cursor" loader, per request: every parent asked for in one
 * tick with the same page arguments and filter is answered by ONE statement, a lateral join
 * that reads at most `first + 1` rows per parent along the (parent, sort key) index. The
 * total per parent is counted only when a client selects `totalCount`, again one grouped
 * statement per batch. Parent ids that are not uuids have no children and never reach SQL.
 */
export function createChildPageLoader<T extends object, F = undefined>(
  em: EntityManager,
  definition: ChildListDefinition<T, F>,
): ChildPageLoader<T, F> {
  const { entity, parentColumn, filter } = definition;
  if (!PARENT_COLUMN.test(parentColumn)) throw new Error(`"${parentColumn}" is not a column name.`);
  const filterKey = (value: F) => (filter ? filter.key(value) : '');
  const narrowing = (alias: string, value: F): SqlFragment | null => (filter ? filter.sql(alias, value) : null);
  const maxBatchSize = definition.maxBatchSize ?? 1000;

  const rows = new DataLoader<PageKey<T, F>, T[], string>(
    (keys) =>
      batchByArguments(
        keys,
        (key) => `${key.request.key}|${filterKey(key.filter)}`,
        async (same) => {
          const { request, filter: value } = same[0];
          const parents = [...new Set(same.map((key) => key.parentId))].filter(isUuid);
          const byParent = new Map<string, T[]>(parents.map((id) => [id, []]));
          if (parents.length > 0) {
            const conditions: SqlFragment[] = [];
            const narrowed = narrowing('candidate', value);
            if (narrowed) conditions.push(narrowed);
            if (request.after) conditions.push(request.order.after('candidate', request.after));
            const found = await em.getConnection().execute<Array<Record<string, unknown>>>(
              `select parent.id as "__parent_id", child.*
                 from unnest(array[${parents.map(() => '?').join(', ')}]::uuid[]) with ordinality as parent (id, position)
                 cross join lateral (
                   select candidate.* from ?? as candidate
                    where candidate.${parentColumn} = parent.id${conditions.map((condition) => ` and ${condition.sql}`).join('')}
                    order by ${request.order.orderBy('candidate')}
                    limit ?
                 ) as child
                order by parent.position, ${request.order.orderBy('child')}`,
              [...parents, tableOf(em, entity as EntityName<object>), ...conditions.flatMap((condition) => condition.params), request.first + 1],
            );
            for (const { __parent_id: parentId, ...row } of found) byParent.get(String(parentId))?.push(em.map(entity, row as never) as T);
          }
          return same.map((key) => byParent.get(key.parentId) ?? []);
        },
      ),
    { cacheKeyFn: (key) => `${key.parentId}|${key.request.key}|${filterKey(key.filter)}`, maxBatchSize },
  );

  const counts = new DataLoader<{ parentId: string; filter: F }, number, string>(
    (keys) =>
      batchByArguments(
        keys,
        (key) => filterKey(key.filter),
        async (same) => {
          const parents = [...new Set(same.map((key) => key.parentId))].filter(isUuid);
          const totals = new Map<string, number>();
          if (parents.length > 0) {
            const narrowed = narrowing('child', same[0].filter);
            const found = await em.getConnection().execute<Array<{ parent_id: string; total: number }>>(
              `select child.${parentColumn} as parent_id, count(*)::int as total
                 from ?? as child
                where child.${parentColumn} in (${parents.map(() => '?').join(', ')})${narrowed ? ` and ${narrowed.sql}` : ''}
                group by child.${parentColumn}`,
              [tableOf(em, entity as EntityName<object>), ...parents, ...(narrowed?.params ?? [])],
            );
            for (const row of found) totals.set(String(row.parent_id), Number(row.total));
          }
          return same.map((key) => totals.get(key.parentId) ?? 0);
        },
      ),
    { cacheKeyFn: (key) => `${key.parentId}|${filterKey(key.filter)}`, maxBatchSize },
  );

  return {
    async load(parentId: string, request: PageRequest<T>, ...rest: unknown[]): Promise<Page<T>> {
      const value = rest[0] as F;
      const fetched = await rows.load({ parentId, request, filter: value });
      return toPage(request, fetched, () => counts.load({ parentId, filter: value }));
    },
  } as ChildPageLoader<T, F>;
}
