import { beforeAll, describe, expect, it } from 'vitest';
import { fiscalYearOf, todayInJapan } from '@tsunagaru/shared-kernel';
import { demoGroupId, errorCodes, tokenFor } from '@tsunagaru/shared-testing';
import { ownSystem } from './own-system';

// Grants (助成金) through the gateway on a system of its own: the "open now for my field" search,
// the whole way from draft to payment, public decisions, private applications.


const own = ownSystem();
const { ask } = own;

const today = todayInJapan();
const thisYear = fiscalYearOf(new Date());
const PROGRAMS = `query ($filter: GrantProgramFilter) { grantPrograms(filter: $filter, first: 50) { totalCount edges { node { id code kind openNow } } } }`;
type Programs = { grantPrograms: { totalCount: number; edges: Array<{ node: { id: string; code: string; kind: string; openNow: boolean } }> } };

async function programCodes(filter: Record<string, unknown>): Promise<string[]> {
  const response = await ask<Programs>(PROGRAMS, { filter });
  expect(response.errors).toBeUndefined();
  expect(response.data!.grantPrograms.totalCount).toBe(response.data!.grantPrograms.edges.length);
  return response.data!.grantPrograms.edges.map((edge) => edge.node.code);
}

describe('acceptance 5: "which grants are open now for a group in my field"', () => {
  it('finds the programmes open today for the field, city and private, and none closed, future or for other fields', async () => {
    const environment = await programCodes({ openOn: today, activityField: 'ENVIRONMENT' });
    expect(environment.sort()).toEqual([`community-connection-grant-${thisYear}`, 'shonan-environment-foundation'].sort());
    const children = await programCodes({ openOn: today, activityField: 'CHILD_DEVELOPMENT' });
    expect(children.sort()).toEqual([`community-connection-grant-${thisYear}`, 'kamakura-shinkin-community-fund'].sort());
  });

  it('narrows by organisation type and kind, and lists everything without a filter', async () => {
    expect(await programCodes({ openOn: today, activityField: 'ENVIRONMENT', organizationType: 'COMPANY' })).toEqual([]);
    expect(await programCodes({ openOn: today, kind: 'PRIVATE' })).toEqual(expect.arrayContaining(['kamakura-shinkin-community-fund', 'shonan-environment-foundation']));
    const all = await programCodes({});
    expect(all).toEqual(expect.arrayContaining(['civic-activity-grant-2019', 'civic-activity-grant-2020', 'welfare-mutual-aid-grant', 'culture-heritage-grant']));
  });
});

describe('a grant from draft to payment through the gateway', () => {
  const GROUP = demoGroupId(140);
  let programId: string;
  let applicationId: string;
  let awardId: string;
  const APPLY = `mutation ($input: ApplyForGrantInput!) { applyForGrant(input: $input) { application { id status } userErrors { field code } } }`;
  const SUBMIT = `mutation ($id: ID!) { submitGrantApplication(input: { applicationId: $id }) { application { status } userErrors { code } } }`;
  const REVIEW = `mutation ($id: ID!) { startGrantReview(input: { applicationId: $id }) { application { status } userErrors { code } } }`;
  const AWARD = `mutation ($id: ID!, $amount: Yen!) { awardGrant(input: { applicationId: $id, amountYen: $amount }) { award { id amountYen } userErrors { code } } }`;
  const PAY = `mutation ($id: ID!) { payGrantAward(input: { awardId: $id }) { award { paidOn } userErrors { code } } }`;
  const REJECT = `mutation ($id: ID!) { rejectGrantApplication(input: { applicationId: $id, reason: "予算の範囲を超えるため" }) { application { status decisionReason } userErrors { code } } }`;
  const STATEMENT = `query ($fy: Int!) { fundStatement(fiscalYear: $fy) { openingBalanceYen donationsYen disbursementsYen closingBalanceYen } }`;
  type Statement = { fundStatement: { openingBalanceYen: number; donationsYen: number; disbursementsYen: number; closingBalanceYen: number } };

  beforeAll(async () => {
    const response = await ask<Programs>(PROGRAMS, { filter: { openOn: today, kind: 'CITY' } });
    programId = response.data!.grantPrograms.edges[0].node.id;
  });

  it('the group drafts and submits; the secretariat reviews, awards and pays; the ledger shows the disbursement', async () => {
    const member = await tokenFor('member', GROUP);
    const secretariat = await tokenFor('staff');
    const input = { programId, groupId: GROUP, title: '川の清掃と観察会', plan: '年4回実施', activityField: 'ENVIRONMENT', organizationType: 'VOLUNTARY_ASSOCIATION', requestedYen: 200_000 };
    expect(errorCodes(await ask(APPLY, { input }, await tokenFor('member', demoGroupId(141))))).toEqual(['FORBIDDEN']);
    const tooMuch = await ask<{ applyForGrant: { userErrors: Array<{ code: string }> } }>(APPLY, { input: { ...input, requestedYen: 999_999 } }, member);
    expect(tooMuch.data!.applyForGrant.userErrors.map((error) => error.code)).toEqual(['EXCEEDS_PROGRAM_MAXIMUM']);
    const applied = await ask<{ applyForGrant: { application: { id: string; status: string } } }>(APPLY, { input }, member);
    expect(applied.data!.applyForGrant.application.status).toBe('DRAFT');
    applicationId = applied.data!.applyForGrant.application.id;

    expect((await ask<{ submitGrantApplication: { application: { status: string } } }>(SUBMIT, { id: applicationId }, member)).data!.submitGrantApplication.application.status).toBe('SUBMITTED');
    expect(errorCodes(await ask(REVIEW, { id: applicationId }, await tokenFor('staff', { department: 'environment' })))).toEqual(['FORBIDDEN']);
    expect((await ask<{ startGrantReview: { application: { status: string } } }>(REVIEW, { id: applicationId }, secretariat)).data!.startGrantReview.application.status).toBe('UNDER_REVIEW');

    const overRequest = await ask<{ awardGrant: { userErrors: Array<{ code: string }> } }>(AWARD, { id: applicationId, amount: 250_000 }, secretariat);
    expect(overRequest.data!.awardGrant.userErrors).toEqual([{ code: 'EXCEEDS_REQUEST' }]);
    const awarded = await ask<{ awardGrant: { award: { id: string; amountYen: number } } }>(AWARD, { id: applicationId, amount: 180_000 }, secretariat);
    awardId = awarded.data!.awardGrant.award.id;
    expect(awarded.data!.awardGrant.award.amountYen).toBe(180_000);

    const before = (await ask<Statement>(STATEMENT, { fy: thisYear })).data!.fundStatement;
    const paid = await ask<{ payGrantAward: { award: { paidOn: string } } }>(PAY, { id: awardId }, secretariat);
    expect(paid.data!.payGrantAward.award.paidOn).toBe(today);
    const again = await ask<{ payGrantAward: { userErrors: Array<{ code: string }> } }>(PAY, { id: awardId }, secretariat);
    expect(again.data!.payGrantAward.userErrors).toEqual([{ code: 'ALREADY_PAID' }]);
    const after = (await ask<Statement>(STATEMENT, { fy: thisYear })).data!.fundStatement;
    expect(after.disbursementsYen - before.disbursementsYen).toBe(180_000);
    expect(after.closingBalanceYen - before.closingBalanceYen).toBe(-180_000);
    expect(after.openingBalanceYen + after.donationsYen - after.disbursementsYen).toBe(after.closingBalanceYen);
  });

  it('decisions and amounts are public: anyone sees the award on the programme and on the group', async () => {
    const response = await ask<{ grantProgram: { awards: { edges: Array<{ node: { id: string; amountYen: number; paidOn: string; group: { id: string } } }> } } }>(
      `query ($id: ID!) { grantProgram(id: $id) { awards(first: 50) { edges { node { id amountYen paidOn group { id } } } } } }`,
      { id: programId },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.grantProgram.awards.edges.map((edge) => edge.node)).toContainEqual({ id: awardId, amountYen: 180_000, paidOn: today, group: { id: GROUP } });
    const onGroup = await ask<{ group: { grantAwards: { edges: Array<{ node: { id: string } }> } } }>(
      `query ($id: ID!) { group(id: $id) { grantAwards(first: 5) { edges { node { id } } } } }`,
      { id: GROUP },
    );
    expect(onGroup.data!.group.grantAwards.edges.map((edge) => edge.node.id)).toContain(awardId);
  });

  it('applications are private (grant.readApplication): the group and city staff see them, nobody else', async () => {
    const ONE = `query ($id: ID!) { grantApplication(id: $id) { id title requestedYen status } }`;
    const LIST = `query ($id: ID!) { group(id: $id) { grantApplications(first: 5) { edges { node { id } } } } }`;
    for (const token of [undefined, await tokenFor('member', demoGroupId(141)), await tokenFor('intermediary')]) {
      const one = await ask<{ grantApplication: unknown }>(ONE, { id: applicationId }, token);
      expect(one.errors).toBeUndefined();
      expect(one.data!.grantApplication).toBeNull();
      const list = await ask<{ group: { grantApplications: unknown } }>(LIST, { id: GROUP }, token);
      expect(list.data!.group.grantApplications).toBeNull();
    }
    for (const token of [await tokenFor('member', GROUP), await tokenFor('staff', { department: 'environment' })]) {
      const one = await ask<{ grantApplication: { title: string; requestedYen: number } }>(ONE, { id: applicationId }, token);
      expect(one.data!.grantApplication).toMatchObject({ title: '川の清掃と観察会', requestedYen: 200_000 });
      const list = await ask<{ group: { grantApplications: { edges: Array<{ node: { id: string } }> } } }>(LIST, { id: GROUP }, token);
      expect(list.data!.group.grantApplications.edges.map((edge) => edge.node.id)).toContain(applicationId);
    }
  });

  it('the secretariat rejects with a reason; a decided application cannot be decided again', async () => {
    const GROUP2 = demoGroupId(142);
    const member = await tokenFor('member', GROUP2);
    const secretariat = await tokenFor('staff');
    const applied = await ask<{ applyForGrant: { application: { id: string } } }>(
      APPLY,
      { input: { programId, groupId: GROUP2, title: '交流会', activityField: 'COMMUNITY_DEVELOPMENT', organizationType: 'VOLUNTARY_ASSOCIATION', requestedYen: 100_000 } },
      member,
    );
    const id = applied.data!.applyForGrant.application.id;
    await ask(SUBMIT, { id }, member);
    const rejected = await ask<{ rejectGrantApplication: { application: { status: string; decisionReason: string } } }>(REJECT, { id }, secretariat);
    expect(rejected.data!.rejectGrantApplication.application).toEqual({ status: 'REJECTED', decisionReason: '予算の範囲を超えるため' });
    const late = await ask<{ awardGrant: { userErrors: Array<{ code: string }> } }>(AWARD, { id, amount: 50_000 }, secretariat);
    expect(late.data!.awardGrant.userErrors).toEqual([{ code: 'WRONG_STATUS' }]);
  });
});

describe('the seeded grants', () => {
  it("publishes each programme's decisions: counts and money, for anyone", async () => {
    const response = await ask<{ grantPrograms: { edges: Array<{ node: { code: string; decisions: Record<string, number | null> } }> } }>(
      `{ grantPrograms(filter: { kind: CITY }, first: 10) { edges { node { code decisions { applications awarded rejected awardedYen paidYen remainingBudgetYen } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const fy2019 = response.data!.grantPrograms.edges.find((edge) => edge.node.code === 'civic-activity-grant-2019')!.node.decisions;
    expect(fy2019).toEqual({ applications: 6, awarded: 4, rejected: 2, awardedYen: 550_000, paidYen: 550_000, remainingBudgetYen: 450_000 });
  });

  it('has applications in every state and paid awards of FY2019 and FY2020 in the ledger', async () => {
    const staff = await tokenFor('staff');
    const response = await ask<{ grantPrograms: { edges: Array<{ node: { code: string; awards: { edges: Array<{ node: { paidOn: string | null; amountYen: number } }> } } }> } }>(
      `{ grantPrograms(filter: { kind: CITY }, first: 10) { edges { node { code awards(first: 20) { edges { node { paidOn amountYen } } } } } } }`,
      {},
      staff,
    );
    const byCode = new Map(response.data!.grantPrograms.edges.map((edge) => [edge.node.code, edge.node.awards.edges.map((award) => award.node)]));
    expect(byCode.get('civic-activity-grant-2019')!.every((award) => award.paidOn !== null)).toBe(true);
    expect(byCode.get('civic-activity-grant-2020')!.length).toBeGreaterThan(0);
    const fy2019 = await ask<{ fundStatement: { disbursementsYen: number; disbursementsByProgram: Array<{ program: { code: string }; amountYen: number; count: number }> } }>(
      '{ fundStatement(fiscalYear: 2019) { disbursementsYen disbursementsByProgram { program { code } amountYen count } } }',
    );
    const paid2019 = byCode.get('civic-activity-grant-2019')!;
    expect(fy2019.data!.fundStatement.disbursementsYen).toBe(paid2019.reduce((sum, award) => sum + award.amountYen, 0));
    expect(fy2019.data!.fundStatement.disbursementsByProgram).toEqual([
      { program: { code: 'civic-activity-grant-2019' }, amountYen: fy2019.data!.fundStatement.disbursementsYen, count: paid2019.length },
    ]);
    const statuses = new Set<string>();
    for (const n of [11, 52, 13, 25, 39, 47]) {
      const group = await ask<{ group: { grantApplications: { edges: Array<{ node: { status: string } }> } } }>(
        `query ($id: ID!) { group(id: $id) { grantApplications(first: 5) { edges { node { status } } } } }`,
        { id: demoGroupId(n) },
        staff,
      );
      for (const edge of group.data!.group.grantApplications.edges) statuses.add(edge.node.status);
    }
    expect([...statuses].sort()).toEqual(['AWARDED', 'DRAFT', 'REJECTED', 'SUBMITTED', 'UNDER_REVIEW']);
  });
});
