import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { findPage, keysetOrder, type Page, type PageRequest } from '@tsunagaru/shared-persistence';
import {
  ActivityField,
  normalizeJapaneseSearchText,
  OrganizationType,
  type District,
  type Principal,
  ValidationFailedError,
} from '@tsunagaru/shared-kernel';
import { Group, RegistrationStatus } from '../entities';
import { visibleGroupsWhere } from '../policies';

export interface GroupFilter {
  /** Matches names and katakana readings; hiragana and half-width input work too. */
  text?: string | null;
  activityFields?: ActivityField[] | null;
  districts?: District[] | null;
  organizationTypes?: OrganizationType[] | null;
  /**
   * Registered groups when not given. Unregistered ones come back only where the caller may
   * see them (city staff, staff of the intermediary where the group applied, its members).
   */
  registrationStatuses?: RegistrationStatus[] | null;
}

/** The directory's reading order (五十音順): katakana reading, then id; served by the (status, name_kana, id) index. */
export const GROUPS_IN_READING_ORDER = keysetOrder<Group>(
  { sql: 'name_kana', type: 'text', of: (group) => group.nameKana },
  { sql: 'id', type: 'uuid', of: (group) => group.id },
);

export interface GroupStatistics {
  total: number;
  byActivityField: Array<{ field: ActivityField; count: number }>;
  byOrganizationType: Array<{ organizationType: OrganizationType; count: number }>;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** Search text is a name or a reading: anything longer only makes every row's match slower. */
export const MAX_SEARCH_TEXT_LENGTH = 100;

/** Read side of the group directory (団体情報): search, pages and figures. */
export class GroupDirectory {
  constructor(private readonly em: EntityManager) {}

  private where(filter: GroupFilter, viewer: Principal | null): FilterQuery<Group> {
    const statuses = filter.registrationStatuses?.length ? filter.registrationStatuses : [RegistrationStatus.REGISTERED];
    const conditions: FilterQuery<Group>[] = [{ registrationStatus: { $in: statuses } }, visibleGroupsWhere(viewer)];
    if (filter.activityFields?.length) conditions.push({ activityFields: { $overlap: filter.activityFields } });
    if (filter.districts?.length) conditions.push({ districts: { $overlap: filter.districts } });
    if (filter.organizationTypes?.length) conditions.push({ organizationType: { $in: filter.organizationTypes } });
    const text = filter.text ? normalizeJapaneseSearchText(filter.text) : '';
    if (text) {
      const pattern = `%${escapeLike(text)}%`;
      conditions.push({ $or: [{ name: { $ilike: pattern } }, { nameKana: { $ilike: `%${escapeLike(text.toUpperCase())}%` } }] });
    }
    return { $and: conditions };
  }

  /** One page in reading order; the total is counted only if asked for. */
  async list(filter: GroupFilter, page: PageRequest<Group>, viewer: Principal | null): Promise<Page<Group>> {
    if (filter.text && filter.text.length > MAX_SEARCH_TEXT_LENGTH) {
      throw new ValidationFailedError([
        { field: ['text'], code: 'TOO_LONG', message: `text must be at most ${MAX_SEARCH_TEXT_LENGTH} characters.` },
      ]);
    }
    return findPage(this.em, Group, this.where(filter, viewer), page);
  }

  /** Figures the website publishes (登録団体数, 活動分野別, 組織形態別), aggregated in SQL. */
  async statistics(): Promise<GroupStatistics> {
    const connection = this.em.getConnection();
    const registered = RegistrationStatus.REGISTERED;
    const [totals, fields, types] = await Promise.all([
      connection.execute<Array<{ total: string }>>(
        'select count(*) as total from civic_group where registration_status = ?',
        [registered],
      ),
      connection.execute<Array<{ field: ActivityField; count: string }>>(
        `select field, count(*) as count
           from civic_group, unnest(activity_fields) as field
          where registration_status = ?
          group by field`,
        [registered],
      ),
      connection.execute<Array<{ organization_type: OrganizationType; count: string }>>(
        'select organization_type, count(*) as count from civic_group where registration_status = ? group by organization_type',
        [registered],
      ),
    ]);
    const fieldCounts = new Map(fields.map((row) => [row.field, Number(row.count)]));
    const typeCounts = new Map(types.map((row) => [row.organization_type, Number(row.count)]));
    const byCountThenDeclaration = <T extends { count: number }>(rows: T[]) =>
      rows.map((row, order) => ({ row, order })).sort((a, b) => b.row.count - a.row.count || a.order - b.order).map(({ row }) => row);
    return {
      total: Number(totals[0]?.total ?? 0),
      byActivityField: byCountThenDeclaration(
        Object.values(ActivityField).map((field) => ({ field, count: fieldCounts.get(field) ?? 0 })),
      ),
      byOrganizationType: byCountThenDeclaration(
        Object.values(OrganizationType).map((organizationType) => ({ organizationType, count: typeCounts.get(organizationType) ?? 0 })),
      ),
    };
  }
}
