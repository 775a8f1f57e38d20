import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityField, ConflictError, ProposerType, ValidationFailedError, fiscalYearOf, yen, type Principal } from '@tsunagaru/shared-kernel';
import { createOrm } from '@tsunagaru/shared-persistence';
import { createScratchDatabase, demoDepartmentId, demoGroupId, demoPrincipal } from '@tsunagaru/shared-testing';
import { collaborationPersistence } from '../collaboration.module';
import { AgreementStatus, EvaluationCriterion, EvaluationOutcome, EvaluationView, type Agreement, type Proposal } from '../entities';
import { Agreements } from './agreements.service';
import { CityChallenges } from './city-challenges.service';
import { Consultations } from './consultations.service';
import { Evaluations } from './evaluations.service';
import { ProgrammeOffices } from './programme-office.service';
import { ProposalWorkflow } from './proposal-workflow.service';

// The workflow against a real PostgreSQL: refused moves change nothing (the database says
// so), and every mutation raced against itself lets exactly one through.
let orm: MikroORM;

beforeAll(async () => {
  orm = await createOrm(collaborationPersistence, { databaseUrl: await createScratchDatabase(), poolMax: 12 });
});

afterAll(async () => {
  await orm?.close();
});

const GROUP = demoGroupId(5);
const PARTNER = demoGroupId(6);
const ENVIRONMENT = demoDepartmentId('environment');
const member = demoPrincipal('member', GROUP);
const partnerMember = demoPrincipal('member', PARTNER);
const otherMember = demoPrincipal('member', demoGroupId(300));
const environmentStaff = demoPrincipal('staff', { department: 'environment' });
const educationStaff = demoPrincipal('staff', { department: 'education' });
const secretariat = demoPrincipal('staff');
const reviewer = demoPrincipal('reviewer');

const workflow = () => new ProposalWorkflow(orm.em.fork());
const agreements = () => new Agreements(orm.em.fork());
const evaluations = () => new Evaluations(orm.em.fork());
const CRITERIA = Object.values(EvaluationCriterion);
const scores = (score = 4) => CRITERIA.map((criterion) => ({ criterion, score, comment: `${criterion} ${score}` }));
const thisYear = fiscalYearOf(new Date());

async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  return orm.em.getConnection().execute<T[]>(text, params);
}

/** What the database holds about a proposal: its row and its history. */
async function stored(proposalId: string) {
  const [row] = await sql<{ status: string; version: number; decided_on: string | null; partner_group_ids: string[] }>(
    'select status, version, decided_on, partner_group_ids from proposal where id = ?',
    [proposalId],
  );
  const history = await sql<{ from_status: string | null; to_status: string }>('select from_status, to_status from proposal_transition where proposal_id = ? order by at, id', [proposalId]);
  return { row, history };
}

async function draft(title = '海辺の生きもの観察会'): Promise<Proposal> {
  return workflow().create(
    {
      groupId: GROUP,
      departmentId: ENVIRONMENT,
      title,
      summary: '海辺の生きものを親子で観察する。',
      problem: '海辺の自然に触れる機会が少ない。',
      expectedEffects: '海の環境への関心が高まる。',
      activityField: ActivityField.ENVIRONMENT,
      requestedBudget: yen(300_000),
    },
    member,
  );
}

async function underReview(): Promise<Proposal> {
  const proposal = await draft();
  await workflow().submit(proposal.id, member);
  return workflow().startReview(proposal.id, secretariat);
}

async function adopted(): Promise<Proposal> {
  const proposal = await underReview();
  return workflow().decide({ proposalId: proposal.id, adopted: true, partnerGroupIds: [PARTNER] }, environmentStaff);
}

async function signedAgreement(): Promise<Agreement> {
  const proposal = await adopted();
  const agreement = await agreements().create({ proposalId: proposal.id }, environmentStaff);
  await agreements().sign(agreement.id, environmentStaff);
  await agreements().sign(agreement.id, member);
  return agreements().sign(agreement.id, partnerMember);
}

async function running(): Promise<Agreement> {
  const agreement = await signedAgreement();
  return agreements().start(agreement.id, environmentStaff);
}

async function race<T>(attempts: Array<() => Promise<T>>) {
  const outcomes = await Promise.allSettled(attempts.map((attempt) => attempt()));
  return {
    winners: outcomes.filter((outcome): outcome is PromiseFulfilledResult<Awaited<T>> => outcome.status === 'fulfilled').map((outcome) => outcome.value),
    losers: outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected').map((outcome) => outcome.reason as unknown),
  };
}

function issuesOf(error: unknown): Array<{ field: string; code: string }> {
  expect(error).toBeInstanceOf(ValidationFailedError);
  return (error as ValidationFailedError).issues.map((issue) => ({ field: issue.field.join('.'), code: issue.code }));
}

describe('refused moves are user errors and change nothing', () => {
  it("another group's member adopting a proposal under review: NOT_FOUND for them (they may not see it), and nothing changes", async () => {
    const proposal = await underReview();
    const before = await stored(proposal.id);
    const error = await workflow().decide({ proposalId: proposal.id, adopted: true }, otherMember).catch((caught: unknown) => caught);
    expect(issuesOf(error)).toEqual([{ field: 'proposalId', code: 'NOT_FOUND' }]);
    expect(await stored(proposal.id)).toEqual(before);
  });

  it('a member of the proposing group adopting its own proposal: FORBIDDEN, and nothing changes', async () => {
    const proposal = await underReview();
    const before = await stored(proposal.id);
    const error = await workflow().decide({ proposalId: proposal.id, adopted: true }, member).catch((caught: unknown) => caught);
    expect(issuesOf(error)).toEqual([{ field: 'proposalId', code: 'FORBIDDEN' }]);
    expect(await stored(proposal.id)).toEqual(before);
  });

  it('DRAFT straight to ADOPTED: INVALID_TRANSITION, and nothing changes', async () => {
    const proposal = await draft();
    // The secretariat decides proposals but cannot see a draft: to them it does not exist.
    expect(issuesOf(await workflow().decide({ proposalId: proposal.id, adopted: true }, secretariat).catch((caught: unknown) => caught))).toEqual([
      { field: 'proposalId', code: 'NOT_FOUND' },
    ]);
    // Staff of a city proposal's own department see the draft, may decide, and still cannot skip the review.
    const city = await workflow().create({ departmentId: ENVIRONMENT, title: '市の提案', activityField: ActivityField.ENVIRONMENT }, environmentStaff);
    const before = await stored(city.id);
    const error = await workflow().decide({ proposalId: city.id, adopted: true, partnerGroupIds: [PARTNER] }, environmentStaff).catch((caught: unknown) => caught);
    expect(issuesOf(error)).toEqual([{ field: 'proposalId', code: 'INVALID_TRANSITION' }]);
    expect(await stored(city.id)).toEqual(before);
    expect(before.history).toEqual([{ from_status: null, to_status: 'DRAFT' }]);
  });

  it('requires a reason for not adopting and for withdrawing', async () => {
    const proposal = await underReview();
    expect(issuesOf(await workflow().decide({ proposalId: proposal.id, adopted: false, reason: '  ' }, environmentStaff).catch((caught: unknown) => caught))).toEqual([
      { field: 'reason', code: 'REQUIRED' },
    ]);
    expect(issuesOf(await workflow().withdraw(proposal.id, null, member).catch((caught: unknown) => caught))).toEqual([{ field: 'reason', code: 'REQUIRED' }]);
    expect((await stored(proposal.id)).row.status).toBe('UNDER_REVIEW');
    // The database refuses a reasonless refusal too, whoever writes it.
    await expect(
      sql(`insert into proposal_transition (id, proposal_id, from_status, to_status, at, acted_as, actor_subject) values (gen_random_uuid(), ?, 'UNDER_REVIEW', 'NOT_ADOPTED', now(), 'SECRETARIAT', 'x')`, [proposal.id]),
    ).rejects.toThrow(/proposal_transition_reason_given_check/);
  });

  it('keeps a city proposal from adoption without a partner group to carry it out', async () => {
    const city = await workflow().create({ departmentId: ENVIRONMENT, title: '市の提案（相手なし）', summary: '概要', problem: '課題', expectedEffects: '効果', activityField: ActivityField.ENVIRONMENT }, environmentStaff);
    await workflow().submit(city.id, environmentStaff);
    await workflow().startReview(city.id, secretariat);
    expect(issuesOf(await workflow().decide({ proposalId: city.id, adopted: true }, environmentStaff).catch((caught: unknown) => caught))).toEqual([
      { field: 'partnerGroupIds', code: 'REQUIRED' },
    ]);
  });

  it('keeps incomplete drafts from submission', async () => {
    const bare = await workflow().create({ groupId: GROUP, departmentId: ENVIRONMENT, title: '題だけ', activityField: ActivityField.ENVIRONMENT }, member);
    const issues = issuesOf(await workflow().submit(bare.id, member).catch((caught: unknown) => caught));
    expect(issues.map((issue) => issue.code)).toEqual(['INCOMPLETE', 'INCOMPLETE', 'INCOMPLETE']);
  });

  it('records every accepted move in the history with its actor and capacity', async () => {
    const proposal = await adopted();
    const history = await sql<{ from_status: string | null; to_status: string; acted_as: string; actor_subject: string }>(
      'select from_status, to_status, acted_as, actor_subject from proposal_transition where proposal_id = ? order by at, id',
      [proposal.id],
    );
    expect(history).toEqual([
      { from_status: null, to_status: 'DRAFT', acted_as: 'PROPOSER', actor_subject: member.subject },
      { from_status: 'DRAFT', to_status: 'SUBMITTED', acted_as: 'PROPOSER', actor_subject: member.subject },
      { from_status: 'SUBMITTED', to_status: 'UNDER_REVIEW', acted_as: 'SECRETARIAT', actor_subject: secretariat.subject },
      { from_status: 'UNDER_REVIEW', to_status: 'ADOPTED', acted_as: 'RESPONSIBLE_DEPARTMENT', actor_subject: environmentStaff.subject },
    ]);
    expect(proposal.partnerGroupIds).toEqual([PARTNER]);
  });
});

describe('two concurrent moves from the same state: exactly one wins, the other gets CONFLICT', () => {
  async function expectOneWinner<T>(attempts: Array<() => Promise<T>>): Promise<T> {
    const { winners, losers } = await race(attempts);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(attempts.length - 1);
    for (const loser of losers) expect(loser).toBeInstanceOf(ConflictError);
    return winners[0];
  }

  it('updateProposal on the same version', async () => {
    const proposal = await draft();
    const winner = await expectOneWinner([1, 2].map((n) => () => workflow().update({ proposalId: proposal.id, expectedVersion: 1, title: `題 ${n}` }, member)));
    expect((await stored(proposal.id)).row.version).toBe(2);
    expect(winner.version).toBe(2);
  });

  it('submitProposal', async () => {
    const proposal = await draft();
    await expectOneWinner([() => workflow().submit(proposal.id, member), () => workflow().submit(proposal.id, member)]);
    expect((await stored(proposal.id)).history.map((row) => row.to_status)).toEqual(['DRAFT', 'SUBMITTED']);
  });

  it('startProposalReview', async () => {
    const proposal = await draft();
    await workflow().submit(proposal.id, member);
    await expectOneWinner([() => workflow().startReview(proposal.id, secretariat), () => workflow().startReview(proposal.id, secretariat)]);
  });

  it('decideProposal: adopting and not adopting at once leave exactly one decision, whole', async () => {
    const proposal = await underReview();
    const winner = await expectOneWinner([
      () => workflow().decide({ proposalId: proposal.id, adopted: true }, environmentStaff),
      () => workflow().decide({ proposalId: proposal.id, adopted: false, reason: '予算の見通しが立たない' }, secretariat),
    ]);
    const { row, history } = await stored(proposal.id);
    expect(row.status).toBe(winner.status);
    expect(history.filter((entry) => ['ADOPTED', 'NOT_ADOPTED'].includes(entry.to_status))).toHaveLength(1);
  });

  it('withdrawProposal against decideProposal', async () => {
    const proposal = await underReview();
    await expectOneWinner([
      () => workflow().withdraw(proposal.id, '体制が整わない', member),
      () => workflow().decide({ proposalId: proposal.id, adopted: true }, environmentStaff),
    ]);
  });

  it('createAgreement: one agreement per proposal', async () => {
    const proposal = await adopted();
    await expectOneWinner([() => agreements().create({ proposalId: proposal.id }, environmentStaff), () => agreements().create({ proposalId: proposal.id }, secretariat)]);
    expect(await sql('select id from agreement where proposal_id = ?', [proposal.id])).toHaveLength(1);
  });

  it('reviseAgreement on the same version: one new version, never a silent overwrite', async () => {
    const proposal = await adopted();
    const agreement = await agreements().create({ proposalId: proposal.id }, environmentStaff);
    const winner = await expectOneWinner([
      () => agreements().revise({ agreementId: agreement.id, expectedVersion: 1, changeSummary: '目的を具体化', purpose: '海辺の自然を親子で学ぶ' }, environmentStaff),
      () => agreements().revise({ agreementId: agreement.id, expectedVersion: 1, changeSummary: 'リスク分担を追記', riskSharing: '事故は補償制度で' }, member),
    ]);
    expect(winner.version).toBe(2);
    expect(await sql('select version, based_on_version from agreement_version where agreement_id = ? order by version', [agreement.id])).toEqual([
      { version: 1, based_on_version: null },
      { version: 2, based_on_version: 1 },
    ]);
  });

  it('signAgreement by the same party twice; the last two parties at once make it ACTIVE exactly once', async () => {
    const proposal = await adopted();
    const agreement = await agreements().create({ proposalId: proposal.id }, environmentStaff);
    await expectOneWinner([() => agreements().sign(agreement.id, environmentStaff), () => agreements().sign(agreement.id, environmentStaff)]);
    const { winners, losers } = await race([() => agreements().sign(agreement.id, member), () => agreements().sign(agreement.id, partnerMember)]);
    expect(losers).toEqual([]);
    expect(winners).toHaveLength(2);
    const [row] = await sql<{ status: string }>('select status from agreement where id = ?', [agreement.id]);
    expect(row.status).toBe('ACTIVE');
    expect((await stored(proposal.id)).history.filter((entry) => entry.to_status === 'AGREED')).toHaveLength(1);
  });

  it('a revision after a signature voids it: the agreement waits for every party to sign the new version', async () => {
    const proposal = await adopted();
    const agreement = await agreements().create({ proposalId: proposal.id }, environmentStaff);
    await agreements().sign(agreement.id, environmentStaff);
    await agreements().sign(agreement.id, member);
    await agreements().revise({ agreementId: agreement.id, expectedVersion: 1, changeSummary: '費用負担の見直し', parties: [{ kind: 'GROUP' as never, id: GROUP, budgetShare: yen(50_000) }] }, partnerMember);
    const afterPartner = await agreements().sign(agreement.id, partnerMember);
    expect(afterPartner.status).toBe(AgreementStatus.NEGOTIATING);
    await agreements().sign(agreement.id, environmentStaff);
    expect((await agreements().sign(agreement.id, member)).status).toBe(AgreementStatus.ACTIVE);
    expect(await sql('select version, count(*)::int as signatures from agreement_signature where agreement_id = ? group by version order by version', [agreement.id])).toEqual([
      { version: 1, signatures: 2 },
      { version: 2, signatures: 3 },
    ]);
  });

  it('startCollaboration', async () => {
    const agreement = await signedAgreement();
    await expectOneWinner([() => agreements().start(agreement.id, environmentStaff), () => agreements().start(agreement.id, secretariat)]);
  });

  it('submitEvaluation, the first of one view and year', async () => {
    const agreement = await running();
    await expectOneWinner([1, 2].map((score) => () => evaluations().submit({ agreementId: agreement.id, view: EvaluationView.THIRD_PARTY, fiscalYear: thisYear, final: false, scores: scores(score + 2), outcome: EvaluationOutcome.CONTINUE }, reviewer)));
    // A replacement on the revision read is fine; two on the same revision are not.
    const [current] = await sql<{ id: string; revision: number }>('select id, revision from evaluation where agreement_id = ?', [agreement.id]);
    await expectOneWinner([2, 3].map((score) => () => evaluations().submit({ agreementId: agreement.id, view: EvaluationView.THIRD_PARTY, fiscalYear: thisYear, final: false, scores: scores(score), outcome: EvaluationOutcome.REVISE, expectedRevision: current.revision }, reviewer)));
  });

  it('publishEvaluation', async () => {
    const agreement = await running();
    const evaluation = await evaluations().submit({ agreementId: agreement.id, view: EvaluationView.DEPARTMENT, fiscalYear: thisYear, final: false, scores: scores(), outcome: EvaluationOutcome.CONTINUE }, environmentStaff);
    await expectOneWinner([() => evaluations().publish(evaluation.id, environmentStaff), () => evaluations().publish(evaluation.id, secretariat)]);
  });

  it('completeCollaboration, once the three final evaluations are published', async () => {
    const agreement = await running();
    const finals: Array<[EvaluationView, Principal]> = [
      [EvaluationView.DEPARTMENT, environmentStaff],
      [EvaluationView.GROUP, member],
      [EvaluationView.THIRD_PARTY, reviewer],
    ];
    for (const [view, evaluator] of finals.slice(0, 2)) {
      const evaluation = await evaluations().submit({ agreementId: agreement.id, view, fiscalYear: thisYear, final: true, scores: scores(), outcome: EvaluationOutcome.CONTINUE_BY_GROUP_ALONE }, evaluator);
      await evaluations().publish(evaluation.id, evaluator);
    }
    expect(issuesOf(await agreements().complete(agreement.id, environmentStaff).catch((caught: unknown) => caught))).toEqual([{ field: 'agreementId', code: 'FINAL_EVALUATIONS_MISSING' }]);
    const last = await evaluations().submit({ agreementId: agreement.id, view: EvaluationView.THIRD_PARTY, fiscalYear: thisYear, final: true, scores: scores(), outcome: EvaluationOutcome.CONTINUE_BY_GROUP_ALONE }, reviewer);
    await evaluations().publish(last.id, secretariat);
    await expectOneWinner([() => agreements().complete(agreement.id, environmentStaff), () => agreements().complete(agreement.id, secretariat)]);
    const [proposal] = await sql<{ status: string }>('select p.status from proposal p join agreement a on a.proposal_id = p.id where a.id = ?', [agreement.id]);
    expect(proposal.status).toBe('COMPLETED');
  });

  it('recordCollaborationResult for one fiscal year', async () => {
    const agreement = await running();
    await expectOneWinner([1, 2].map((n) => () => agreements().recordResult({ agreementId: agreement.id, fiscalYear: thisYear, summary: `実績 ${n}`, cityExpenditure: yen(100_000), groupExpenditure: yen(n * 1000) }, environmentStaff)));
  });

  it('assignProgrammeSecretariat from the same secretariat', async () => {
    const offices = () => new ProgrammeOffices(orm.em.fork());
    await expectOneWinner([() => offices().assign(demoDepartmentId('general-affairs'), secretariat), () => offices().assign(demoDepartmentId('education'), secretariat)]);
    // Hand it back, so the rest of the file keeps 地域のつながり推進課 as the secretariat.
    const now = await offices().secretariatDepartmentId();
    const holder = now === demoDepartmentId('education') ? educationStaff : demoPrincipal('staff', { department: 'general-affairs' });
    await offices().assign(demoDepartmentId('community-connection'), holder);
  });

  it('creations do not conflict: concurrent drafts, consultations, challenges and registrations all land, each whole', async () => {
    const drafts = await race([1, 2, 3].map((n) => () => draft(`同時の下書き ${n}`)));
    expect(drafts.losers).toEqual([]);
    for (const created of drafts.winners) expect((await stored(created.id)).history).toEqual([{ from_status: null, to_status: 'DRAFT' }]);

    const proposal = await adopted();
    const today = new Date().toISOString().slice(0, 10);
    const consultations = await race([1, 2].map((n) => () => new Consultations(orm.em.fork()).record({ proposalId: proposal.id, heldOn: today, participants: ['担当課', '団体'], notes: `協議 ${n}` }, member)));
    expect(consultations.losers).toEqual([]);

    const challenges = await race([1, 2].map((n) => () => new CityChallenges(orm.em.fork()).publish({ title: `課題 ${n}`, description: '説明', activityField: ActivityField.ENVIRONMENT, departmentId: ENVIRONMENT, opensOn: today, closesOn: today }, environmentStaff)));
    expect(challenges.losers).toEqual([]);

    const projects = await race([1, 2].map((n) => () =>
      agreements().register({ origin: 'COMMISSION' as never, title: `委託 ${n}`, departmentId: ENVIRONMENT, groupIds: [GROUP], activityField: ActivityField.ENVIRONMENT, purpose: '委託の目的', startsOn: today, endsOn: today }, environmentStaff),
    ));
    expect(projects.losers).toEqual([]);
    for (const project of projects.winners) expect(await sql('select version from agreement_version where agreement_id = ?', [project.id])).toEqual([{ version: 1 }]);
  });
});

describe('published evaluations are public record: the database refuses to change them', () => {
  it('refuses an UPDATE or DELETE of a published evaluation and of its scores, but not of an unpublished one', async () => {
    const agreement = await running();
    const draftEvaluation = await evaluations().submit({ agreementId: agreement.id, view: EvaluationView.GROUP, fiscalYear: thisYear, final: false, scores: scores(3), outcome: EvaluationOutcome.CONTINUE }, member);
    await sql(`update evaluation set summary = 'まだ直せる' where id = ?`, [draftEvaluation.id]);
    await sql('update evaluation_score set score = 5 where evaluation_id = ?', [draftEvaluation.id]);

    const published = await evaluations().publish(draftEvaluation.id, member);
    expect(published.publishedAt).not.toBeNull();
    for (const statement of [
      `update evaluation set summary = '書き換え' where id = ?`,
      `update evaluation set published_at = null, published_by = null where id = ?`,
      'delete from evaluation where id = ?',
      'update evaluation_score set score = 1 where evaluation_id = ?',
      'delete from evaluation_score where evaluation_id = ?',
      `insert into evaluation_score (id, evaluation_id, criterion, score) values (gen_random_uuid(), ?, 'PROCESS', 1)`,
    ]) {
      await expect(sql(statement, [draftEvaluation.id]), statement).rejects.toThrow(/published and can no longer change|duplicate key/);
    }
    expect(await sql('select score from evaluation_score where evaluation_id = ? order by criterion', [draftEvaluation.id])).toEqual(CRITERIA.map(() => ({ score: 5 })));
    expect(issuesOf(await evaluations().submit({ agreementId: agreement.id, view: EvaluationView.GROUP, fiscalYear: thisYear, final: false, scores: scores(1), outcome: EvaluationOutcome.END }, member).catch((caught: unknown) => caught))).toEqual([
      { field: 'agreementId', code: 'ALREADY_PUBLISHED' },
    ]);
  });

  it('refuses scores out of 1–5 in the database as well', async () => {
    const agreement = await running();
    const evaluation = await evaluations().submit({ agreementId: agreement.id, view: EvaluationView.DEPARTMENT, fiscalYear: thisYear, final: false, scores: scores(), outcome: EvaluationOutcome.CONTINUE }, environmentStaff);
    await expect(sql('update evaluation_score set score = 6 where evaluation_id = ?', [evaluation.id])).rejects.toThrow(/evaluation_score_score_check/);
    expect(issuesOf(await evaluations().submit({ agreementId: agreement.id, view: EvaluationView.DEPARTMENT, fiscalYear: thisYear, final: true, scores: scores(0), outcome: EvaluationOutcome.CONTINUE }, environmentStaff).catch((caught: unknown) => caught)).map((issue) => issue.code)).toContain('OUT_OF_RANGE');
  });
});

describe('who writes an evaluation', () => {
  it('refuses a view written by the wrong evaluator', async () => {
    const agreement = await running();
    const attempt = (view: EvaluationView, who: Principal) =>
      evaluations().submit({ agreementId: agreement.id, view, fiscalYear: thisYear, final: false, scores: scores(), outcome: EvaluationOutcome.CONTINUE }, who).catch((caught: unknown) => caught);
    expect(issuesOf(await attempt(EvaluationView.THIRD_PARTY, environmentStaff))).toEqual([{ field: 'view', code: 'FORBIDDEN' }]);
    expect(issuesOf(await attempt(EvaluationView.DEPARTMENT, reviewer))).toEqual([{ field: 'view', code: 'FORBIDDEN' }]);
    expect(issuesOf(await attempt(EvaluationView.GROUP, otherMember))).toEqual([{ field: 'view', code: 'FORBIDDEN' }]);
    expect(await sql('select id from evaluation where agreement_id = ?', [agreement.id])).toEqual([]);
  });
});

describe('proposals by city staff', () => {
  it('are city proposals by the caller\'s department, and only staff of that department may start one', async () => {
    const city = await workflow().create({ departmentId: ENVIRONMENT, title: '市の提案', activityField: ActivityField.ENVIRONMENT }, environmentStaff);
    expect(city.proposerType).toBe(ProposerType.CITY);
    expect(issuesOf(await workflow().create({ departmentId: ENVIRONMENT, title: '他課の提案', activityField: ActivityField.ENVIRONMENT }, educationStaff).catch((caught: unknown) => caught))).toEqual([
      { field: 'departmentId', code: 'FORBIDDEN' },
    ]);
  });
});
