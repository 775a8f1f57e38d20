import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Yen } from '@tsunagaru/shared-kernel';
import { YenType } from '@tsunagaru/shared-persistence';

/** 実績: what a collaboration project did in one fiscal year, as published with the city's list of projects (6(3)ア). */
@Entity({ tableName: 'agreement_result' })
export class AgreementResult {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  agreementId!: string;

  @Property({ type: 'integer' })
  fiscalYear!: number;

  @Property({ type: 'text' })
  summary!: string;

  /** 参加者数, when counted. */
  @Property({ type: 'integer', nullable: true })
  participants!: number | null;

  /** 市の支出 in yen. */
  @Property({ type: YenType })
  cityExpenditure!: Yen;

  /** 団体の支出 in yen. */
  @Property({ type: YenType })
  groupExpenditure!: Yen;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  recordedAt!: Date;

  @Property({ type: 'text' })
  recordedBy!: string;
}
