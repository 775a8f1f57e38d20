import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityField, ProposerType, ValidationFailedError } from '@tsunagaru/shared-kernel';
import { createOrm } from '@tsunagaru/shared-persistence';
import { createScratchDatabase, demoPrincipal } from '@tsunagaru/shared-testing';
import { collaborationPersistence } from '../collaboration.module';
import { Proposal, ProposalStatus } from '../entities';
import { ProposalCatalog, PROPOSALS_NEWEST_FIRST } from './proposal-catalog.service';
import { ProposalMetricDimension } from './proposal-metrics.query';
import { ProposalMetrics } from './proposal-metrics.service';

let orm: MikroORM;

beforeAll(async () => {
  orm = await createOrm(collaborationPersistence, { databaseUrl: await createScratchDatabase(), poolMax: 2 });
});

afterAll(async () => {
  await orm?.close();
});

const DEPARTMENT = '00000000-0000-5000-8000-0000000000d1';

/** A submitted city proposal with everything else blank. */
function submitted(fields: Pick<Proposal, 'id' | 'title' | 'fiscalYear' | 'activityField' | 'submittedOn'>): Partial<Proposal> {
  return {
    summary: '',
    problem: '',
    expectedEffects: '',
    partnersSought: '',
    requestedBudget: null,
    challengeId: null,
    proposerType: ProposerType.CITY,
    proposingGroupId: null,
    partnerGroupIds: [],
    departmentId: DEPARTMENT,
    status: ProposalStatus.SUBMITTED,
    decidedOn: null,
    version: 1,
    createdBy: null,
    createdAt: new Date(),
    updatedAt: new Date(),
    ...fields,
  };
}

describe('lists of proposals', () => {
  it('walks the catalogue newest first in small pages, without gaps or repeats, through proposals submitted the same day', async () => {
    const em = orm.em.fork();
    // Twins: same year, same day, so only the id tells them apart.
    for (const id of ['00000000-0000-5000-8000-0000000000a1', '00000000-0000-5000-8000-0000000000a2']) {
      em.create(Proposal, submitted({ id, title: '同日の提案', fiscalYear: 2019, activityField: ActivityField.ENVIRONMENT, submittedOn: '2019-06-01' }) as never);
    }
    await em.flush();

    // The secretariat's staff see every submitted proposal, so the walk covers the twins too.
    const secretariat = demoPrincipal('staff');
    const [{ submitted: expected }] = await orm.em
      .getConnection()
      .execute<Array<{ submitted: number }>>('select count(*)::int as submitted from proposal where submitted_on is not null');
    const catalog = new ProposalCatalog(orm.em.fork());
    const seen: Proposal[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard += 1) {
      const page = await catalog.list({}, PROPOSALS_NEWEST_FIRST.request({ first: 4, after }), secretariat);
      seen.push(...page.rows);
      if (!page.hasNextPage) break;
      after = page.cursorOf(page.rows.at(-1)!);
    }
    const total = await (await catalog.list({}, PROPOSALS_NEWEST_FIRST.request({ first: 0 }), secretariat)).totalCount();
    expect(total).toBe(expected);
    expect(expected).toBeGreaterThan(77);
    expect(new Set(seen.map((proposal) => proposal.id)).size).toBe(expected);
    const keys = seen.map((proposal) => `${proposal.fiscalYear}|${proposal.submittedOn}|${proposal.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });
});

describe('proposal metrics', () => {
  it('refuses a breakdown of more than 100 rows instead of cutting it short', async () => {
    const metrics = new ProposalMetrics(orm.em.fork());
    const before = await metrics.compute([ProposalMetricDimension.FISCAL_YEAR, ProposalMetricDimension.ACTIVITY_FIELD]);
    expect(before.length).toBeLessThanOrEqual(100);

    const em = orm.em.fork();
    // One proposal for each of 6 years × 20 fields: 120 combinations.
    let index = 0;
    for (let year = 2020; year < 2026; year += 1) {
      for (const field of Object.values(ActivityField)) {
        index += 1;
        em.create(
          Proposal,
          submitted({ id: `00000000-0000-5000-8000-${String(index).padStart(12, '0')}`, title: '集計用の提案', fiscalYear: year, activityField: field, submittedOn: `${year}-05-01` }) as never,
        );
      }
    }
    await em.flush();
    const error = await metrics
      .compute([ProposalMetricDimension.FISCAL_YEAR, ProposalMetricDimension.ACTIVITY_FIELD])
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect((error as ValidationFailedError).issues).toEqual([expect.objectContaining({ field: ['groupBy'], code: 'TOO_MANY_ROWS' })]);
    // Narrowed to the years that fit, the same breakdown is answered in full.
    const narrowed = await metrics.compute([ProposalMetricDimension.FISCAL_YEAR, ProposalMetricDimension.ACTIVITY_FIELD], {
      fiscalYearFrom: 2020,
      fiscalYearTo: 2024,
    });
    expect(narrowed).toHaveLength(100);
  });
});
