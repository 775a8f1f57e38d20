import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  authorize,
  fiscalYearFirstDay,
  fiscalYearLastDay,
  isUuid,
  signedYenFromDecimalText,
  todayInJapan,
  ValidationFailedError,
  type ActivityField,
  type FieldIssue,
  type Principal,
  type SignedYen,
  type Yen,
  refuse,
} from '@tsunagaru/shared-kernel';
import { keysetOrder, findPage, type Page, type PageRequest, sql } from '@tsunagaru/shared-persistence';
import { Donation, DonationChannel, FundOffice } from '../entities';
import { fundPolicies } from '../policies';
import type { GroupExists } from './venue-bookings.service';

export interface RecordDonationInput {
  idempotencyKey: string;
  amountYen: Yen;
  channel: DonationChannel;
  /** Day the money arrived; today (Japan time) when not given. */
  receivedOn?: string | null;
  earmarkField?: ActivityField | null;
  designatedGroupId?: string | null;
  donorName?: string | null;
  donorContact?: string | null;
  consentToPublicName?: boolean | null;
  publicDisplayName?: string | null;
}

export interface RecordedDonation {
  donation: Donation;
  /** True when the key was seen before with the same content: the first result, nothing booked. */
  replayed: boolean;
}

export interface ChannelTotal {
  channel: DonationChannel;
  amountYen: SignedYen;
  count: number;
}

export interface ProgramDisbursement {
  programId: string;
  amountYen: SignedYen;
  count: number;
}

/** At most this many programmes are listed in a statement's disbursements (a year has a handful). */
export const MAX_STATEMENT_PROGRAMS = 100;

export interface FundStatement {
  fiscalYear: number;
  openingBalanceYen: SignedYen;
  donationsYen: SignedYen;
  disbursementsYen: SignedYen;
  closingBalanceYen: SignedYen;
  donationsByChannel: ChannelTotal[];
  /** Disbursements by programme, largest first. */
  disbursementsByProgram: ProgramDisbursement[];
}

/** Donations, latest first. */
export const DONATIONS_NEWEST_FIRST = keysetOrder<Donation>(
  { sql: 'received_on', type: 'date', direction: 'desc', of: (donation) => donation.receivedOn },
  { sql: 'id', type: 'uuid', direction: 'desc', of: (donation) => donation.id },
);

const MAX_KEY_LENGTH = 200;

/** The content a key stands for, in a fixed order: its hash tells a retry from a different request. */
export function donationRequestHash(input: RecordDonationInput, receivedOn: string): string {
  const canonical = JSON.stringify([
    input.amountYen,
    input.channel,
    receivedOn,
    input.earmarkField ?? null,
    input.designatedGroupId ?? null,
    input.donorName?.trim() || null,
    input.donorContact?.trim() || null,
    Boolean(input.consentToPublicName),
    input.publicDisplayName?.trim() || null,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Checks a donation before anything is written; every problem at once. */
export function checkDonation(input: RecordDonationInput, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: string, code: string, message: string) => issues.push({ field: [field], code, message });
  const key = input.idempotencyKey ?? '';
  if (key.trim().length === 0) add('idempotencyKey', 'REQUIRED', 'idempotencyKey must not be blank.');
  else if (key.length > MAX_KEY_LENGTH) add('idempotencyKey', 'TOO_LONG', `idempotencyKey must be at most ${MAX_KEY_LENGTH} characters.`);
  if (!Number.isSafeInteger(input.amountYen) || input.amountYen <= 0) add('amountYen', 'OUT_OF_RANGE', 'amountYen must be at least 1 yen.');
  if (input.receivedOn && input.receivedOn > today) add('receivedOn', 'IN_FUTURE', 'receivedOn must not be after today.');
  if (input.designatedGroupId && !isUuid(input.designatedGroupId)) add('designatedGroupId', 'INVALID_FORMAT', 'designatedGroupId is not a group id.');
  if (input.designatedGroupId && input.earmarkField) add('earmarkField', 'EXCLUSIVE', 'A donation is earmarked for a field or designated to a group, not both.');
  if ((input.donorName ?? '').length > 200) add('donorName', 'TOO_LONG', 'donorName must be at most 200 characters.');
  if ((input.donorContact ?? '').length > 400) add('donorContact', 'TOO_LONG', 'donorContact must be at most 400 characters.');
  const display = input.publicDisplayName?.trim();
  if (display && !input.consentToPublicName) add('publicDisplayName', 'CONSENT_REQUIRED', 'A public display name needs the donor\'s consent (consentToPublicName).');
  if (input.consentToPublicName && !display) add('publicDisplayName', 'REQUIRED', 'Give the name the donor agreed to show.');
  if ((display ?? '').length > 100) add('publicDisplayName', 'TOO_LONG', 'publicDisplayName must be at most 100 characters.');
  return issues;
}

/**
 * 市民活動支援基金: donations in, the ledger, the yearly statement. Every movement is a
 * balanced ledger transaction written in the same database transaction as the record it
 * books; balances are sums of ledger lines.
 */
export class CivicFund {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async secretariatDepartmentId(): Promise<string | null> {
    const office = await this.em.findOne(FundOffice, { singleton: true });
    return office?.secretariatDepartmentId ?? null;
  }

  /**
   * Records a donation under its idempotency key, in one database transaction: the donation row
   * goes in with ON CONFLICT DO NOTHING (a concurrent twin waits for the first to commit), and only
   * the caller whose row went in books the ledger. Then the stored row is read: the same content
   * returns it (replayed), other content under the same key is the user error IDEMPOTENCY_KEY_REUSED.
   */
  async recordDonation(input: RecordDonationInput, caller: Principal | null, groupExists?: GroupExists): Promise<RecordedDonation> {
    const secretariatDepartmentId = await this.secretariatDepartmentId();
    const principal = authorize(fundPolicies.recordDonation, caller, { secretariatDepartmentId });
    const today = todayInJapan(this.clock());
    const issues = checkDonation(input, today);
    if (issues.length > 0) throw new ValidationFailedError(issues);
    // Groups live in the directory: a donation designated to a group it does not know is refused.
    if (input.designatedGroupId && groupExists && !(await groupExists(input.designatedGroupId))) {
      throw refuse('designatedGroupId', 'UNKNOWN_GROUP', 'No such group.');
    }
    const receivedOn = input.receivedOn ?? today;
    const hash = donationRequestHash(input, receivedOn);
    const consent = Boolean(input.consentToPublicName);

    return this.em.transactional(async (tx) => {
      const id = randomUUID();
      const inserted = await sql<{ id: string }>(
        tx,
        `insert into donation (id, idempotency_key, request_hash, amount_yen, channel, received_on, earmark_field, designated_group_id,
                               donor_name, donor_contact, consent_to_public_name, public_display_name, recorded_by, created_at)
         values (?, ?, ?, ?, ?, ?::date, ?, ?, ?, ?, ?, ?, ?, now())
         on conflict (idempotency_key) do nothing
         returning id`,
        [
          id,
          input.idempotencyKey,
          hash,
          input.amountYen,
          input.channel,
          receivedOn,
          input.earmarkField ?? null,
          input.designatedGroupId ?? null,
          input.donorName?.trim() || null,
          input.donorContact?.trim() || null,
          consent,
          consent ? input.publicDisplayName!.trim() : null,
          principal.subject,
        ],
      );
      if (inserted.length === 1) {
        const transactionId = randomUUID();
        await sql(
          tx,
          `insert into ledger_transaction (id, kind, booked_on, memo, donation_id, created_by) values (?, 'DONATION', ?::date, ?, ?, ?)`,
          [transactionId, receivedOn, `寄附 (${input.channel})`, id, principal.subject],
        );
        await sql(
          tx,
          `insert into ledger_line (id, transaction_id, account, amount_yen) values (?, ?, 'FUND_CASH', ?), (?, ?, 'DONATION_INCOME', ?)`,
          [randomUUID(), transactionId, input.amountYen, randomUUID(), transactionId, -input.amountYen],
        );
      }
      const [row] = await sql<Record<string, unknown>>(tx, 'select * from donation where idempotency_key = ?', [input.idempotencyKey]);
      const donation = tx.map(Donation, row as never);
      if (donation.requestHash !== hash) {
        throw refuse('idempotencyKey', 'IDEMPOTENCY_KEY_REUSED', 'This idempotencyKey was used for a different donation; use a new key.');
      }
      return { donation, replayed: inserted.length === 0 };
    });
  }

  /** The fund's balance now: the sum of its FUND_CASH lines. */
  async balance(): Promise<SignedYen> {
    const [row] = await sql<{ total: string }>(this.em, `select coalesce(sum(amount_yen), 0)::text as total from ledger_line where account = 'FUND_CASH'`);
    return signedYenFromDecimalText(row.total);
  }

  /**
   * 基金の収支 for a fiscal year, from the ledger alone: opening and closing balances are the sums of
   * FUND_CASH lines before and through the year; donations and disbursements the year's income and
   * expense lines. Since every FUND_CASH line is balanced by one of them, opening + donations −
   * disbursements = closing by construction.
   */
  async statement(fiscalYear: number): Promise<FundStatement> {
    if (!Number.isInteger(fiscalYear) || fiscalYear < 1989 || fiscalYear > 2200) {
      throw refuse('fiscalYear', 'OUT_OF_RANGE', 'fiscalYear must be a year such as 2019.');
    }
    const first = fiscalYearFirstDay(fiscalYear);
    const last = fiscalYearLastDay(fiscalYear);
    const [totals] = await sql<Record<string, string>>(
      this.em,
      `select
         coalesce(sum(l.amount_yen) filter (where l.account = 'FUND_CASH' and t.booked_on < ?::date), 0)::text as opening,
         coalesce(-sum(l.amount_yen) filter (where l.account = 'DONATION_INCOME' and t.booked_on between ?::date and ?::date), 0)::text as donations,
         coalesce(sum(l.amount_yen) filter (where l.account = 'GRANT_EXPENSE' and t.booked_on between ?::date and ?::date), 0)::text as disbursements,
         coalesce(sum(l.amount_yen) filter (where l.account = 'FUND_CASH' and t.booked_on <= ?::date), 0)::text as closing
       from ledger_line l join ledger_transaction t on t.id = l.transaction_id`,
      [first, first, last, first, last, last],
    );
    const channels = await sql<{ channel: DonationChannel; total: string; count: number }>(
      this.em,
      `select d.channel, sum(d.amount_yen)::text as total, count(*)::int as count
         from donation d join ledger_transaction t on t.donation_id = d.id
        where t.booked_on between ?::date and ?::date
        group by d.channel`,
      [first, last],
    );
    const byChannel = new Map(channels.map((row) => [row.channel, row]));
    const programs = await sql<{ program_id: string; total: string; count: number }>(
      this.em,
      `select a.program_id, sum(a.amount_yen)::text as total, count(*)::int as count
         from ledger_transaction t join grant_award a on a.id = t.grant_award_id
        where t.kind = 'GRANT_PAYMENT' and t.booked_on between ?::date and ?::date
        group by a.program_id order by sum(a.amount_yen) desc, a.program_id limit ?`,
      [first, last, MAX_STATEMENT_PROGRAMS],
    );
    return {
      fiscalYear,
      openingBalanceYen: signedYenFromDecimalText(totals.opening),
      donationsYen: signedYenFromDecimalText(totals.donations),
      disbursementsYen: signedYenFromDecimalText(totals.disbursements),
      closingBalanceYen: signedYenFromDecimalText(totals.closing),
      donationsByChannel: Object.values(DonationChannel).map((channel) => ({
        channel,
        amountYen: signedYenFromDecimalText(byChannel.get(channel)?.total ?? '0'),
        count: byChannel.get(channel)?.count ?? 0,
      })),
      disbursementsByProgram: programs.map((row) => ({ programId: row.program_id, amountYen: signedYenFromDecimalText(row.total), count: row.count })),
    };
  }

  /** Donations, latest first, of one fiscal year or all. */
  async donations(fiscalYear: number | null, page: PageRequest<Donation>): Promise<Page<Donation>> {
    const where = fiscalYear === null ? {} : { receivedOn: { $gte: fiscalYearFirstDay(fiscalYear), $lte: fiscalYearLastDay(fiscalYear) } };
    return findPage(this.em, Donation, where, page);
  }
}
