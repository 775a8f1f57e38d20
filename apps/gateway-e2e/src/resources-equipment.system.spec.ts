import { describe, expect, it } from 'vitest';
import { addDays, todayInJapan } from '@tsunagaru/shared-kernel';
import { demoGroupId, errorCodes, tokenFor } from '@tsunagaru/shared-testing';
import { ownSystem } from './own-system';

// Lendable equipment (貸出備品) and the accident insurance scheme (市民活動補償制度) through the
// gateway on a system of its own.


const own = ownSystem({ schema: 'resources' });
const { ask, sql } = own;


const today = todayInJapan();
const LEND = `mutation ($input: LendEquipmentInput!) { lendEquipment(input: $input) { loan { id quantity status } userErrors { field code message } } }`;
type Lent = { lendEquipment: { loan: { id: string; quantity: number; status: string } | null; userErrors: Array<{ field: string[]; code: string; message: string }> } };

async function itemId(code: string): Promise<string> {
  const [row] = await sql<{ id: string }>('select id from equipment_item where code = ?', [code]);
  return row.id;
}

/** The most lent out of an item on any day of [from, until], from the database. */
async function peakLent(item: string, from: string, until: string): Promise<number> {
  const [row] = await sql<{ peak: number }>(
    `select coalesce(max(lent), 0)::int as peak from (
       select d::date as day, (select coalesce(sum(quantity), 0) from equipment_loan l where l.item_id = ? and l.status = 'LENT' and d::date between l.starts_on and l.ends_on) as lent
         from generate_series(?::date, ?::date, interval '1 day') as d) as days`,
    [item, from, until],
  );
  return row.peak;
}

describe('acceptance 4: concurrent loans never exceed the quantity owned', () => {
  it('10 groups racing for 3 projectors: exactly 3 loans, 7 NOT_ENOUGH_AVAILABLE', async () => {
    const item = await itemId('projector');
    const period = { startsOn: addDays(today, 20), endsOn: addDays(today, 21) };
    const racers = await Promise.all(
      Array.from({ length: 10 }, async (_, i) =>
        ask<Lent>(LEND, { input: { itemId: item, groupId: demoGroupId(160 + i), quantity: 1, ...period } }, await tokenFor('member', demoGroupId(160 + i))),
      ),
    );
    expect(racers.flatMap(errorCodes)).toEqual([]);
    expect(racers.filter((racer) => racer.data!.lendEquipment.loan !== null)).toHaveLength(3);
    expect(racers.flatMap((racer) => racer.data!.lendEquipment.userErrors.map((error) => error.code))).toEqual(Array.from({ length: 7 }, () => 'NOT_ENOUGH_AVAILABLE'));
    expect(await peakLent(item, period.startsOn, period.endsOn)).toBe(3);
  });

  it('overlapping periods count too: 5 tents, 3 already out on days 2–4, 6 racing requests for 1 each on day 3 → 2 stand', async () => {
    const item = await itemId('event-tent');
    const staff = await tokenFor('intermediary');
    const racers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        ask<Lent>(LEND, { input: { itemId: item, groupId: demoGroupId(170 + i), quantity: 1, startsOn: addDays(today, 3), endsOn: addDays(today, 5) } }, staff),
      ),
    );
    expect(racers.filter((racer) => racer.data!.lendEquipment.loan !== null)).toHaveLength(2);
    expect(await peakLent(item, today, addDays(today, 10))).toBe(5);
  });

  it('refuses a loan for a group the directory does not know', async () => {
    const item = await itemId('long-table');
    const response = await ask(LEND, { input: { itemId: item, groupId: '5b0e8a40-3c1d-4e2f-9a6b-7c8d9e0f1a2b', quantity: 1, startsOn: addDays(today, 50), endsOn: addDays(today, 50) } }, await tokenFor('staff'));
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
  });

  it('a return frees the quantity; a second return is CONFLICT; availableQuantity agrees', async () => {
    const item = await itemId('pa-speaker');
    const group = demoGroupId(180);
    const token = await tokenFor('member', group);
    const period = { startsOn: addDays(today, 30), endsOn: addDays(today, 30) };
    const first = await ask<Lent>(LEND, { input: { itemId: item, groupId: group, quantity: 2, ...period } }, token);
    const loanId = first.data!.lendEquipment.loan!.id;
    const AVAILABLE = `query ($from: Date!, $until: Date!) { equipmentItems(first: 20) { edges { node { code quantityOwned availableQuantity(from: $from, until: $until) } } } }`;
    const available = async () =>
      (await ask<{ equipmentItems: { edges: Array<{ node: { code: string; availableQuantity: number } }> } }>(AVAILABLE, { from: period.startsOn, until: period.endsOn })).data!.equipmentItems.edges.find(
        (edge) => edge.node.code === 'pa-speaker',
      )!.node.availableQuantity;
    expect(await available()).toBe(0);
    const full = await ask<Lent>(LEND, { input: { itemId: item, groupId: demoGroupId(181), quantity: 1, ...period } }, await tokenFor('member', demoGroupId(181)));
    expect(full.data!.lendEquipment.userErrors.map((error) => error.code)).toEqual(['NOT_ENOUGH_AVAILABLE']);
    const RETURN = `mutation ($id: ID!) { returnEquipment(input: { loanId: $id }) { loan { status returnedAt } userErrors { code } } }`;
    expect(errorCodes(await ask(RETURN, { id: loanId }, await tokenFor('member', demoGroupId(181))))).toEqual(['FORBIDDEN']);
    const returned = await ask<{ returnEquipment: { loan: { status: string } } }>(RETURN, { id: loanId }, token);
    expect(returned.data!.returnEquipment.loan.status).toBe('RETURNED');
    expect(errorCodes(await ask(RETURN, { id: loanId }, token))).toEqual(['CONFLICT']);
    expect(await available()).toBe(2);
  });
});

describe('who sees loans and incident reports (groupSupport.readGroupRecords)', () => {
  const GROUP = demoGroupId(41); // seeded with tents and tables on loan
  const RECORDS = `query ($id: ID!) { group(id: $id) {
    equipmentLoans(first: 10) { edges { node { quantity status item { name } } } }
    accidentReports(first: 10) { edges { node { occurredOn description } } }
  } }`;
  type Records = { group: { equipmentLoans: { edges: unknown[] } | null; accidentReports: { edges: Array<{ node: { description: string } }> } | null } };

  it('the group reports an accident; it and staff see loans and reports, nobody else', async () => {
    const member = await tokenFor('member', GROUP);
    const REPORT = `mutation ($input: ReportActivityAccidentInput!) { reportActivityAccident(input: $input) { report { id } userErrors { field code } } }`;
    const input = { groupId: GROUP, occurredOn: today, activity: '防災訓練', description: '参加者が転倒し膝を擦りむいた。', injuredCount: 1 };
    expect(errorCodes(await ask(REPORT, { input }, await tokenFor('member', demoGroupId(42))))).toEqual(['FORBIDDEN']);
    const reported = await ask<{ reportActivityAccident: { report: { id: string } } }>(REPORT, { input }, member);
    expect(reported.data!.reportActivityAccident.report.id).toBeTruthy();

    for (const token of [member, await tokenFor('intermediary'), await tokenFor('staff', { department: 'environment' })]) {
      const response = await ask<Records>(RECORDS, { id: GROUP }, token);
      expect(response.errors).toBeUndefined();
      expect(response.data!.group.equipmentLoans!.edges.length).toBeGreaterThan(0);
      expect(response.data!.group.accidentReports!.edges.map((edge) => edge.node.description)).toContain('参加者が転倒し膝を擦りむいた。');
    }
    for (const token of [undefined, await tokenFor('member', demoGroupId(42))]) {
      const response = await ask<Records>(RECORDS, { id: GROUP }, token);
      expect(response.errors).toBeUndefined();
      expect(response.data!.group.equipmentLoans).toBeNull();
      expect(response.data!.group.accidentReports).toBeNull();
    }
  });

  it('the scheme itself is public', async () => {
    const response = await ask<{ accidentInsuranceScheme: { name: string; enrolmentRequired: boolean; howToClaim: string } }>(
      '{ accidentInsuranceScheme { name whoIsCovered coverage exclusions howToClaim contact enrolmentRequired } }',
    );
    expect(response.data!.accidentInsuranceScheme).toMatchObject({ name: '鎌倉市市民活動補償制度', enrolmentRequired: false });
    expect(response.data!.accidentInsuranceScheme.howToClaim).toContain('reportActivityAccident');
  });
});
