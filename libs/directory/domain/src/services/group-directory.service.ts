import { raw } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { findPage, keysetOrder, tableOf, toPage, type KeysetOrder, type Page, type PageRequest, type SqlFragment } from '@tsunagaru/shared-persistence';
import {
  ActivityField,
  OrganizationType,
  type District,
  type Principal,
  ValidationFailedError,
} from '@tsunagaru/shared-kernel';
import { Group, RegistrationStatus } from '../entities';
import { visibleGroupsWhere } from '../policies';
import { searchRank, searchWords, textArrayLiteral, wordTerms } from '../search/japanese-search';

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

/**
 * An SQL string literal (standard_conforming_strings is on in every supported PostgreSQL).
 * A question mark is written as chr(63), a constant PostgreSQL folds while planning: the
 * query builder would read `?` as a parameter.
 */
function literal(text: string): string {
  return text
    .split('?')
    .map((part) => `'${part.replace(/'/g, "''")}'`)
    .join(' || chr(63) || ');
}

/** `word` occurs in the name or the reading (`profile`: or in the description or a district's name). */
function wordMatch(alias: string, word: string, profile: boolean): SqlFragment {
  const pattern = `%${escapeLike(word)}%`;
  const columns = profile ? ['search_name', 'search_reading', 'search_profile'] : ['search_name', 'search_reading'];
  return { sql: `(${columns.map((column) => `${alias}.${column} like ?`).join(' or ')})`, params: columns.map(() => pattern) };
}

/**
 * Every word occurs in the name, the reading, the description or a district's name. The GIN
 * index on `search_terms` finds the candidates (every character and character pair of every
 * word); LIKE on the keys confirms.
 */
function searchCondition(alias: string, words: readonly string[]): SqlFragment {
  const matches = words.map((word) => wordMatch(alias, word, true));
  return {
    sql: `${alias}.search_terms @> ?::text[] and ${matches.map((match) => match.sql).join(' and ')}`,
    params: [textArrayLiteral([...new Set(words.flatMap(wordTerms))]), ...matches.flatMap((match) => match.params)],
  };
}

/** Inlines a fragment's parameters as literals: a sort expression is SQL text without parameters. */
function inline(fragment: SqlFragment): string {
  let index = 0;
  return fragment.sql.replace(/\?/g, () => literal(String(fragment.params[index++])));
}

/** The rank of the tier that holds the whole name or reading (0) and names or readings that start with the query (1). */
function prefixRank(alias: string, words: readonly string[]): string {
  const whole = literal(words.join(''));
  return `(case when ${alias}.search_name = ${whole} or ${alias}.search_reading = ${whole} then 0 else 1 end)`;
}

/** The name or the reading starts with the words together (ranks 0 and 1), served by the prefix indexes. */
function prefixMatch(alias: string, words: readonly string[]): string {
  const prefix = literal(`${escapeLike(words.join(''))}%`);
  return `(${alias}.search_name like ${prefix} or ${alias}.search_reading like ${prefix})`;
}

/** Every word is in the name or the reading. */
function nameMatch(alias: string, words: readonly string[]): string {
  return words.map((word) => inline(wordMatch(alias, word, false))).join(' and ');
}

/**
 * Search results, best first (see searchRank): the words together as the whole name or
 * reading, then as its start, then every word in the name or reading, then the rest; each
 * in reading order. The rank is part of the cursor.
 */
function searchOrder(words: readonly string[]): KeysetOrder<Group> {
  return keysetOrder<Group>(
    {
      sql: (alias) => `(case when ${prefixMatch(alias, words)} then ${prefixRank(alias, words)} when ${nameMatch(alias, words)} then 2 else 3 end)`,
      type: 'int',
      of: (group) => searchRank(group, words),
    },
    { sql: 'name_kana', type: 'text', of: (group) => group.nameKana },
    { sql: 'id', type: 'uuid', of: (group) => group.id },
  );
}

/**
 * The tiers of a search, in rank order, each found by an index of its own and read in its own
 * order, so that no page ranks every match (大船 matches a fifth of the directory by district):
 * names and readings that are or start with the query (btree prefix indexes on the keys, a few
 * rows to sort), names and readings that contain every word (GIN on the character pairs of
 * the name and reading only), then the rest (GIN on all terms, or the reading-order index when
 * matches are many). `rank` is the tier's rank expression; `fixed` its rank when it has one.
 */
function searchTiers(alias: string, words: readonly string[], schema: string): Array<{ ranks: number[]; rank: string; where: SqlFragment }> {
  const terms = textArrayLiteral([...new Set(words.flatMap(wordTerms))]);
  const all = searchCondition(alias, words);
  return [
    { ranks: [0, 1], rank: prefixRank(alias, words), where: { sql: prefixMatch(alias, words), params: [] } },
    {
      ranks: [2],
      rank: '2',
      where: {
        sql: `${schema}civic_group_name_terms(${alias}.search_name, ${alias}.search_reading) @> ?::text[] and ${nameMatch(alias, words)} and not ${prefixMatch(alias, words)}`,
        params: [terms],
      },
    },
    { ranks: [3], rank: '3', where: { sql: `${all.sql} and not (${nameMatch(alias, words)})`, params: all.params } },
  ];
}

/** The columns a list reads: everything but the lazy search columns. */
function readFields(em: EntityManager): string[] {
  return Object.values(em.getMetadata().get(Group).properties)
    .filter((prop) => !prop.lazy && prop.persist !== false && prop.kind === 'scalar')
    .map((prop) => prop.name);
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
    return { $and: conditions };
  }

  /** The order a list is read in: by relevance, then reading, when searching; in reading order otherwise. */
  static orderFor(filter: GroupFilter | null | undefined): KeysetOrder<Group> {
    const words = filter?.text && filter.text.length <= MAX_SEARCH_TEXT_LENGTH ? searchWords(filter.text) : [];
    return words.length > 0 ? searchOrder(words) : GROUPS_IN_READING_ORDER;
  }

  /** One page; searches by relevance, otherwise in reading order; the total is counted only if asked for. */
  async list(filter: GroupFilter, page: PageRequest<Group>, viewer: Principal | null): Promise<Page<Group>> {
    if (filter.text && filter.text.length > MAX_SEARCH_TEXT_LENGTH) {
      throw new ValidationFailedError([
        { field: ['text'], code: 'TOO_LONG', message: `text must be at most ${MAX_SEARCH_TEXT_LENGTH} characters.` },
      ]);
    }
    const words = filter.text ? searchWords(filter.text) : [];
    if (words.length === 0) return findPage(this.em, Group, this.where(filter, viewer), page, { plain: true });
    return this.search(this.where(filter, viewer), words, page);
  }

  /**
   * One page of a search in one statement: each tier (searchTiers) after the cursor reads at
   * most `first + 1` rows in its own order, and the tiers are appended in rank order under
   * one LIMIT, so PostgreSQL stops at the first tier that fills the page and never runs the
   * later ones (an Append without ORDER BY reads its branches in turn).
   */
  private async search(where: FilterQuery<Group>, words: readonly string[], page: PageRequest<Group>): Promise<Page<Group>> {
    const alias = 'e';
    const table = tableOf(this.em, Group);
    const schema = table.includes('.') ? `${table.slice(0, table.lastIndexOf('.'))}.` : '';
    const after = page.after;
    const branches = searchTiers(alias, words, schema)
      .filter((tier) => after === null || Math.max(...tier.ranks) >= Number(after[0]))
      .map((tier) => {
        const qb = this.em.createQueryBuilder(Group, alias).select(readFields(this.em)).where(where as never).andWhere(tier.where.sql, tier.where.params);
        if (after !== null && tier.ranks.includes(Number(after[0]))) {
          const rank = tier.ranks.length > 1 ? `${tier.rank}, ` : '';
          const values = tier.ranks.length > 1 ? '?::int, ' : '';
          qb.andWhere(`(${rank}${alias}.name_kana, ${alias}.id) > (${values}?::text, ?::uuid)`, tier.ranks.length > 1 ? [...after] : after.slice(1));
        }
        // A tier of one rank is read in reading order alone (a constant in ORDER BY would name a column).
        const rankOrder = tier.ranks.length > 1 ? [{ [raw(tier.rank)]: 'asc' }] : [];
        qb.orderBy([...rankOrder, { [raw(`${alias}.name_kana`)]: 'asc' }, { [raw(`${alias}.id`)]: 'asc' }] as never);
        qb.limit(page.first + 1);
        return qb.getKnexQuery();
      });
    const knex = this.em.getKnex();
    const statement = knex.raw(`select * from (${branches.map(() => '(?)').join(' union all ')}) as tiers limit ?`, [...branches, page.first + 1]).toSQL();
    const found = await this.em.getConnection().execute<Array<Record<string, unknown>>>(statement.sql, [...statement.bindings]);
    const meta = this.em.getMetadata().get(Group);
    const rows = found.map((row) => this.em.getDriver().mapResult(row as never, meta) as unknown as Group);
    const condition = searchCondition(alias, words);
    return toPage(page, rows, () => this.em.createQueryBuilder(Group, alias).where(where as never).andWhere(condition.sql, condition.params).getCount());
  }

  /**
   * Figures the website publishes (登録団体数, 活動分野別, 組織形態別): one read of the counts a
   * trigger keeps in the same transaction as every write of a group (group_statistic).
   */
  async statistics(): Promise<GroupStatistics> {
    const rows = await this.em
      .getConnection()
      .execute<Array<{ dimension: string; key: string; count: number }>>('select dimension, key, count from group_statistic');
    const totals = rows.filter((row) => row.dimension === 'total').map((row) => ({ total: row.count }));
    const fields = rows.filter((row) => row.dimension === 'activity_field').map((row) => ({ field: row.key as ActivityField, count: row.count }));
    const types = rows
      .filter((row) => row.dimension === 'organization_type')
      .map((row) => ({ organization_type: row.key as OrganizationType, count: row.count }));
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
