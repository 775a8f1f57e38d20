import { District, deterministicUuid } from '@tsunagaru/shared-kernel';
import {
  DEMO_GROUP_COUNT,
  addDays,
  demoGroupId,
  intBetween,
  jstTimestamp,
  pick,
  pickWeightedIndex,
  seededRandom,
} from '@tsunagaru/shared-demo-data';

/**
 * Demo venues (活動の場) and a year of bookings for them. The guideline (6 (1)) asks the
 * city to open public meeting rooms and free spaces and to enlist private coworking
 * spaces and welfare facilities, so the demo covers all four kinds in all five districts.
 */

export type DemoVenueKind = 'PUBLIC_MEETING_ROOM' | 'FREE_SPACE' | 'PRIVATE_COWORKING' | 'WELFARE_FACILITY';

export interface DemoVenue {
  id: string;
  code: string;
  name: string;
  nameKana: string;
  kind: DemoVenueKind;
  district: District;
  address: string;
  capacity: number;
  description: string;
}

export interface DemoVenueBooking {
  id: string;
  venueId: string;
  groupId: string;
  /** ISO 8601 with the +09:00 offset, because the venues open and close on JST wall-clock time. */
  startsAt: string;
  endsAt: string;
  purpose: string;
  attendees: number;
}

interface VenueRow extends Omit<DemoVenue, 'id'> {
  /** Relative share of the year's bookings: the civic activity center rooms are the busiest. */
  bookingWeight: number;
}

// Addresses stop at the town (and chome) on purpose: this is demo data, not a facility register.
// The private venues are fictional; the public ones are the city's real facilities.
const VENUE_ROWS: readonly VenueRow[] = [
  {
    code: 'civic-center-kamakura-room',
    name: '鎌倉市市民活動センター 鎌倉センター 会議室',
    nameKana: 'カマクラシシミンカツドウセンター カマクラセンター カイギシツ',
    kind: 'PUBLIC_MEETING_ROOM',
    district: District.KAMAKURA,
    address: '神奈川県鎌倉市御成町',
    capacity: 30,
    description: '登録団体が予約して使える会議室。印刷機や貸出備品も併せて利用できる。',
    bookingWeight: 5,
  },
  {
    code: 'civic-center-ofuna-room',
    name: '鎌倉市市民活動センター 大船センター 会議室',
    nameKana: 'カマクラシシミンカツドウセンター オオフナセンター カイギシツ',
    kind: 'PUBLIC_MEETING_ROOM',
    district: District.OFUNA,
    address: '神奈川県鎌倉市大船',
    capacity: 24,
    description: '大船駅に近い市民活動センターの会議室。夜間の打合せにも使われる。',
    bookingWeight: 5,
  },
  {
    code: 'kamakura-lifelong-learning-center',
    name: '鎌倉生涯学習センター 集会室',
    nameKana: 'カマクラショウガイガクシュウセンター シュウカイシツ',
    kind: 'PUBLIC_MEETING_ROOM',
    district: District.KAMAKURA,
    address: '神奈川県鎌倉市小町1丁目',
    capacity: 60,
    description: '講座や発表会に使える広めの集会室。',
    bookingWeight: 4,
  },
  {
    code: 'koshigoe-learning-center',
    name: '腰越学習センター 講習室',
    nameKana: 'コシゴエガクシュウセンター コウシュウシツ',
    kind: 'PUBLIC_MEETING_ROOM',
    district: District.KOSHIGOE,
    address: '神奈川県鎌倉市腰越',
    capacity: 36,
    description: '腰越地域の団体がよく使う講習室。',
    bookingWeight: 3,
  },
  {
    code: 'fukasawa-learning-center',
    name: '深沢学習センター 講習室',
    nameKana: 'フカサワガクシュウセンター コウシュウシツ',
    kind: 'PUBLIC_MEETING_ROOM',
    district: District.FUKASAWA,
    address: '神奈川県鎌倉市常盤',
    capacity: 36,
    description: '深沢地域の学習・交流の拠点となる講習室。',
    bookingWeight: 3,
  },
  {
    code: 'tamanawa-learning-center',
    name: '玉縄学習センター 講習室',
    nameKana: 'タマナワガクシュウセンター コウシュウシツ',
    kind: 'PUBLIC_MEETING_ROOM',
    district: District.TAMANAWA,
    address: '神奈川県鎌倉市岡本',
    capacity: 40,
    description: '玉縄地域の団体が定例会や講座に使う講習室。',
    bookingWeight: 3,
  },
  {
    code: 'ofuna-learning-center',
    name: '大船学習センター 講習室',
    nameKana: 'オオフナガクシュウセンター コウシュウシツ',
    kind: 'PUBLIC_MEETING_ROOM',
    district: District.OFUNA,
    address: '神奈川県鎌倉市大船',
    capacity: 45,
    description: '大船地域の生涯学習施設の講習室。',
    bookingWeight: 3,
  },
  {
    code: 'shichirigahama-coworking',
    name: 'コワーキングスペース 七里ガ浜ベース',
    nameKana: 'コワーキングスペース シチリガハマベース',
    kind: 'PRIVATE_COWORKING',
    district: District.KOSHIGOE,
    address: '神奈川県鎌倉市七里ガ浜東',
    capacity: 12,
    description: '民間事業者が市との協力で市民活動団体に会議スペースを開放しているコワーキングスペース。',
    bookingWeight: 2,
  },
  {
    code: 'kajiwara-welfare-community-room',
    name: '特別養護老人ホーム かじわらの杜 地域交流室',
    nameKana: 'トクベツヨウゴロウジンホーム カジワラノモリ チイキコウリュウシツ',
    kind: 'WELFARE_FACILITY',
    district: District.FUKASAWA,
    address: '神奈川県鎌倉市梶原',
    capacity: 20,
    description: '福祉施設が地域に開いている交流室。福祉分野の団体の活動に使われる。',
    bookingWeight: 2,
  },
  {
    code: 'ofuna-nakadori-free-space',
    name: '大船仲通り商店街 まちかどフリースペース',
    nameKana: 'オオフナナカドオリショウテンガイ マチカドフリースペース',
    kind: 'FREE_SPACE',
    district: District.OFUNA,
    address: '神奈川県鎌倉市大船1丁目',
    capacity: 15,
    description: '商店街の空き店舗を活用した、予約して使えるフリースペース。',
    bookingWeight: 2,
  },
];

const BOOKING_PURPOSES: readonly string[] = [
  '定例会',
  '役員会',
  '総会',
  '勉強会',
  'イベントの準備打合せ',
  '講座の開催',
  'ワークショップ',
  '会報の編集作業',
  '子ども食堂の打合せ',
  '見守り活動の連絡会',
  '防災訓練の準備',
  '環境保全活動の報告会',
  '新規会員向け説明会',
  '他団体との交流会',
  '協働事業の打合せ',
];

const BOOKING_COUNT = 300;
/** No group books more often than this, so the demo load is spread across the directory. */
const MAX_BOOKINGS_PER_GROUP = 4;
const FY2019_START = '2019-04-01';
const DAYS_IN_FY2019 = 366; // 2020 is a leap year.
const OPENS_AT_MINUTES = 9 * 60;
const CLOSES_AT_MINUTES = 21 * 60 + 30;
const SEED = 20190401;

export function buildDemoVenues(): DemoVenue[] {
  return VENUE_ROWS.map((row) => ({
    id: deterministicUuid('venue', row.code),
    code: row.code,
    name: row.name,
    nameKana: row.nameKana,
    kind: row.kind,
    district: row.district,
    address: row.address,
    capacity: row.capacity,
    description: row.description,
  }));
}

export function buildDemoVenueBookings(): DemoVenueBooking[] {
  const random = seededRandom(SEED);
  const venues = buildDemoVenues();
  const weights = VENUE_ROWS.map((row) => row.bookingWeight);
  const bookingsPerGroup = new Array<number>(DEMO_GROUP_COUNT).fill(0);
  const taken = new Map<string, { start: number; end: number }[]>();
  const drafts: Omit<DemoVenueBooking, 'id'>[] = [];

  while (drafts.length < BOOKING_COUNT) {
    const venueIndex = pickWeightedIndex(random, weights);
    const venue = venues[venueIndex];
    const day = intBetween(random, 0, DAYS_IN_FY2019 - 1);
    const date = addDays(FY2019_START, day);
    if (isNewYearHoliday(date)) continue;

    // Half-hour slots, because that is how the centers' booking sheets are laid out.
    const durationMinutes = 60 + 30 * intBetween(random, 0, 6);
    const latestStartSlot = (CLOSES_AT_MINUTES - durationMinutes - OPENS_AT_MINUTES) / 30;
    const start = OPENS_AT_MINUTES + 30 * intBetween(random, 0, latestStartSlot);
    const end = start + durationMinutes;

    const slotKey = `${venueIndex}:${day}`;
    const daySlots = taken.get(slotKey) ?? [];
    if (daySlots.some((slot) => start < slot.end && slot.start < end)) continue;

    const groupIndex = intBetween(random, 0, DEMO_GROUP_COUNT - 1);
    if (bookingsPerGroup[groupIndex] >= MAX_BOOKINGS_PER_GROUP) continue;

    daySlots.push({ start, end });
    taken.set(slotKey, daySlots);
    bookingsPerGroup[groupIndex] += 1;

    // A meeting worth booking a room for has a few people, but never more than the room holds.
    const minAttendees = Math.min(3, venue.capacity);
    const attendees = intBetween(random, minAttendees, venue.capacity);

    drafts.push({
      venueId: venue.id,
      groupId: demoGroupId(groupIndex),
      startsAt: jstTimestamp(date, start),
      endsAt: jstTimestamp(date, end),
      purpose: pick(random, BOOKING_PURPOSES),
      attendees,
    });
  }

  // Ids follow calendar order so that booking 0 is the first of the fiscal year.
  drafts.sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.venueId.localeCompare(b.venueId));
  return drafts.map((draft, n) => ({ id: deterministicUuid('venue-booking', String(n)), ...draft }));
}

/** Public facilities close over the New Year holidays (29 Dec – 3 Jan). */
function isNewYearHoliday(isoDate: string): boolean {
  const monthDay = isoDate.slice(5);
  return monthDay >= '12-29' || monthDay <= '01-03';
}
