import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import type { ActivityField, SignedYen, Yen } from '@tsunagaru/shared-kernel';
import { SignedYenType, YenType } from '@tsunagaru/shared-persistence';

/** 寄附の経路: how a donation reached the fund. Names fixed by contract. */
export enum DonationChannel {
  /** 直接の寄附 */
  DIRECT = 'DIRECT',
  /** ふるさと寄附金 */
  FURUSATO_NOZEI = 'FURUSATO_NOZEI',
  /** 寄附型自動販売機 */
  VENDING_MACHINE = 'VENDING_MACHINE',
  /** その他 */
  OTHER = 'OTHER',
}

export const DONATION_CHANNEL_LABELS: Record<DonationChannel, string> = {
  DIRECT: '直接の寄附',
  FURUSATO_NOZEI: 'ふるさと寄附金',
  VENDING_MACHINE: '寄附型自動販売機',
  OTHER: 'その他',
};

/** The fund's accounts. FUND_CASH is the money the fund holds; income and expense mirror it. */
export enum LedgerAccount {
  FUND_CASH = 'FUND_CASH',
  DONATION_INCOME = 'DONATION_INCOME',
  GRANT_EXPENSE = 'GRANT_EXPENSE',
}

export enum LedgerTransactionKind {
  DONATION = 'DONATION',
  GRANT_PAYMENT = 'GRANT_PAYMENT',
}

/** 事務局: the department that keeps the fund (one row; set per deployment). */
@Entity({ tableName: 'fund_office' })
export class FundOffice {
  @PrimaryKey({ type: 'boolean' })
  singleton!: boolean;

  @Property({ type: 'uuid' })
  secretariatDepartmentId!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'text', nullable: true })
  updatedBy!: string | null;
}

/** 寄附: one donation to the civic activity fund; its money moves in the ledger. */
@Entity({ tableName: 'donation' })
export class Donation {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  /** SHA-256 of what was asked, so a reused key with other content is told apart. */
  @Property({ type: 'text' })
  requestHash!: string;

  @Property({ type: YenType })
  amountYen!: Yen;

  @Enum({ items: () => DonationChannel, type: 'text' })
  channel!: DonationChannel;

  @Property({ type: 'string', columnType: 'date' })
  receivedOn!: string;

  /** 分野指定: earmarked for an activity field. */
  @Property({ type: 'text', nullable: true })
  earmarkField!: ActivityField | null;

  /** 団体指定: designated to a group (a directory group id). */
  @Property({ type: 'uuid', nullable: true })
  designatedGroupId!: string | null;

  /** Donor identity: the secretariat's staff only. */
  @Property({ type: 'text', nullable: true })
  donorName!: string | null;

  @Property({ type: 'text', nullable: true })
  donorContact!: string | null;

  @Property({ type: 'boolean' })
  consentToPublicName!: boolean;

  /** Shown publicly only when the donor consented (the database refuses it otherwise). */
  @Property({ type: 'text', nullable: true })
  publicDisplayName!: string | null;

  @Property({ type: 'text', nullable: true })
  recordedBy!: string | null;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;
}

@Entity({ tableName: 'ledger_transaction' })
export class LedgerTransaction {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Enum({ items: () => LedgerTransactionKind, type: 'text' })
  kind!: LedgerTransactionKind;

  @Property({ type: 'string', columnType: 'date' })
  bookedOn!: string;

  @Property({ type: 'integer', persist: false })
  fiscalYear?: number;

  @Property({ type: 'text' })
  memo!: string;

  @Property({ type: 'uuid', nullable: true })
  donationId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  grantAwardId!: string | null;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'text', nullable: true })
  createdBy!: string | null;
}

@Entity({ tableName: 'ledger_line' })
export class LedgerLine {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  transactionId!: string;

  @Enum({ items: () => LedgerAccount, type: 'text' })
  account!: LedgerAccount;

  @Property({ type: SignedYenType })
  amountYen!: SignedYen;
}
