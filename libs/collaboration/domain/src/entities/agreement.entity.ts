import { ArrayType, Entity, Enum, Formula, PrimaryKey, Property } from '@mikro-orm/core';
import { ActivityField } from '@tsunagaru/shared-kernel';
import { AgreementOrigin, AgreementStatus } from './collaboration-enums';
import { secretariatFormula } from './secretariat-formula';

/**
 * 協定 / 協働事業: a collaboration project as agreed between the city and its partners on
 * the four principles of 5(2): shared purpose, roles and responsibilities, shared risks and
 * a budget split, each version kept (agreement_version). Its parties are the responsible
 * department, one or more groups and optionally an intermediary. Projects that did not come
 * from a proposal (a department's own, commissions) are agreements too, with their origin.
 */
@Entity({ tableName: 'agreement' })
export class Agreement {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Enum({ items: () => AgreementOrigin, type: 'text' })
  origin!: AgreementOrigin;

  /** The adopted proposal it came from; set exactly when origin is MUTUAL_PROPOSAL. */
  @Property({ type: 'uuid', nullable: true })
  proposalId!: string | null;

  @Property({ type: 'text' })
  title!: string;

  /** 担当課 (directory's Department id): a party, and the one that starts and closes the project. */
  @Property({ type: 'uuid' })
  departmentId!: string;

  /** The groups that are parties (directory's Group ids), in the agreement's order. */
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  groupIds!: string[];

  /** An intermediary (中間支援組織) supporting as a party, if any. */
  @Property({ type: 'uuid', nullable: true })
  intermediaryId!: string | null;

  @Enum({ items: () => ActivityField, type: 'text' })
  activityField!: ActivityField;

  @Enum({ items: () => AgreementStatus, type: 'text' })
  status!: AgreementStatus;

  /** The current version; a revision names it and makes the next one. */
  @Property({ type: 'integer' })
  version!: number;

  /** 協定期間 of the current version, kept here for lists by period. */
  @Property({ type: 'string', columnType: 'date' })
  startsOn!: string;

  @Property({ type: 'string', columnType: 'date' })
  endsOn!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'text' })
  createdBy!: string;

  /** When every party had signed. */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  activatedAt!: Date | null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  startedAt!: Date | null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  /** The programme secretariat's department, read along with the row (see secretariat-formula.ts). */
  @Formula(secretariatFormula, { type: 'uuid', nullable: true })
  secretariatDepartmentId!: string | null;
}
