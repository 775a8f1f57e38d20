import { beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearOf } from '@tsunagaru/shared-kernel';
import { demoGroupId, errorCodes, tokenFor } from '@tsunagaru/shared-testing';
import { ownSystem } from './own-system';

// The civic activity fund (市民活動支援基金) through the gateway on a system of its own: a ledger
// that cannot lose a yen (balanced transactions enforced by the database, idempotent donations
// under a race), a public statement, and donor identities kept to the fund's secretariat.


const own = ownSystem({ schema: 'resources' });
const { ask, sql } = own;


const RECORD = `mutation ($input: RecordDonationInput!) {
  recordDonation(input: $input) { donation { id amountYen channel } replayed userErrors { field code } }
}`;
type Recorded = { recordDonation: { donation: { id: string; amountYen: number; channel: string } | null; replayed: boolean | null; userErrors: Array<{ field: string[]; code: string }> } };

const STATEMENT = `query ($fy: Int!) {
  fundStatement(fiscalYear: $fy) { fiscalYear openingBalanceYen donationsYen disbursementsYen closingBalanceYen donationsByChannel { channel amountYen count } }
}`;
type Statement = {
  fundStatement: {
    openingBalanceYen: number;
    donationsYen: number;
    disbursementsYen: number;
    closingBalanceYen: number;
    donationsByChannel: Array<{ channel: string; amountYen: number; count: number }>;
  };
};

const CHANNELS = ['DIRECT', 'FURUSATO_NOZEI', 'VENDING_MACHINE', 'OTHER'];
const thisYear = fiscalYearOf(new Date());

describe('acceptance 2: 200 concurrent recordDonation sharing 50 idempotency keys', () => {
  let before: Statement['fundStatement'];

  beforeAll(async () => {
    before = (await ask<Statement>(STATEMENT, { fy: thisYear })).data!.fundStatement;
  });

  it('books exactly 50 donations in 50 balanced ledger transactions; every duplicate gets the first result', async () => {
    const secretariat = await tokenFor('staff');
    const input = (key: number) => ({ idempotencyKey: `race-${key}`, amountYen: 1000 + key, channel: CHANNELS[key % 4], donorName: `競合 ${key}` });
    const started = Date.now();
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => ask<Recorded>(RECORD, { input: input(i % 50) }, secretariat).then((response) => ({ key: i % 50, response }))),
    );
    const elapsed = Date.now() - started;
    expect(responses.flatMap(({ response }) => errorCodes(response))).toEqual([]);
    const byKey = new Map<number, Array<Recorded['recordDonation']>>();
    for (const { key, response } of responses) {
      expect(response.data!.recordDonation.userErrors).toEqual([]);
      byKey.set(key, [...(byKey.get(key) ?? []), response.data!.recordDonation]);
    }
    for (const [key, answers] of byKey) {
      expect(new Set(answers.map((answer) => answer.donation!.id)).size, `key ${key}`).toBe(1);
      expect(answers.filter((answer) => answer.replayed === false), `key ${key}`).toHaveLength(1);
      expect(answers[0].donation!.amountYen).toBe(1000 + key);
    }
    const [donations] = await sql<{ count: number; total: string }>(`select count(*)::int as count, sum(amount_yen)::text as total from donation where idempotency_key like 'race-%'`);
    expect(donations).toEqual({ count: 50, total: String(Array.from({ length: 50 }, (_, key) => 1000 + key).reduce((a, b) => a + b, 0)) });
    const transactions = await sql<{ id: string; total: string; lines: number }>(
      `select t.id, sum(l.amount_yen)::text as total, count(l.id)::int as lines
         from ledger_transaction t join donation d on d.id = t.donation_id left join ledger_line l on l.transaction_id = t.id
        where d.idempotency_key like 'race-%' group by t.id`,
    );
    expect(transactions).toHaveLength(50);
    for (const transaction of transactions) expect([transaction.total, transaction.lines]).toEqual(['0', 2]);
    console.info(`200 concurrent recordDonation (50 keys) through the gateway: ${elapsed} ms`);
  });

  it('the fund balance equals the sum of the ledger, and every transaction in it balances', async () => {
    const balance = await ask<{ fundBalanceYen: number }>('{ fundBalanceYen }');
    const [ledger] = await sql<{ cash: string; all: string }>(
      `select sum(amount_yen) filter (where account = 'FUND_CASH')::text as cash, sum(amount_yen)::text as all from ledger_line`,
    );
    expect(String(balance.data!.fundBalanceYen)).toBe(ledger.cash);
    expect(ledger.all).toBe('0');
    const unbalanced = await sql(`select transaction_id from ledger_line group by transaction_id having sum(amount_yen) <> 0 or count(*) < 2`);
    expect(unbalanced).toEqual([]);
  });

  it("the year's statement: opening + donations − disbursements = closing, with the race's 50 donations in it", async () => {
    const after = (await ask<Statement>(STATEMENT, { fy: thisYear })).data!.fundStatement;
    expect(after.openingBalanceYen + after.donationsYen - after.disbursementsYen).toBe(after.closingBalanceYen);
    const raced = Array.from({ length: 50 }, (_, key) => 1000 + key).reduce((a, b) => a + b, 0);
    expect(after.donationsYen - before.donationsYen).toBe(raced);
    expect(after.donationsByChannel.map((row) => row.channel)).toEqual(CHANNELS);
    expect(after.donationsByChannel.reduce((sum, row) => sum + row.amountYen, 0)).toBe(after.donationsYen);
  });

  it('one key reused with a different amount is the user error IDEMPOTENCY_KEY_REUSED, and books nothing', async () => {
    const secretariat = await tokenFor('staff');
    const reused = await ask<Recorded>(RECORD, { input: { idempotencyKey: 'race-7', amountYen: 999_999, channel: 'OTHER', donorName: '競合 7' } }, secretariat);
    expect(reused.data!.recordDonation).toEqual({ donation: null, replayed: null, userErrors: [{ field: ['input', 'idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED' }] });
    const [row] = await sql<{ count: number }>(`select count(*)::int as count from donation where idempotency_key = 'race-7'`);
    expect(row.count).toBe(1);
    // A plain retry still gets the first result.
    const retried = await ask<Recorded>(RECORD, { input: { idempotencyKey: 'race-7', amountYen: 1007, channel: 'OTHER', donorName: '競合 7' } }, secretariat);
    expect(retried.data!.recordDonation.replayed).toBe(true);
  });
});

describe('the ledger in the database', () => {
  it('refuses at commit a transaction whose lines do not sum to zero, or that has no lines', async () => {
    const client = await own.pool.connect();
    try {
      const attempt = async (lines: number[]) => {
        await client.query('begin');
        try {
          await client.query(`insert into ledger_transaction (id, kind, booked_on, memo) values ('7a1b2c3d-0000-4000-8000-000000000001', 'GRANT_PAYMENT', current_date, 'test')`);
          for (const amount of lines) {
            await client.query(`insert into ledger_line (id, transaction_id, account, amount_yen) values (gen_random_uuid(), '7a1b2c3d-0000-4000-8000-000000000001', 'FUND_CASH', $1)`, [amount]);
          }
          await client.query('commit');
        } catch (error) {
          await client.query('rollback');
          throw error;
        }
      };
      await expect(attempt([-5000, 4000])).rejects.toThrow(/does not balance/);
      await expect(attempt([])).rejects.toThrow(/does not balance/);
      const [left] = (await client.query(`select count(*)::int as count from ledger_transaction where id = '7a1b2c3d-0000-4000-8000-000000000001'`)).rows;
      expect(left.count).toBe(0);
    } finally {
      client.release();
    }
  });

  it('is append-only: lines cannot be changed or removed', async () => {
    await expect(sql(`update ledger_line set amount_yen = amount_yen + 1 where account = 'FUND_CASH'`)).rejects.toThrow(/append-only/);
    await expect(sql(`delete from ledger_line`)).rejects.toThrow(/append-only/);
  });
});

describe("who sees who donated (fund.readDonorIdentity: the fund's secretariat, 地域のつながり推進課)", () => {
  const DONATIONS = `{ donations(fiscalYear: 2019, first: 100) { totalCount edges { node { id channel amountYen publicDisplayName donorName donorContact designatedGroup { id } } } } }`;
  type Listed = { donations: { totalCount: number; edges: Array<{ node: { publicDisplayName: string | null; donorName: string | null; donorContact: string | null } }> } };

  it("the secretariat's staff see donor names and contacts", async () => {
    const response = await ask<Listed>(DONATIONS, {}, await tokenFor('staff'));
    expect(response.errors).toBeUndefined();
    expect(response.data!.donations.edges.some((edge) => edge.node.donorName && edge.node.donorContact)).toBe(true);
  });

  it('nobody else does: anonymous, members, intermediary staff, staff of another department', async () => {
    const callers = [undefined, await tokenFor('member', demoGroupId(3)), await tokenFor('intermediary'), await tokenFor('staff', { department: 'environment' })];
    for (const token of callers) {
      const response = await ask<Listed>(DONATIONS, {}, token);
      expect(response.errors).toBeUndefined();
      const nodes = response.data!.donations.edges.map((edge) => edge.node);
      expect(nodes.length).toBeGreaterThan(0);
      expect(nodes.every((node) => node.donorName === null && node.donorContact === null)).toBe(true);
      // The names donors agreed to show stay public.
      expect(nodes.some((node) => node.publicDisplayName !== null)).toBe(true);
    }
  });

  it('a public display name needs consent; only the secretariat may record', async () => {
    const input = { idempotencyKey: 'consent-1', amountYen: 5000, channel: 'DIRECT', donorName: '長谷 和子', publicDisplayName: '長谷 和子' };
    const refused = await ask<Recorded>(RECORD, { input }, await tokenFor('staff'));
    expect(refused.data!.recordDonation.userErrors).toEqual([{ field: ['input', 'publicDisplayName'], code: 'CONSENT_REQUIRED' }]);
    expect(errorCodes(await ask(RECORD, { input: { ...input, consentToPublicName: true } }, await tokenFor('staff', { department: 'environment' })))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await ask(RECORD, { input: { ...input, consentToPublicName: true } }))).toEqual(['UNAUTHENTICATED']);
    const consented = await ask<Recorded>(RECORD, { input: { ...input, consentToPublicName: true } }, await tokenFor('staff'));
    expect(consented.data!.recordDonation.userErrors).toEqual([]);
    const unknownGroup = await ask<Recorded>(
      RECORD,
      { input: { idempotencyKey: 'designated-1', amountYen: 5000, channel: 'DIRECT', designatedGroupId: '5b0e8a40-3c1d-4e2f-9a6b-7c8d9e0f1a2b' } },
      await tokenFor('staff'),
    );
    expect(unknownGroup.data!.recordDonation.userErrors).toEqual([{ field: ['input', 'designatedGroupId'], code: 'UNKNOWN_GROUP' }]);
  });
});

describe('the seeded fund (FY2019–FY2020)', () => {
  it('has donations of every channel in both years, and statements that add up and chain', async () => {
    const fy2019 = (await ask<Statement>(STATEMENT, { fy: 2019 })).data!.fundStatement;
    const fy2020 = (await ask<Statement>(STATEMENT, { fy: 2020 })).data!.fundStatement;
    for (const statement of [fy2019, fy2020]) {
      expect(statement.openingBalanceYen + statement.donationsYen - statement.disbursementsYen).toBe(statement.closingBalanceYen);
      for (const row of statement.donationsByChannel) expect(row.count, row.channel).toBeGreaterThan(0);
    }
    expect(fy2019.openingBalanceYen).toBe(0);
    expect(fy2020.openingBalanceYen).toBe(fy2019.closingBalanceYen);
  });

  it('refuses a nonsense fiscal year as BAD_USER_INPUT', async () => {
    expect(errorCodes(await ask(STATEMENT, { fy: 20190 }))).toEqual(['BAD_USER_INPUT']);
  });
});
