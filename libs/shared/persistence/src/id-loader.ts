import DataLoader from 'dataloader';
import type { EntityManager, EntityName } from '@mikro-orm/postgresql';
import { isUuid } from '@tsunagaru/shared-kernel';

/**
 * Per-request loader of entities by primary key: one `WHERE id IN (...)` per batch,
 * and null (not an uninitialised reference) for ids that do not exist. Keys are uuid
 * columns, so a malformed id matches nothing and never reaches SQL.
 */
export function createIdLoader<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const wellFormed = ids.filter(isUuid);
    const rows = wellFormed.length > 0 ? await em.find(entity, { id: { $in: wellFormed } } as never) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Per-request loader of the rows that point at a parent through `foreignKey`:
 * one `WHERE foreign_key IN (...)` per batch, grouped back by parent id.
 */
export function createChildrenLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  foreignKey: keyof T & string,
  orderBy: Partial<Record<keyof T & string, 'asc' | 'desc'>> = {},
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (parentIds) => {
    const wellFormed = parentIds.filter(isUuid);
    const rows =
      wellFormed.length > 0
        ? await em.find(entity, { [foreignKey]: { $in: wellFormed } } as never, { orderBy: orderBy as never })
        : [];
    const byParent = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) byParent.get(String(row[foreignKey]))?.push(row);
    return parentIds.map((id) => byParent.get(id) ?? []);
  });
}
