import { ArrayType, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Agreement } from './agreement.entity';

/** 協定の版: the terms of one version of an agreement, with who changed what. Never changed once written. */
@Entity({ tableName: 'agreement_version' })
export class AgreementVersion {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Agreement, { fieldName: 'agreement_id' })
  agreement!: Agreement;

  @Property({ type: 'integer' })
  version!: number;

  /** The version this revision was based on; null for the first. */
  @Property({ type: 'integer', nullable: true })
  basedOnVersion!: number | null;

  /** 目的: the purpose the parties share (目的共有). */
  @Property({ type: 'text' })
  purpose!: string;

  /** リスクの分担: how risks are shared. */
  @Property({ type: 'text' })
  riskSharing!: string;

  /** 成果物 */
  @Property({ type: 'text' })
  deliverables!: string;

  @Property({ type: 'string', columnType: 'date' })
  startsOn!: string;

  @Property({ type: 'string', columnType: 'date' })
  endsOn!: string;

  /** What the author said the revision changes. */
  @Property({ type: 'text' })
  changeSummary!: string;

  /** The terms that differ from the version before (purpose, roles, budget, …). */
  @Property({ type: ArrayType, columnType: 'text[]' })
  changedFields!: string[];

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'text', nullable: true })
  createdByName!: string | null;
}
