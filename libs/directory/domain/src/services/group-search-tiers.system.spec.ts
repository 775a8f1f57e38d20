import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrm } from '@tsunagaru/shared-persistence';
import { createScratchDatabase } from '@tsunagaru/shared-testing';
import { directoryPersistence } from '../directory.module';
import { searchRank, searchWords } from '../search/japanese-search';
import { GroupDirectory } from './group-directory.service';

// A search reads its tiers (exact or prefix, name contains, profile only) one after another
// under one LIMIT. Walking every page of a search, in several page sizes, gives exactly the
// matches in the documented order: rank, then reading, then id.
let orm: MikroORM;

beforeAll(async () => {
  orm = await createOrm(directoryPersistence, { databaseUrl: await createScratchDatabase(), poolMax: 2 });
}, 120_000);

afterAll(async () => {
  await orm?.close();
});

/** The expected order, computed in JS from the stored keys. */
async function expected(text: string): Promise<string[]> {
  const words = searchWords(text);
  const rows = await orm.em
    .getConnection()
    .execute<Array<{ id: string; name_kana: string; search_name: string; search_reading: string; search_profile: string }>>(
      "select id, name_kana, search_name, search_reading, search_profile from directory.civic_group where registration_status = 'REGISTERED'",
    );
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows
    .filter((row) => words.every((word) => [row.search_name, row.search_reading, row.search_profile].some((key) => key.includes(word))))
    .map((row) => ({ row, rank: searchRank({ searchName: row.search_name, searchReading: row.search_reading }, words) }))
    .sort((a, b) => a.rank - b.rank || compare(a.row.name_kana, b.row.name_kana) || compare(a.row.id, b.row.id))
    .map(({ row }) => row.id);
}

async function walk(text: string, first: number): Promise<{ ids: string[]; statements: number }> {
  const ids: string[] = [];
  let after: string | undefined;
  let statements = 0;
  for (;;) {
    const em = orm.em.fork();
    const connection = em.getConnection();
    const execute = connection.execute.bind(connection);
    connection.execute = ((...args: unknown[]) => {
      statements += 1;
      return (execute as (...rest: unknown[]) => Promise<unknown>)(...args);
    }) as typeof connection.execute;
    const page = await new GroupDirectory(em).list({ text }, GroupDirectory.orderFor({ text }).request({ first, after }), null);
    connection.execute = execute;
    ids.push(...page.rows.map((row) => row.id));
    if (!page.hasNextPage) return { ids, statements };
    after = page.cursorOf(page.rows.at(-1)!);
  }
}

describe('search tiers', () => {
  it.each(['大船', '鎌倉', '会', 'ボランティア センター', '大船 合唱', '稲村ヶ崎', 'こども', 'カマクラ', 'ない言葉', "大船？ 'x'"])(
    'walks every match of %s in rank order, one statement per page',
    async (text) => {
      const want = await expected(text);
      for (const first of [1, 7, 20, 100]) {
        const { ids, statements } = await walk(text, first);
        expect({ first, ids }).toEqual({ first, ids: want });
        expect(statements).toBe(Math.max(1, Math.ceil(want.length / first)));
      }
    },
    60_000,
  );

  it('has matches in every tier for 大船 (the walk above crosses tier boundaries)', async () => {
    const words = searchWords('大船');
    const rows = await orm.em
      .getConnection()
      .execute<Array<{ search_name: string; search_reading: string }>>(
        "select search_name, search_reading from directory.civic_group where registration_status = 'REGISTERED' and (search_name || search_reading || search_profile) like '%大船%'",
      );
    const ranks = new Set(rows.map((row) => Math.min(searchRank({ searchName: row.search_name, searchReading: row.search_reading }, words), 2)));
    expect([...ranks].sort()).toEqual(expect.arrayContaining([1, 2]));
  });
});
