import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runWithSqlStatementTally } from '@tsunagaru/shared-telemetry';
import type {} from '@tsunagaru/shared-testing';
import {
  cloneDatabase,
  createChildPageLoader,
  createOrm,
  findPage,
  keysetOrder,
  migrateUp,
  withDatabaseName,
  type KeysetOrder,
  type Page,
} from '@tsunagaru/shared-persistence';

// The helper against a real PostgreSQL: a table full of ties, walked page by page in
// every kind of order, must give back exactly the rows a sort in memory gives.

@Entity({ tableName: 'item' })
class Item {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  parentId!: string;

  @Property({ type: 'text' })
  label!: string;

  @Property({ type: 'integer' })
  rank!: number;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  at!: Date;

  @Property({ type: 'string', columnType: 'date' })
  day!: string;
}

class CreateItems extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table item (
      id uuid primary key, parent_id uuid not null, label text not null, rank integer not null,
      at timestamptz not null, day date not null)`);
  }
}

const PARENTS = [1, 2, 3].map((n) => `00000000-0000-5000-8000-${String(n).padStart(12, '0')}`);
const CHILDLESS = '00000000-0000-5000-8000-000000000099';
const LABELS = ['alpha', 'beta', 'gamma'];

function itemAt(index: number): Item {
  return Object.assign(new Item(), {
    // Ids in an order unrelated to the other columns, so that only the id breaks ties.
    id: `00000000-0000-5000-9000-${String((index * 37) % 101).padStart(12, '0')}`,
    parentId: PARENTS[index % 3],
    label: LABELS[(index * 7) % 3],
    rank: index % 4,
    at: new Date(Date.UTC(2019, 3, 1, 9 + (index % 5))),
    day: `2019-04-0${1 + (index % 2)}`,
  });
}
const ITEMS = Array.from({ length: 60 }, (_, index) => itemAt(index));

type Comparator = (a: Item, b: Item) => number;
const by =
  <K extends keyof Item>(key: K, direction: 'asc' | 'desc' = 'asc'): Comparator =>
  (a, b) => {
    const x = a[key] instanceof Date ? (a[key] as Date).getTime() : a[key];
    const y = b[key] instanceof Date ? (b[key] as Date).getTime() : b[key];
    const diff = x < y ? -1 : x > y ? 1 : 0;
    return direction === 'asc' ? diff : -diff;
  };
const then =
  (...comparators: Comparator[]): Comparator =>
  (a, b) => {
    for (const comparator of comparators) {
      const diff = comparator(a, b);
      if (diff !== 0) return diff;
    }
    return 0;
  };

const ORDERS: Array<[string, KeysetOrder<Item>, Comparator]> = [
  [
    'ascending text, int, uuid',
    keysetOrder<Item>(
      { sql: 'label', type: 'text', of: (item) => item.label },
      { sql: 'rank', type: 'int', of: (item) => item.rank },
      { sql: 'id', type: 'uuid', of: (item) => item.id },
    ),
    then(by('label'), by('rank'), by('id')),
  ],
  [
    'descending timestamp, uuid',
    keysetOrder<Item>(
      { sql: 'at', type: 'timestamp', direction: 'desc', of: (item) => item.at },
      { sql: 'id', type: 'uuid', direction: 'desc', of: (item) => item.id },
    ),
    then(by('at', 'desc'), by('id', 'desc')),
  ],
  [
    'mixed directions over a date, an expression, an int and a uuid',
    keysetOrder<Item>(
      { sql: 'day', type: 'date', direction: 'desc', of: (item) => item.day },
      { sql: (alias) => `length(${alias}.label)`, type: 'int', of: (item) => item.label.length },
      { sql: 'rank', type: 'int', direction: 'desc', of: (item) => item.rank },
      { sql: 'id', type: 'uuid', of: (item) => item.id },
    ),
    then(by('day', 'desc'), (a, b) => a.label.length - b.label.length, by('rank', 'desc'), by('id')),
  ],
];

let orm: MikroORM;

beforeAll(async () => {
  const template = inject('templateDatabaseUrl');
  const url = withDatabaseName(template, `${new URL(template).pathname.slice(1).replace(/_template$/, '')}_keyset_${randomBytes(4).toString('hex')}`);
  await cloneDatabase(template, url);
  orm = await createOrm(
    { schema: 'keyset_test', entities: [Item], migrations: [{ name: 'CreateItems', class: CreateItems }] },
    { databaseUrl: url, poolMax: 2 },
  );
  await orm.em.getConnection().execute('create schema if not exists keyset_test');
  await migrateUp(orm);
  const em = orm.em.fork();
  // Inserted in neither order, so that no test passes by insertion order.
  for (const item of [...ITEMS].reverse()) em.persist(em.create(Item, { ...item }));
  await em.flush();
});

afterAll(async () => {
  await orm?.close();
});

async function walk(next: (after: string | null) => Promise<Page<Item>>): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard += 1) {
    const page = await next(after);
    seen.push(...page.rows.map((item) => item.id));
    if (!page.hasNextPage) return seen;
    after = page.cursorOf(page.rows.at(-1)!);
  }
  throw new Error('the walk did not end');
}

describe.each(ORDERS)('keyset paging, %s', (_, order, comparator) => {
  it('walks a root list page by page without gaps or repeats, ties included', async () => {
    const em = orm.em.fork();
    const seen = await walk((after) => findPage(em, Item, {}, order.request({ first: 7, after })));
    expect(seen).toEqual([...ITEMS].sort(comparator).map((item) => item.id));
    const filtered = await walk((after) => findPage(em, Item, { rank: { $gte: 2 } }, order.request({ first: 4, after })));
    expect(filtered).toEqual(ITEMS.filter((item) => item.rank >= 2).sort(comparator).map((item) => item.id));
  });

  it("walks each parent's children without gaps or repeats", async () => {
    for (const parent of PARENTS) {
      const loader = createChildPageLoader(orm.em.fork(), { entity: Item, parentColumn: 'parent_id' });
      const seen = await walk((after) => loader.load(parent, order.request({ first: 3, after })));
      expect(seen).toEqual(ITEMS.filter((item) => item.parentId === parent).sort(comparator).map((item) => item.id));
    }
  });
});

describe('the per-parent page loader', () => {
  const order = ORDERS[0][1];
  const atLeast = {
    sql: (alias: string, rank: number) => ({ sql: `${alias}.rank >= ?`, params: [rank] }),
    key: (rank: number) => String(rank),
  };

  async function counted<T>(run: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const tally = { statements: 0 };
    const result = await runWithSqlStatementTally(tally, run);
    return { result, statements: tally.statements };
  }

  it('answers every parent asked in one tick with one statement, and counts only when asked', async () => {
    const em = orm.em.fork();
    const loader = createChildPageLoader(em, { entity: Item, parentColumn: 'parent_id' });
    const request = order.request({ first: 2 });
    const { result: pages, statements } = await counted(() =>
      Promise.all([...PARENTS, CHILDLESS, 'not-a-uuid'].map((parent) => loader.load(parent, request))),
    );
    expect(statements).toBe(1);
    expect(pages.map((page) => page.rows.length)).toEqual([2, 2, 2, 0, 0]);
    expect(pages.map((page) => page.hasNextPage)).toEqual([true, true, true, false, false]);
    const { result: totals, statements: countStatements } = await counted(() => Promise.all(pages.map((page) => page.totalCount())));
    expect(totals).toEqual([20, 20, 20, 0, 0]);
    expect(countStatements).toBe(1);
  });

  it('batches by the arguments: one statement for each distinct set, filters applied to rows and counts', async () => {
    const em = orm.em.fork();
    const loader = createChildPageLoader(em, { entity: Item, parentColumn: 'parent_id', filter: atLeast });
    const { result: pages, statements } = await counted(() =>
      Promise.all([
        ...PARENTS.map((parent) => loader.load(parent, order.request({ first: 100 }), 3)),
        ...PARENTS.map((parent) => loader.load(parent, order.request({ first: 1 }), 3)),
        ...PARENTS.map((parent) => loader.load(parent, order.request({ first: 100 }), 0)),
      ]),
    );
    expect(statements).toBe(3);
    for (const [index, parent] of PARENTS.entries()) {
      const expected = ITEMS.filter((item) => item.parentId === parent && item.rank >= 3).sort(ORDERS[0][2]).map((item) => item.id);
      expect(pages[index].rows.map((item) => item.id)).toEqual(expected);
      expect(pages[index + 3].rows.map((item) => item.id)).toEqual(expected.slice(0, 1));
      expect(pages[index + 6].rows).toHaveLength(20);
    }
    expect(await pages[0].totalCount()).toBe(ITEMS.filter((item) => item.parentId === PARENTS[0] && item.rank >= 3).length);
  });
});
