import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrm } from '@tsunagaru/shared-persistence';
import { createScratchDatabase } from '@tsunagaru/shared-testing';
import { collaborationPersistence } from '../collaboration.module';
import { EvaluationMetricDimension, EvaluationMetrics } from './evaluation-metrics.query';
import { ProposalMetricDimension } from './proposal-metrics.query';
import { ProposalMetrics } from './proposal-metrics.service';

// The metrics are aggregated in SQL; here the same figures are computed in JavaScript from the
// seeded rows themselves, and the two must agree.
let orm: MikroORM;

interface ProposalRow {
  proposer_type: string;
  fiscal_year: number;
  status: string;
  submitted_on: string | null;
  decided_on: string | null;
}

interface ScoreRow {
  evaluation_id: string;
  view: string;
  fiscal_year: number;
  final: boolean;
  criterion: string;
  score: number;
}

let proposals: ProposalRow[];
let scores: ScoreRow[];

beforeAll(async () => {
  orm = await createOrm(collaborationPersistence, { databaseUrl: await createScratchDatabase(), poolMax: 2 });
  const connection = orm.em.getConnection();
  proposals = await connection.execute<ProposalRow[]>(
    `select proposer_type, fiscal_year, status, to_char(submitted_on, 'YYYY-MM-DD') as submitted_on, to_char(decided_on, 'YYYY-MM-DD') as decided_on from proposal`,
  );
  scores = await connection.execute<ScoreRow[]>(
    `select e.id as evaluation_id, e.view, e.fiscal_year, e.final, s.criterion, s.score
       from evaluation e join evaluation_score s on s.evaluation_id = e.id where e.published_at is not null`,
  );
});

afterAll(async () => {
  await orm?.close();
});

const ADOPTED = ['ADOPTED', 'AGREED', 'IMPLEMENTED', 'COMPLETED'];
const IMPLEMENTED = ['IMPLEMENTED', 'COMPLETED'];
const DECIDED = [...ADOPTED, 'NOT_ADOPTED'];
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const days = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

/** percentile_cont(0.5): the middle value, or the mean of the two middle ones. */
function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return (sorted[Math.floor(middle)] + sorted[Math.ceil(middle)]) / 2;
}

function figuresOf(rows: ProposalRow[]) {
  const adopted = rows.filter((row) => ADOPTED.includes(row.status)).length;
  const implemented = rows.filter((row) => IMPLEMENTED.includes(row.status)).length;
  const decided = rows.filter((row) => DECIDED.includes(row.status));
  return {
    proposals: rows.length,
    adopted,
    implemented,
    implementationRate: round(implemented / rows.length, 3),
    adoptionRate: decided.length === 0 ? null : round(adopted / decided.length, 3),
    medianDaysToDecision: median(decided.filter((row) => row.decided_on).map((row) => days(row.submitted_on!, row.decided_on!))),
  };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

describe('proposalMetrics against the seeded rows', () => {
  const submitted = () => proposals.filter((row) => row.submitted_on !== null);

  it('gives the guideline figures for FY2007–FY2019: city 23/17, group 52/18', async () => {
    const rows = await new ProposalMetrics(orm.em.fork()).compute([ProposalMetricDimension.PROPOSER_TYPE], { fiscalYearFrom: 2007, fiscalYearTo: 2019 });
    expect(rows.map(({ proposerType, proposals: count, implemented, implementationRate }) => ({ proposerType, count, implemented, implementationRate }))).toEqual([
      { proposerType: 'CITY', count: 23, implemented: 17, implementationRate: 0.739 },
      { proposerType: 'GROUP', count: 52, implemented: 18, implementationRate: 0.346 },
    ]);
    const history = submitted().filter((row) => row.fiscal_year <= 2019);
    for (const row of rows) expect(row).toMatchObject(figuresOf(history.filter((candidate) => candidate.proposer_type === row.proposerType)));
  });

  it('counts the pipeline by STATUS, drafts left out, with adoption rates and median days computed as here', async () => {
    const rows = await new ProposalMetrics(orm.em.fork()).compute([ProposalMetricDimension.STATUS]);
    const expected = [...groupBy(submitted(), (row) => row.status).entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([status, group]) => ({ status, ...figuresOf(group) }));
    expect(rows).toEqual(expected);
    expect(rows.map((row) => row.status)).not.toContain('DRAFT');
    expect(rows.find((row) => row.status === 'UNDER_REVIEW')).toMatchObject({ adopted: 0, adoptionRate: null, medianDaysToDecision: null });
  });

  it('gives one total row and per-year rows that agree with the rows', async () => {
    const metrics = new ProposalMetrics(orm.em.fork());
    expect(await metrics.compute([])).toEqual([figuresOf(submitted())]);
    const byYear = await metrics.compute([ProposalMetricDimension.FISCAL_YEAR]);
    for (const row of byYear) expect(row).toEqual({ fiscalYear: row.fiscalYear, ...figuresOf(submitted().filter((candidate) => candidate.fiscal_year === row.fiscalYear)) });
    expect(byYear.reduce((sum, row) => sum + row.proposals, 0)).toBe(submitted().length);
    // A median over an even number of decisions falls between two of them, as percentile_cont does.
    expect(byYear.some((row) => row.medianDaysToDecision !== null && !Number.isInteger(row.medianDaysToDecision))).toBe(true);
  });
});

describe('evaluationMetrics against the seeded rows', () => {
  function expectedBy(key: (row: ScoreRow) => string) {
    return [...groupBy(scores, key).entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([value, rows]) => ({ value, evaluations: new Set(rows.map((row) => row.evaluation_id)).size, meanScore: round(rows.reduce((sum, row) => sum + row.score, 0) / rows.length, 2) }));
  }

  it('counts published evaluations and their mean score by view', async () => {
    const rows = await new EvaluationMetrics(orm.em.fork()).compute([EvaluationMetricDimension.VIEW]);
    expect(rows.map((row) => ({ value: row.view, evaluations: row.evaluations, meanScore: row.meanScore }))).toEqual(expectedBy((row) => row.view));
    expect(rows.map((row) => row.view)).toEqual(['DEPARTMENT', 'GROUP', 'THIRD_PARTY']);
  });

  it('by criterion and by fiscal year', async () => {
    const metrics = new EvaluationMetrics(orm.em.fork());
    const byCriterion = await metrics.compute([EvaluationMetricDimension.CRITERION]);
    expect(byCriterion.map((row) => ({ value: row.criterion, evaluations: row.evaluations, meanScore: row.meanScore }))).toEqual(expectedBy((row) => row.criterion));
    const byYear = await metrics.compute([EvaluationMetricDimension.FISCAL_YEAR]);
    expect(byYear.map((row) => ({ value: String(row.fiscalYear), evaluations: row.evaluations, meanScore: row.meanScore }))).toEqual(expectedBy((row) => String(row.fiscal_year)));
  });

  it('counts each evaluation once in a total, whatever the number of criteria', async () => {
    const [total] = await new EvaluationMetrics(orm.em.fork()).compute([]);
    expect(total.evaluations).toBe(new Set(scores.map((row) => row.evaluation_id)).size);
    expect(total.evaluations * 5).toBe(scores.length);
    const finals = await new EvaluationMetrics(orm.em.fork()).compute([EvaluationMetricDimension.VIEW], { final: true, fiscalYearTo: 2030 });
    // Every one of the 35 projects carried out was evaluated at the end from all three views.
    expect(finals.map((row) => row.evaluations)).toEqual([35, 35, 35]);
  });
});
