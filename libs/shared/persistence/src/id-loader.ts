import DataLoader from 'dataloader';
import type { EntityManager, EntityName } from '@mikro-orm/postgresql';
import { isUuid } from '@tsunagaru/shared-kernel';

/**
 * Per-request loader of entities by primary key: one `WHERE id IN (...)` per batch,
 * and null (not an uninitialised reference) for ids that do not exist. Keys are uuid
 * columns, so a malformed id matches nothing and never reaches SQL.
 *
 * This is the one way to get "one X by id": root `x(id:)` queries, federation
 * references and fields pointing at another row all load through it.
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
