import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearOf, ValidationFailedError, yen } from '@tsunagaru/shared-kernel';
import { createOrm } from '@tsunagaru/shared-persistence';
import { createScratchDatabase, demoGroupId, demoPrincipal } from '@tsunagaru/shared-testing';
import { resourcesPersistence } from '../resources.module';
import { CivicFund } from './civic-fund.service';
import { Grants } from './grants.service';

// Awards and payments against a real PostgreSQL: concurrent awards never overrun a budget,
// a payment books its disbursement in the ledger in the same transaction, and a payment that
// fails half-way leaves neither the ledger entry nor the paid mark.
let orm: MikroORM;

beforeAll(async () => {
  orm = await createOrm(resourcesPersistence, { databaseUrl: await createScratchDatabase(), poolMax: 12 });
});

afterAll(async () => {
  await orm?.close();
});

const secretariat = demoPrincipal('staff');
const otherStaff = demoPrincipal('staff', { department: 'environment' });

async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  return orm.em.getConnection().execute<T[]>(text, params);
}

/** A city programme open today with the given budget, and `count` submitted applications asking `requested` each. */
async function programWithApplications(budget: number, count: number, requested: number): Promise<{ programId: string; applicationIds: string[] }> {
  const programId = randomUUID();
  const code = `test-${programId.slice(0, 8)}`;
  await sql(
    `insert into grant_program (id, code, kind, name, provider, fiscal_year, budget_yen, min_award_yen, max_award_yen, opens_on, closes_on)
     values (?, ?, 'CITY', '試験用の補助金', '鎌倉市', ?, ?, 10000, 300000, current_date - 1, current_date + 30)`,
    [programId, code, fiscalYearOf(new Date()), budget],
  );
  const applicationIds: string[] = [];
  for (let n = 0; n < count; n++) {
    const id = randomUUID();
    applicationIds.push(id);
    await sql(
      `insert into grant_application (id, program_id, group_id, status, title, activity_field, organization_type, requested_yen, submitted_at)
       values (?, ?, ?, 'SUBMITTED', '試験の事業', 'ENVIRONMENT', 'VOLUNTARY_ASSOCIATION', ?, now())`,
      [id, programId, demoGroupId(300 + n), requested],
    );
  }
  return { programId, applicationIds };
}

const codeOf = (error: unknown) => (error instanceof ValidationFailedError ? error.issues.map((issue) => issue.code).join(',') : String(error));

describe('acceptance 3: awards under concurrency', () => {
  it('10 concurrent awards of 100,000 yen against a 500,000-yen budget: exactly 5 stand, 5 get EXCEEDS_BUDGET', async () => {
    const { programId, applicationIds } = await programWithApplications(500_000, 10, 100_000);
    const results = await Promise.allSettled(applicationIds.map((id) => new Grants(orm.em.fork()).award(id, yen(100_000), secretariat)));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(5);
    const refused = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected').map((result) => codeOf(result.reason));
    expect(refused).toEqual(Array.from({ length: 5 }, () => 'EXCEEDS_BUDGET'));
    const [total] = await sql<{ total: string; awarded: number }>(
      `select sum(a.amount_yen)::text as total, (select count(*)::int from grant_application where program_id = ? and status = 'AWARDED') as awarded
         from grant_award a where a.program_id = ?`,
      [programId, programId],
    );
    expect(total).toEqual({ total: '500000', awarded: 5 });
  });

  it('never awards above the request or the programme maximum, nor twice for one application', async () => {
    const { applicationIds } = await programWithApplications(1_000_000, 2, 200_000);
    await expect(new Grants(orm.em.fork()).award(applicationIds[0], yen(200_001), secretariat)).rejects.toSatisfy((error) => codeOf(error) === 'EXCEEDS_REQUEST');
    await sql('update grant_application set requested_yen = 400000 where id = ?', [applicationIds[1]]);
    await expect(new Grants(orm.em.fork()).award(applicationIds[1], yen(350_000), secretariat)).rejects.toSatisfy((error) => codeOf(error) === 'EXCEEDS_PROGRAM_MAXIMUM');
    const racers = await Promise.allSettled(Array.from({ length: 5 }, () => new Grants(orm.em.fork()).award(applicationIds[0], yen(150_000), secretariat)));
    expect(racers.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of racers) if (result.status === 'rejected') expect(codeOf(result.reason)).toBe('WRONG_STATUS');
  });

  it("only the fund's secretariat decides", async () => {
    const { applicationIds } = await programWithApplications(1_000_000, 1, 100_000);
    await expect(new Grants(orm.em.fork()).award(applicationIds[0], yen(100_000), otherStaff)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(new Grants(orm.em.fork()).award(applicationIds[0], yen(100_000), demoPrincipal('member', demoGroupId(300)))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('acceptance 3: paying an award books its disbursement in the ledger, all or nothing', () => {
  it('a payment that fails half-way leaves neither the ledger entry nor the paid mark', async () => {
    const { applicationIds } = await programWithApplications(1_000_000, 1, 100_000);
    const award = await new Grants(orm.em.fork()).award(applicationIds[0], yen(80_000), secretariat);
    const before = await new CivicFund(orm.em.fork()).balance();
    const failing = new Grants(orm.em.fork(), undefined, {
      afterLedgerTransaction: async () => {
        throw new Error('the connection dropped half-way');
      },
    });
    await expect(failing.pay(award.id, secretariat)).rejects.toThrow('half-way');
    const [row] = await sql<{ paid_on: string | null; ledger_transaction_id: string | null }>('select paid_on, ledger_transaction_id from grant_award where id = ?', [award.id]);
    expect(row).toEqual({ paid_on: null, ledger_transaction_id: null });
    expect(await sql('select id from ledger_transaction where grant_award_id = ?', [award.id])).toEqual([]);
    expect(await new CivicFund(orm.em.fork()).balance()).toBe(before);

    const paid = await new Grants(orm.em.fork()).pay(award.id, secretariat);
    expect(paid.paidOn).not.toBeNull();
    const lines = await sql<{ account: string; amount_yen: string }>(
      'select l.account, l.amount_yen::text from ledger_line l join ledger_transaction t on t.id = l.transaction_id where t.grant_award_id = ? order by l.account',
      [award.id],
    );
    expect(lines).toEqual([
      { account: 'FUND_CASH', amount_yen: '-80000' },
      { account: 'GRANT_EXPENSE', amount_yen: '80000' },
    ]);
    expect(await new CivicFund(orm.em.fork()).balance()).toBe(before - 80_000);
    const statement = await new CivicFund(orm.em.fork()).statement(fiscalYearOf(new Date()));
    expect(statement.openingBalanceYen + statement.donationsYen - statement.disbursementsYen).toBe(statement.closingBalanceYen);
  });

  it('5 concurrent payments of one award: one pays, the others get ALREADY_PAID; one ledger transaction', async () => {
    const { applicationIds } = await programWithApplications(1_000_000, 1, 50_000);
    const award = await new Grants(orm.em.fork()).award(applicationIds[0], yen(50_000), secretariat);
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => new Grants(orm.em.fork()).pay(award.id, secretariat)));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results) if (result.status === 'rejected') expect(codeOf(result.reason)).toBe('ALREADY_PAID');
    expect(await sql('select id from ledger_transaction where grant_award_id = ?', [award.id])).toHaveLength(1);
  });

  it('refuses to pay more than the fund holds', async () => {
    const { programId, applicationIds } = await programWithApplications(300_000, 1, 300_000);
    const award = await new Grants(orm.em.fork()).award(applicationIds[0], yen(300_000), secretariat);
    const balance = await new CivicFund(orm.em.fork()).balance();
    // Make the award larger than the fund by writing it directly (no path through the service can).
    await sql('update grant_program set budget_yen = ?, max_award_yen = ? where id = ?', [balance + 1, balance + 1, programId]);
    await sql('update grant_award set amount_yen = ? where id = ?', [balance + 1, award.id]);
    await expect(new Grants(orm.em.fork()).pay(award.id, secretariat)).rejects.toSatisfy((error) => codeOf(error) === 'INSUFFICIENT_FUNDS');
  });
});
