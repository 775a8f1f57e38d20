import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { EvaluationCriterion, EvaluationOutcome, EvaluationView } from './collaboration-enums';

/**
 * 評価・検証: one view's evaluation of a project for a fiscal year, or its final one. Private to
 * the parties, secretariat staff and reviewers until published; published, it is public and
 * the database refuses any change to it or its scores.
 */
@Entity({ tableName: 'evaluation' })
export class Evaluation {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  agreementId!: string;

  @Enum({ items: () => EvaluationView, type: 'text' })
  view!: EvaluationView;

  /** The group whose view it is; set exactly for the GROUP view. */
  @Property({ type: 'uuid', nullable: true })
  evaluatorGroupId!: string | null;

  @Property({ type: 'integer' })
  fiscalYear!: number;

  /** 事業終了時の評価 rather than a yearly one. */
  @Property({ type: 'boolean' })
  final!: boolean;

  @Enum({ items: () => EvaluationOutcome, type: 'text' })
  outcome!: EvaluationOutcome;

  @Property({ type: 'text' })
  summary!: string;

  /** Grows with every replacement before publication. */
  @Property({ type: 'integer' })
  revision!: number;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  submittedAt!: Date;

  @Property({ type: 'text' })
  submittedBy!: string;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Property({ type: 'text', nullable: true })
  publishedBy!: string | null;
}

/** 評価点: a score of 1–5 with a comment, for one criterion of one evaluation. */
@Entity({ tableName: 'evaluation_score' })
export class EvaluationScore {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  evaluationId!: string;

  @Enum({ items: () => EvaluationCriterion, type: 'text' })
  criterion!: EvaluationCriterion;

  @Property({ type: 'smallint' })
  score!: number;

  @Property({ type: 'text' })
  comment!: string;
}
