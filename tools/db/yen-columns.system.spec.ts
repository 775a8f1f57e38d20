import 'reflect-metadata';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_YEN, signedYen, signedYenFromDecimalText, yen, type SignedYen, type Yen } from '@tsunagaru/shared-kernel';
import { createOrm, SignedYenType, YenType } from '@tsunagaru/shared-persistence';
import { createScratchDatabase } from '@tsunagaru/shared-testing';

// The money column pattern the fund and grants will copy, proved against a real PostgreSQL
// on a throwaway table in a scratch database.
const SCHEMA = 'money_probe';

@Entity({ tableName: 'ledger_line' })
class LedgerLine {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  /** A movement: money in positive, money out negative. */
  @Property({ type: SignedYenType })
  amount!: SignedYen;

  /** What was given, never negative. */
  @Property({ type: YenType, nullable: true })
  donated!: Yen | null;
}

let orm: MikroORM;

beforeAll(async () => {
  orm = await createOrm({ schema: SCHEMA, entities: [LedgerLine], migrations: [] }, { databaseUrl: await createScratchDatabase(), poolMax: 2 });
  const connection = orm.em.getConnection();
  await connection.execute(`create schema ${SCHEMA}`);
  await connection.execute(`
    create table ${SCHEMA}.ledger_line (
      id integer primary key,
      amount bigint not null,
      donated bigint check (donated >= 0)
    )`);
});

afterAll(async () => {
  await orm?.close();
});

async function insertRaw(id: number, amount: string, donated: string | null = null): Promise<void> {
  await orm.em.getConnection().execute(`insert into ${SCHEMA}.ledger_line (id, amount, donated) values (?, ?::bigint, ?::bigint)`, [id, amount, donated]);
}

describe('yen in bigint columns (YenType, SignedYenType)', () => {
  it('round-trips whole yen exactly, up to the largest safe amount either way, as JS numbers', async () => {
    const em = orm.em.fork();
    em.create(LedgerLine, { id: 1, amount: signedYen(MAX_YEN), donated: yen(MAX_YEN) });
    em.create(LedgerLine, { id: 2, amount: signedYen(-MAX_YEN), donated: yen(0) });
    em.create(LedgerLine, { id: 3, amount: signedYen(-1_234_000), donated: null });
    await em.flush();

    const lines = await orm.em.fork().find(LedgerLine, { id: { $in: [1, 2, 3] } }, { orderBy: { id: 'asc' } });
    expect(lines.map((line) => [line.amount, line.donated])).toEqual([
      [MAX_YEN, MAX_YEN],
      [-MAX_YEN, 0],
      [-1_234_000, null],
    ]);
    expect(typeof lines[0]!.amount).toBe('number');
    const [row] = await orm.em.getConnection().execute<Array<{ amount: string; type: string }>>(
      `select amount::text as amount, pg_typeof(amount)::text as type from ${SCHEMA}.ledger_line where id = 1`,
    );
    expect(row).toEqual({ amount: '9007199254740991', type: 'bigint' });
  });

  it('converts query parameters and sees no change in an amount it just read', async () => {
    const em = orm.em.fork();
    em.create(LedgerLine, { id: 10, amount: signedYen(5_000), donated: yen(5_000) });
    await em.flush();
    const reader = orm.em.fork();
    const found = await reader.find(LedgerLine, { donated: { $gte: yen(5_000), $lt: yen(5_001) } });
    expect(found.map((line) => line.id)).toContain(10);
    reader.getUnitOfWork().computeChangeSets();
    expect(reader.getUnitOfWork().getChangeSets()).toHaveLength(0);

    found.find((line) => line.id === 10)!.amount = signedYen(-5_000);
    await reader.flush();
    expect((await orm.em.fork().findOneOrFail(LedgerLine, { id: 10 })).amount).toBe(-5_000);
  });

  it('refuses to write a fraction, a negative where none is allowed, or an unsafe number, and writes nothing', async () => {
    for (const [id, line] of [
      [20, { amount: 0.5 as SignedYen, donated: null }],
      [21, { amount: signedYen(1), donated: -1 as Yen }],
      [22, { amount: (MAX_YEN + 1) as SignedYen, donated: null }],
      [23, { amount: signedYen(1), donated: Number.NaN as Yen }],
    ] as const) {
      const em = orm.em.fork();
      em.create(LedgerLine, { id, ...line });
      await expect(em.flush(), String(id)).rejects.toThrow(RangeError);
    }
    expect(await orm.em.fork().count(LedgerLine, { id: { $gte: 20, $lte: 23 } })).toBe(0);
  });

  it('refuses to read a bigint a JS number cannot hold, rather than round it', async () => {
    await insertRaw(30, '9007199254740993');
    await expect(orm.em.fork().findOneOrFail(LedgerLine, { id: 30 })).rejects.toThrow(/beyond/);
    // Number('9007199254740993') would have read 9007199254740992 without a word.
    expect(Number('9007199254740993')).toBe(9007199254740992);
  });

  it('reads SQL sums (numeric) exactly with signedYenFromDecimalText', async () => {
    await insertRaw(40, '7000000000000000');
    await insertRaw(41, '2000000000000000');
    const [row] = await orm.em.getConnection().execute<Array<{ total: string }>>(
      `select sum(amount) as total from ${SCHEMA}.ledger_line where id in (40, 41)`,
    );
    expect(row!.total).toBe('9000000000000000');
    expect(signedYenFromDecimalText(row!.total)).toBe(9_000_000_000_000_000);
    await insertRaw(42, '7000000000000000');
    const [over] = await orm.em.getConnection().execute<Array<{ total: string }>>(
      `select sum(amount) as total from ${SCHEMA}.ledger_line where id in (40, 41, 42)`,
    );
    expect(() => signedYenFromDecimalText(over!.total)).toThrow(RangeError);
  });
});
