import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';

export enum EquipmentLoanStatus {
  LENT = 'LENT',
  RETURNED = 'RETURNED',
}

/** 貸出備品: lendable equipment and how many the city owns. */
@Entity({ tableName: 'equipment_item' })
export class EquipmentItem {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'integer' })
  quantityOwned!: number;

  /** Where it is kept and handed out. */
  @Property({ type: 'uuid', nullable: true })
  venueId!: string | null;
}

/** 貸出: a group borrows a quantity of an item for a period (days inclusive). */
@Entity({ tableName: 'equipment_loan' })
export class EquipmentLoan {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  itemId!: string;

  @Property({ type: 'uuid' })
  groupId!: string;

  @Property({ type: 'integer' })
  quantity!: number;

  @Property({ type: 'string', columnType: 'date' })
  startsOn!: string;

  @Property({ type: 'string', columnType: 'date' })
  endsOn!: string;

  @Enum({ items: () => EquipmentLoanStatus, type: 'text' })
  status!: EquipmentLoanStatus;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  returnedAt!: Date | null;

  @Property({ type: 'text', nullable: true })
  lentBy!: string | null;

  @Property({ type: 'text', nullable: true })
  returnedBy!: string | null;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;
}

/** 事故報告: a group's report of an accident during its activity (市民活動補償制度). */
@Entity({ tableName: 'accident_report' })
export class AccidentReport {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  groupId!: string;

  @Property({ type: 'string', columnType: 'date' })
  occurredOn!: string;

  @Property({ type: 'text' })
  activity!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'integer' })
  injuredCount!: number;

  @Property({ type: 'text', nullable: true })
  reportedBy!: string | null;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;
}
