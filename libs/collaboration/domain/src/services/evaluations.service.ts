import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  allows,
  ConflictError,
  fiscalYearOf,
  isUuid,
  requirePrincipal,
  type Principal,
  authorizeOrRefuse,
  IssueCollector,
  refuse,
} from '@tsunagaru/shared-kernel';
import { hasSqlState, keysetOrder, SqlState, sql } from '@tsunagaru/shared-persistence';
import { Agreement, AgreementPartyKind, AgreementStatus, Evaluation, EvaluationCriterion, EvaluationOutcome, EvaluationView } from '../entities';
import { agreementSubjectOf, evaluationPolicies, partiesRepresentedBy } from '../policies';
import { Agreements } from './agreements.service';

export interface EvaluationScoreInput {
  criterion: EvaluationCriterion;
  score: number;
  comment?: string | null;
}

export interface SubmitEvaluationInput {
  agreementId: string;
  view: EvaluationView;
  fiscalYear: number;
  /** 事業終了時の評価 rather than the yearly one. */
  final: boolean;
  scores: EvaluationScoreInput[];
  outcome: EvaluationOutcome;
  summary?: string | null;
  /** GROUP view: the party group whose view it is; defaults to the one group the caller acts for. */
  evaluatorGroupId?: string | null;
  /** Replacing an unpublished evaluation: the revision read. A replacement in between is a CONFLICT. */
  expectedRevision?: number | null;
}

/** Latest fiscal year first; the final one before the yearly one of the same year; then id. */
export const EVALUATIONS_NEWEST_FIRST = keysetOrder<Evaluation>(
  { sql: 'fiscal_year', type: 'int', direction: 'desc', of: (evaluation) => evaluation.fiscalYear },
  { sql: (alias) => `(case when ${alias}.final then 1 else 0 end)`, type: 'int', direction: 'desc', of: (evaluation) => (evaluation.final ? 1 : 0) },
  { sql: 'id', type: 'uuid', direction: 'desc', of: (evaluation) => evaluation.id },
);

const CRITERIA = Object.values(EvaluationCriterion);

/**
 * 評価・検証 (5(2)エ, 6(7)エ): each fiscal year and at the end, the department, each party group
 * and a third party evaluate the project on five criteria, scored 1–5 with a comment, and say
 * what should come next. Unpublished, an evaluation may be replaced (on the revision read);
 * published, it is public and immutable, in the database too.
 */
export class Evaluations {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async submit(input: SubmitEvaluationInput, caller: Principal | null): Promise<Evaluation> {
    const principal = requirePrincipal(caller);
    const agreement = await new Agreements(this.em, this.now).byId(input.agreementId);
    const subject = agreementSubjectOf(agreement);
    const issues = new IssueCollector();
    if (!Object.values(EvaluationView).includes(input.view)) {
      issues.add('view', 'INVALID_VALUE', 'view is not an evaluation view.');
      issues.throwIfAny();
    }
    const evaluatorGroupId = input.view === EvaluationView.GROUP ? this.evaluatorGroup(input, principal, agreement, issues) : null;
    if (input.view !== EvaluationView.GROUP && input.evaluatorGroupId != null) {
      issues.add('evaluatorGroupId', 'NOT_APPLICABLE', 'Only the group view names its group.');
    }
    issues.throwIfAny();
    authorizeOrRefuse(evaluationPolicies.submit, principal, { agreement: subject, view: input.view, evaluatorGroupId }, 'view');
    if (agreement.status !== AgreementStatus.IN_PROGRESS) {
      throw refuse('agreementId', 'INVALID_STATE', `Evaluations are written while the project runs; this agreement is ${agreement.status}.`);
    }
    this.validate(input, agreement, issues);
    issues.throwIfAny();

    const existing = await this.em.fork().findOne(Evaluation, {
      agreementId: agreement.id,
      view: input.view,
      evaluatorGroupId,
      fiscalYear: input.fiscalYear,
      final: input.final,
    });
    if (existing?.publishedAt) throw refuse('agreementId', 'ALREADY_PUBLISHED', 'This evaluation is published and can no longer change.');
    if (existing && input.expectedRevision != null && input.expectedRevision !== existing.revision) {
      throw new ConflictError(`The evaluation is at revision ${existing.revision}, not ${input.expectedRevision}: someone replaced it meanwhile.`);
    }
    const at = this.now();
    const id = existing?.id ?? randomUUID();
    try {
      await this.em.transactional(async (em) => {
        if (existing) {
          // Replaces what the submitter read, only while still unpublished and unreplaced.
          const replaced = await sql(
            em,
            `update evaluation set outcome = ?, summary = ?, revision = revision + 1, submitted_at = ?, submitted_by = ?
              where id = ? and published_at is null and revision = ? returning id`,
            [input.outcome, input.summary?.trim() ?? '', at, principal.subject, existing.id, existing.revision],
          );
          if (replaced.length === 0) throw new ConflictError('The evaluation was replaced or published meanwhile.');
          await sql(em, 'delete from evaluation_score where evaluation_id = ?', [existing.id]);
        } else {
          // The unique index (agreement, view, group, year, final) lets one of two first submissions in.
          await sql(
            em,
            `insert into evaluation (id, agreement_id, view, evaluator_group_id, fiscal_year, final, outcome, summary, revision, submitted_at, submitted_by)
             values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
            [id, agreement.id, input.view, evaluatorGroupId, input.fiscalYear, input.final, input.outcome, input.summary?.trim() ?? '', at, principal.subject],
          );
        }
        await sql(
          em,
          `insert into evaluation_score (id, evaluation_id, criterion, score, comment) values ${input.scores.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
          input.scores.flatMap((score) => [randomUUID(), id, score.criterion, score.score, score.comment?.trim() ?? '']),
        );
      });
    } catch (error) {
      if (hasSqlState(error, SqlState.UNIQUE_VIOLATION)) throw new ConflictError('This evaluation was submitted by someone else meanwhile.');
      throw error;
    }
    return (await this.em.fork().findOne(Evaluation, { id }))!;
  }

  /** 公表: the evaluator or the secretariat publishes; from then on it is public and immutable. */
  async publish(evaluationId: string, caller: Principal | null): Promise<Evaluation> {
    const principal = requirePrincipal(caller);
    const evaluation = isUuid(evaluationId) ? await this.em.fork().findOne(Evaluation, { id: evaluationId }) : null;
    const agreement = evaluation ? await this.em.fork().findOne(Agreement, { id: evaluation.agreementId }) : null;
    if (!evaluation || !agreement) throw refuse('evaluationId', 'NOT_FOUND', 'No evaluation has this id.');
    const subject = agreementSubjectOf(agreement);
    if (!evaluation.publishedAt && !allows(evaluationPolicies.readUnpublished, principal, subject)) throw refuse('evaluationId', 'NOT_FOUND', 'No evaluation has this id.');
    authorizeOrRefuse(evaluationPolicies.publish, principal, { agreement: subject, view: evaluation.view, evaluatorGroupId: evaluation.evaluatorGroupId }, 'evaluationId');
    if (evaluation.publishedAt) throw refuse('evaluationId', 'ALREADY_PUBLISHED', 'This evaluation is published already.');
    const published = await sql(
      this.em,
      `update evaluation set published_at = ?, published_by = ?
        where id = ? and published_at is null and (select count(*) from evaluation_score s where s.evaluation_id = evaluation.id) = ?
        returning id`,
      [this.now(), principal.subject, evaluation.id, CRITERIA.length],
    );
    if (published.length === 0) throw new ConflictError(`Evaluation ${evaluation.id} was published or replaced meanwhile.`);
    return (await this.em.fork().findOne(Evaluation, { id: evaluation.id }))!;
  }

  private evaluatorGroup(input: SubmitEvaluationInput, principal: Principal, agreement: Agreement, issues: IssueCollector): string | null {
    if (input.evaluatorGroupId != null) {
      if (!isUuid(input.evaluatorGroupId) || !agreement.groupIds.includes(input.evaluatorGroupId)) {
        issues.add('evaluatorGroupId', 'NOT_A_PARTY', 'evaluatorGroupId names no group that is a party.');
        return null;
      }
      return input.evaluatorGroupId;
    }
    const represented = partiesRepresentedBy(principal, agreementSubjectOf(agreement)).filter((party) => party.kind === AgreementPartyKind.GROUP);
    if (represented.length === 1) return represented[0].id;
    // No party group of theirs: the policy refuses below; several: they must say which.
    if (represented.length === 0) return agreement.groupIds[0];
    issues.add('evaluatorGroupId', 'REQUIRED', 'You act for several party groups: name the one whose view this is.');
    return null;
  }

  private validate(input: SubmitEvaluationInput, agreement: Agreement, issues: IssueCollector): void {
    const firstYear = fiscalYearOf(agreement.startsOn);
    const lastYear = Math.min(fiscalYearOf(agreement.endsOn), fiscalYearOf(this.now()));
    if (!Number.isInteger(input.fiscalYear) || input.fiscalYear < firstYear || input.fiscalYear > Math.max(lastYear, firstYear)) {
      issues.add('fiscalYear', 'OUT_OF_RANGE', `fiscalYear must fall in the project's period (FY${firstYear}–FY${Math.max(lastYear, firstYear)}).`);
    }
    if (!Object.values(EvaluationOutcome).includes(input.outcome)) issues.add('outcome', 'INVALID_VALUE', 'outcome is not an outcome.');
    issues.text('summary', input.summary, 4000, false);
    const scores = input.scores ?? [];
    const criteria = scores.map((score) => score.criterion);
    if (new Set(criteria).size !== scores.length || CRITERIA.some((criterion) => !criteria.includes(criterion)) || scores.length !== CRITERIA.length) {
      issues.add('scores', 'EVERY_CRITERION_ONCE', `Score each criterion once: ${CRITERIA.join(', ')}.`);
    }
    scores.forEach((score, index) => {
      if (!Number.isInteger(score.score) || score.score < 1 || score.score > 5) issues.add(['scores', String(index), 'score'], 'OUT_OF_RANGE', 'A score is a whole number from 1 to 5.');
      if ((score.comment ?? '').length > 2000) issues.add(['scores', String(index), 'comment'], 'TOO_LONG', 'A comment is at most 2000 characters.');
    });
  }
}
