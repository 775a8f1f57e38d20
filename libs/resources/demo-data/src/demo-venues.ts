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

export type DemoVenueKind = 'PUBLIC_MEETING_ROOM' | 'FREE_SPACE' | 'PRIVATE_COWORKING' | 'WELFARE_FACILITY' | 'PRIVATE_COMPANY_MEETING_ROOM';

export type DemoAccessibility = 'WHEELCHAIR' | 'ELEVATOR' | 'ACCESSIBLE_TOILET' | 'HEARING_LOOP' | 'NURSING_ROOM' | 'PARKING';

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
  provider: string;
  latitude: number;
  longitude: number;
  accessibility: DemoAccessibility[];
  opensAtMinutes: number;
  closesAtMinutes: number;
  closedWeekdays: number[];
  hourlyFeeYen: number;
  registeredGroupReductionPercent: number;
  feeNote: string;
  equipment: string[];
  minBookingMinutes: number;
  maxBookingMinutes: number;
  minLeadHours: number;
  maxLeadDays: number;
  requiresApproval: boolean;
  cancellationDeadlineHours: number;
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
  status?: 'REQUESTED' | 'CONFIRMED' | 'CANCELLED';
}

type VenueDetails = Omit<DemoVenue, 'id' | 'code' | 'name' | 'nameKana' | 'kind' | 'district' | 'address' | 'capacity' | 'description'>;

const CITY_CENTER: Omit<VenueDetails, 'latitude' | 'longitude'> = {
  provider: '鎌倉市（指定管理: 市民活動センター運営会議）',
  accessibility: ['WHEELCHAIR', 'ELEVATOR', 'ACCESSIBLE_TOILET'],
  opensAtMinutes: 9 * 60,
  closesAtMinutes: 22 * 60,
  closedWeekdays: [],
  hourlyFeeYen: 0,
  registeredGroupReductionPercent: 100,
  feeNote: '登録団体は無料。',
  equipment: ['ホワイトボード', 'プロジェクター', '長机', '椅子'],
  minBookingMinutes: 60,
  maxBookingMinutes: 8 * 60,
  minLeadHours: 0,
  maxLeadDays: 365,
  requiresApproval: false,
  cancellationDeadlineHours: 0,
};

const LEARNING_CENTER: Omit<VenueDetails, 'latitude' | 'longitude'> = {
  provider: '鎌倉市教育委員会',
  accessibility: ['WHEELCHAIR', 'ACCESSIBLE_TOILET'],
  opensAtMinutes: 9 * 60,
  closesAtMinutes: 21 * 60 + 30,
  closedWeekdays: [],
  hourlyFeeYen: 600,
  registeredGroupReductionPercent: 50,
  feeNote: '登録団体は5割減免。冷暖房使用時は別途加算。',
  equipment: ['ホワイトボード', '長机', '椅子'],
  minBookingMinutes: 60,
  maxBookingMinutes: 8 * 60,
  minLeadHours: 0,
  maxLeadDays: 365,
  requiresApproval: false,
  cancellationDeadlineHours: 0,
};

/** Provider, place, access, hours, fees, equipment and booking rules per venue code. */
const VENUE_DETAILS: Record<string, VenueDetails> = {
  'civic-center-kamakura-room': { ...CITY_CENTER, latitude: 35.3197, longitude: 139.5478, accessibility: ['WHEELCHAIR', 'ELEVATOR', 'ACCESSIBLE_TOILET', 'HEARING_LOOP'] },
  'civic-center-ofuna-room': { ...CITY_CENTER, latitude: 35.3541, longitude: 139.5311 },
  'kamakura-lifelong-learning-center': { ...LEARNING_CENTER, latitude: 35.3205, longitude: 139.5505, accessibility: ['WHEELCHAIR', 'ELEVATOR', 'ACCESSIBLE_TOILET', 'NURSING_ROOM'] },
  'koshigoe-learning-center': { ...LEARNING_CENTER, latitude: 35.3081, longitude: 139.4978 },
  'fukasawa-learning-center': { ...LEARNING_CENTER, latitude: 35.3372, longitude: 139.5283, accessibility: ['WHEELCHAIR', 'ACCESSIBLE_TOILET', 'PARKING'] },
  'tamanawa-learning-center': { ...LEARNING_CENTER, latitude: 35.3453, longitude: 139.5206, accessibility: ['PARKING'] },
  'ofuna-learning-center': { ...LEARNING_CENTER, latitude: 35.3529, longitude: 139.5336, accessibility: ['WHEELCHAIR', 'ELEVATOR', 'ACCESSIBLE_TOILET'] },
  'shichirigahama-coworking': {
    ...CITY_CENTER,
    provider: '株式会社七里ガ浜ベース（架空）',
    latitude: 35.3063,
    longitude: 139.5092,
    accessibility: [],
    opensAtMinutes: 10 * 60,
    closesAtMinutes: 20 * 60,
    closedWeekdays: [3],
    hourlyFeeYen: 1000,
    registeredGroupReductionPercent: 50,
    feeNote: '登録団体は半額。ドリンク持込可。',
    equipment: ['モニター', 'Wi-Fi'],
    minBookingMinutes: 60,
    maxBookingMinutes: 4 * 60,
    minLeadHours: 24,
    maxLeadDays: 60,
    requiresApproval: true,
    cancellationDeadlineHours: 24,
  },
  'kajiwara-welfare-community-room': {
    ...CITY_CENTER,
    provider: '社会福祉法人かじわら会（架空）',
    latitude: 35.3322,
    longitude: 139.5356,
    accessibility: ['WHEELCHAIR', 'ACCESSIBLE_TOILET', 'PARKING'],
    opensAtMinutes: 10 * 60,
    closesAtMinutes: 17 * 60,
    closedWeekdays: [0],
    feeNote: '無料。施設の行事日は利用不可。',
    equipment: ['長机', '椅子'],
    maxBookingMinutes: 3 * 60,
    minLeadHours: 72,
    maxLeadDays: 90,
    requiresApproval: true,
    cancellationDeadlineHours: 48,
  },
  'ofuna-nakadori-free-space': {
    ...CITY_CENTER,
    provider: '大船仲通り商店会',
    latitude: 35.3519,
    longitude: 139.5327,
    accessibility: ['WHEELCHAIR'],
    opensAtMinutes: 10 * 60,
    closesAtMinutes: 21 * 60,
    closedWeekdays: [],
    hourlyFeeYen: 300,
    registeredGroupReductionPercent: 0,
    feeNote: '1時間300円。',
    equipment: ['折りたたみ机'],
  },
  'ofuna-company-meeting-room': {
    ...CITY_CENTER,
    provider: '湘南モノづくり株式会社（架空）',
    latitude: 35.3548,
    longitude: 139.5298,
    accessibility: ['WHEELCHAIR', 'ELEVATOR', 'ACCESSIBLE_TOILET'],
    opensAtMinutes: 18 * 60,
    closesAtMinutes: 21 * 60 + 30,
    closedWeekdays: [0, 6],
    hourlyFeeYen: 0,
    registeredGroupReductionPercent: 100,
    feeNote: '社会貢献として平日夜間に無償開放。',
    equipment: ['プロジェクター', 'ホワイトボード', 'Wi-Fi'],
    maxBookingMinutes: 3 * 60,
    minLeadHours: 48,
    maxLeadDays: 60,
    requiresApproval: true,
    cancellationDeadlineHours: 24,
  },
};

interface VenueRow extends Omit<DemoVenue, 'id' | keyof VenueDetails> {
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
  {
    code: 'ofuna-company-meeting-room',
    name: '湘南モノづくり株式会社 大船事業所 会議室',
    nameKana: 'ショウナンモノヅクリカブシキガイシャ オオフナジギョウショ カイギシツ',
    kind: 'PRIVATE_COMPANY_MEETING_ROOM',
    district: District.OFUNA,
    address: '神奈川県鎌倉市大船2丁目',
    capacity: 20,
    description: '民間事業者が平日夜間に市民活動団体へ開放している会議室（指針6(1)）。',
    bookingWeight: 1,
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
    ...VENUE_DETAILS[row.code],
  }));
}

export interface DemoVenueClosure {
  id: string;
  venueId: string;
  startsOn: string;
  endsOn: string;
  reason: string;
}

/** Closures (休館) around the seed day, so the search for a free room has something to skip. */
export function buildDemoVenueClosures(today: string): DemoVenueClosure[] {
  return [
    { code: 'tamanawa-learning-center', from: 3, to: 9, reason: '空調設備の改修工事のため' },
    { code: 'koshigoe-learning-center', from: 20, to: 20, reason: '館内点検のため' },
    { code: 'civic-center-kamakura-room', from: -60, to: -58, reason: '年度末の清掃のため' },
  ].map((row, n) => ({
    id: deterministicUuid('venue-closure', String(n)),
    venueId: deterministicUuid('venue', row.code),
    startsOn: addDays(today, row.from),
    endsOn: addDays(today, row.to),
    reason: row.reason,
  }));
}

/**
 * Bookings in the two weeks after the seed day (what a visitor looks for), some requested and
 * waiting for approval, a few cancelled. Evening slots of the Ofuna centre on day 7 are taken.
 */
export function buildDemoUpcomingBookings(today: string): DemoVenueBooking[] {
  const random = seededRandom(SEED + 1);
  const venues = buildDemoVenues();
  const bookings: DemoVenueBooking[] = [];
  for (let day = 1; day <= 14; day++) {
    const date = addDays(today, day);
    for (const venue of venues) {
      if (venue.closedWeekdays.includes(new Date(`${date}T00:00:00Z`).getUTCDay())) continue;
      if (random() < 0.5) continue;
      const start = venue.opensAtMinutes + 30 * intBetween(random, 0, 2);
      const end = Math.min(start + 120, venue.closesAtMinutes);
      const status = venue.requiresApproval ? (random() < 0.5 ? 'REQUESTED' : 'CONFIRMED') : random() < 0.15 ? 'CANCELLED' : 'CONFIRMED';
      bookings.push({
        id: deterministicUuid('venue-booking-upcoming', String(bookings.length)),
        venueId: venue.id,
        groupId: demoGroupId(intBetween(random, 0, DEMO_GROUP_COUNT - 1)),
        startsAt: jstTimestamp(date, start),
        endsAt: jstTimestamp(date, end),
        purpose: pick(random, BOOKING_PURPOSES),
        attendees: intBetween(random, Math.min(3, venue.capacity), venue.capacity),
        status,
      });
    }
  }
  // The Ofuna centre's room is taken on the evening of day 7: the free-room search must skip it.
  const ofuna = venues.find((venue) => venue.code === 'civic-center-ofuna-room')!;
  bookings.push({
    id: deterministicUuid('venue-booking-upcoming', 'ofuna-evening'),
    venueId: ofuna.id,
    groupId: demoGroupId(7),
    startsAt: jstTimestamp(addDays(today, 7), 18 * 60),
    endsAt: jstTimestamp(addDays(today, 7), 21 * 60),
    purpose: '定例会',
    attendees: 12,
    status: 'CONFIRMED',
  });
  return bookings;
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
