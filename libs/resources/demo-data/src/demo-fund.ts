import { deterministicUuid } from '@tsunagaru/shared-kernel';
import { addDays, demoDepartmentId, demoGroupId, intBetween, pick, seededRandom } from '@tsunagaru/shared-demo-data';

/**
 * Demo donations to the civic activity fund (市民活動支援基金, guideline 6 (2) ア) for
 * FY2019–FY2020, across all four channels: hometown-tax donations (ふるさと寄附金) are the
 * largest share, the donation vending machines bring small monthly sums, and a few donors
 * give directly, some earmarked for a field or designated to a group.
 */

export type DemoDonationChannel = 'DIRECT' | 'FURUSATO_NOZEI' | 'VENDING_MACHINE' | 'OTHER';

export interface DemoDonation {
  id: string;
  idempotencyKey: string;
  amountYen: number;
  channel: DemoDonationChannel;
  receivedOn: string;
  earmarkField: string | null;
  designatedGroupId: string | null;
  donorName: string | null;
  donorContact: string | null;
  consentToPublicName: boolean;
  publicDisplayName: string | null;
  transactionId: string;
}

/** The department that keeps the fund: 地域のつながり推進課. */
export const DEMO_FUND_SECRETARIAT_DEPARTMENT_ID = demoDepartmentId('community-connection');

const DONORS = ['鎌倉 花子', '由比 一郎', '長谷 和子', '大町 誠', '小町 幸子', '山崎 健', '梶原 真理', '岡本 次郎', '津 美和', '西鎌倉 聡'];
const COMPANIES = ['湘南モノづくり株式会社', '鎌倉みらい信用金庫', '七里ガ浜ベース株式会社'];
const FIELDS = ['HEALTH_MEDICAL_WELFARE', 'CHILD_DEVELOPMENT', 'ENVIRONMENT', 'COMMUNITY_SAFETY', 'CULTURE_ARTS_SPORTS'];
const SEED = 20190402;

export function buildDemoDonations(): DemoDonation[] {
  const random = seededRandom(SEED);
  const drafts: Array<Omit<DemoDonation, 'id' | 'idempotencyKey' | 'transactionId'>> = [];
  for (const fiscalYear of [2019, 2020]) {
    const start = `${fiscalYear}-04-01`;
    // Vending machines: one collection a month.
    for (let month = 0; month < 12; month++) {
      drafts.push(anonymous('VENDING_MACHINE', addDays(start, month * 30 + 25), 3000 + 500 * intBetween(random, 0, 12)));
    }
    // ふるさと寄附金: many, 5,000 to 100,000 yen, most in the autumn and in December.
    for (let n = 0; n < 30; n++) {
      const day = random() < 0.4 ? intBetween(random, 244, 273) : intBetween(random, 0, 360);
      const donor = pick(random, DONORS);
      const consent = random() < 0.3;
      drafts.push({
        channel: 'FURUSATO_NOZEI',
        receivedOn: addDays(start, day),
        amountYen: pick(random, [5000, 10000, 10000, 20000, 30000, 50000, 100000]),
        earmarkField: random() < 0.3 ? pick(random, FIELDS) : null,
        designatedGroupId: null,
        donorName: donor,
        donorContact: `${donor.replace(' ', '')}@example.jp`,
        consentToPublicName: consent,
        publicDisplayName: consent ? donor : null,
      });
    }
    // Direct donations, a few designated to a group (団体指定).
    for (let n = 0; n < 8; n++) {
      const company = random() < 0.3;
      const donor = company ? pick(random, COMPANIES) : pick(random, DONORS);
      drafts.push({
        channel: 'DIRECT',
        receivedOn: addDays(start, intBetween(random, 0, 360)),
        amountYen: company ? 100000 * intBetween(random, 1, 5) : 1000 * intBetween(random, 3, 50),
        earmarkField: null,
        designatedGroupId: n % 3 === 0 ? demoGroupId(intBetween(random, 0, 60)) : null,
        donorName: donor,
        donorContact: company ? '0467-00-0000' : null,
        consentToPublicName: company,
        publicDisplayName: company ? donor : null,
      });
    }
    // Other: proceeds of charity events handed over by organisers.
    for (let n = 0; n < 3; n++) {
      drafts.push({ ...anonymous('OTHER', addDays(start, intBetween(random, 30, 330)), 10000 * intBetween(random, 2, 8)), donorName: 'チャリティーイベント実行委員会' });
    }
  }
  drafts.sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.channel.localeCompare(b.channel) || a.amountYen - b.amountYen);
  return drafts.map((draft, n) => ({
    ...draft,
    id: deterministicUuid('donation', String(n)),
    idempotencyKey: `demo-${draft.receivedOn}-${n}`,
    transactionId: deterministicUuid('ledger-transaction', `donation-${n}`),
  }));
}

function anonymous(channel: DemoDonationChannel, receivedOn: string, amountYen: number): Omit<DemoDonation, 'id' | 'idempotencyKey' | 'transactionId'> {
  return {
    channel,
    receivedOn,
    amountYen,
    earmarkField: null,
    designatedGroupId: null,
    donorName: null,
    donorContact: null,
    consentToPublicName: false,
    publicDisplayName: null,
  };
}
