import { randomUUID } from 'node:crypto';
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import {
  authorize,
  District,
  isUuid,
  japanDateOf,
  minutesSinceJapanMidnight,
  NotFoundError,
  startOfJapanDay,
  addDays,
  ValidationFailedError,
  type FieldIssue,
  type Principal,
} from '@tsunagaru/shared-kernel';
import { keysetOrder, toPage, type ChildListFilter, type Page, type PageRequest, sql } from '@tsunagaru/shared-persistence';
import { Venue, VenueBooking, VenueClosure, type VenueAccessibility, type VenueKind } from '../entities';
import { venueBookingPolicies } from '../policies';
import { type BookingWindow } from './booking-rules';

export interface VenueFilter {
  district?: District | null;
  kind?: VenueKind | null;
  /** Venues holding at least this many people. */
  minCapacity?: number | null;
  /** Every one of these (バリアフリー設備). */
  accessibility?: VenueAccessibility[] | null;
  /** 空き: venues open, not closed and with no live booking over [freeFrom, freeUntil). Both or neither. */
  freeFrom?: Date | null;
  freeUntil?: Date | null;
}

const DISTRICTS_IN_CITY_ORDER = Object.values(District);

/** The five districts in the city's own order (鎌倉, 腰越, 深沢, 大船, 玉縄), as an SQL expression. */
function districtPosition(alias: string): string {
  return `array_position(array[${DISTRICTS_IN_CITY_ORDER.map((district) => `'${district}'`).join(', ')}]::text[], ${alias}.district)`;
}

/** Venues by district, in the city's order of the five districts, then by reading (五十音順). */
export const VENUES_BY_DISTRICT = keysetOrder<Venue>(
  { sql: districtPosition, type: 'int', of: (venue) => DISTRICTS_IN_CITY_ORDER.indexOf(venue.district) + 1 },
  { sql: 'name_kana', type: 'text', of: (venue) => venue.nameKana },
  { sql: 'id', type: 'uuid', of: (venue) => venue.id },
);

/** A venue's timetable (予約状況): bookings in time order. */
export const BOOKINGS_IN_TIME_ORDER = keysetOrder<VenueBooking>(
  { sql: 'starts_at', type: 'timestamp', of: (booking) => booking.startsAt },
  { sql: 'id', type: 'uuid', of: (booking) => booking.id },
);

/** A group's bookings, newest first. */
export const BOOKINGS_NEWEST_FIRST = keysetOrder<VenueBooking>(
  { sql: 'starts_at', type: 'timestamp', direction: 'desc', of: (booking) => booking.startsAt },
  { sql: 'id', type: 'uuid', direction: 'desc', of: (booking) => booking.id },
);

/** Live bookings (not cancelled) overlapping a window whose ends may be open: a venue's timetable. */
export const BOOKINGS_OVERLAPPING: ChildListFilter<BookingWindow> = {
  sql(alias, window) {
    const conditions: string[] = [`${alias}.status <> 'CANCELLED'`];
    const params: unknown[] = [];
    if (window.from) {
      conditions.push(`${alias}.ends_at > ?::timestamptz`);
      params.push(window.from.toISOString());
    }
    if (window.to) {
      conditions.push(`${alias}.starts_at < ?::timestamptz`);
      params.push(window.to.toISOString());
    }
    return { sql: conditions.join(' and '), params };
  },
  key: (window) => `${window.from?.toISOString() ?? ''}|${window.to?.toISOString() ?? ''}`,
};

/** Checks the free window of a venue search: both ends or neither, end after start, on one day in Japan time. */
export function checkFreeWindow(filter: VenueFilter): FieldIssue[] {
  const { freeFrom, freeUntil } = filter;
  if (!freeFrom && !freeUntil) return [];
  if (!freeFrom || !freeUntil) return [{ field: [freeFrom ? 'freeUntil' : 'freeFrom'], code: 'REQUIRED', message: 'freeFrom and freeUntil go together.' }];
  if (freeUntil.getTime() <= freeFrom.getTime()) return [{ field: ['freeUntil'], code: 'INVALID_RANGE', message: 'freeUntil must be later than freeFrom.' }];
  if (japanDateOf(freeFrom) !== japanDateOf(freeUntil)) {
    return [{ field: ['freeUntil'], code: 'INVALID_RANGE', message: 'A free window lies within one day in Japan time.' }];
  }
  return [];
}


/** Read side of the venues (活動の場): the public catalogue. */
export class VenueCatalog {
  constructor(private readonly em: EntityManager) {}

  /**
   * A page of matching venues, by district and then by reading; the total only if asked for.
   * With a free window: only venues open then (opening hours, weekly closing day, closures) with no
   * live booking overlapping it, decided in the same statement.
   */
  async list(filter: VenueFilter, page: PageRequest<Venue>): Promise<Page<Venue>> {
    const issues = checkFreeWindow(filter);
    if (filter.minCapacity !== null && filter.minCapacity !== undefined && filter.minCapacity < 0) {
      issues.push({ field: ['minCapacity'], code: 'OUT_OF_RANGE', message: 'minCapacity must not be negative.' });
    }
    if (issues.length > 0) throw new ValidationFailedError(issues);
    const alias = 'e';
    const build = () => {
      const qb = this.em.createQueryBuilder(Venue, alias);
      if (filter.district) qb.andWhere({ district: filter.district });
      if (filter.kind) qb.andWhere({ kind: filter.kind });
      if (filter.minCapacity !== null && filter.minCapacity !== undefined) qb.andWhere({ capacity: { $gte: filter.minCapacity } });
      if (filter.accessibility && filter.accessibility.length > 0) {
        const wanted = [...new Set(filter.accessibility)];
        qb.andWhere(`${alias}.accessibility @> array[${wanted.map(() => '?').join(', ')}]::text[]`, wanted);
      }
      if (filter.freeFrom && filter.freeUntil) {
        const day = japanDateOf(filter.freeFrom);
        const from = filter.freeFrom.toISOString();
        const until = filter.freeUntil.toISOString();
        qb.andWhere(`${alias}.opens_at_minutes <= ? and ${alias}.closes_at_minutes >= ?`, [
          minutesSinceJapanMidnight(filter.freeFrom),
          minutesSinceJapanMidnight(filter.freeUntil) === 0 ? 1440 : minutesSinceJapanMidnight(filter.freeUntil),
        ]);
        qb.andWhere(`not (extract(dow from ?::date)::int = any(${alias}.closed_weekdays))`, [day]);
        qb.andWhere(`not exists (select 1 from venue_closure c where c.venue_id = ${alias}.id and c.starts_on <= ?::date and c.ends_on >= ?::date)`, [day, day]);
        qb.andWhere(
          `not exists (select 1 from venue_booking b where b.venue_id = ${alias}.id and b.status <> 'CANCELLED'
             and tstzrange(b.starts_at, b.ends_at) && tstzrange(?::timestamptz, ?::timestamptz))`,
          [from, until],
        );
      }
      return qb;
    };
    const qb = build().select('*');
    if (page.after) {
      const after = page.order.after(alias, page.after);
      qb.andWhere(after.sql, after.params);
    }
    qb.orderBy(page.order.columns.map((column, index) => ({ [raw(page.order.expression(index, alias))]: column.direction })) as never);
    qb.limit(page.first + 1);
    const rows = await qb.getResultList();
    return toPage(page, rows, () => build().getCount());
  }

  /**
   * 休館: closes a venue for days of the city's calendar (inclusive), with the reason; no booking can
   * be made for them from then on. Live bookings already made for those days stay (staff cancel them
   * as they see fit) and are counted in the answer.
   */
  async close(
    input: { venueId: string; startsOn: string; endsOn: string; reason: string },
    caller: Principal | null,
  ): Promise<{ closure: VenueClosure; liveBookingsInPeriod: number }> {
    authorize(venueBookingPolicies.manageVenue, caller, { venueId: input.venueId });
    const venue = isUuid(input.venueId) ? await this.em.findOne(Venue, { id: input.venueId }) : null;
    if (!venue) throw new NotFoundError('Venue', input.venueId);
    const issues: FieldIssue[] = [];
    if (input.endsOn < input.startsOn) issues.push({ field: ['endsOn'], code: 'INVALID_RANGE', message: 'endsOn must not be before startsOn.' });
    if (!input.reason?.trim()) issues.push({ field: ['reason'], code: 'REQUIRED', message: 'A closure states its reason.' });
    else if (input.reason.length > 200) issues.push({ field: ['reason'], code: 'TOO_LONG', message: 'reason must be at most 200 characters.' });
    if (issues.length > 0) throw new ValidationFailedError(issues);
    const closure = this.em.create(VenueClosure, { id: randomUUID(), venueId: venue.id, startsOn: input.startsOn, endsOn: input.endsOn, reason: input.reason.trim() });
    await this.em.flush();
    const [row] = await sql<{ count: number }>(
      this.em,
      `select count(*)::int as count from venue_booking where venue_id = ? and status <> 'CANCELLED'
          and tstzrange(starts_at, ends_at) && tstzrange(?::timestamptz, ?::timestamptz)`,
      [venue.id, startOfJapanDay(input.startsOn).toISOString(), startOfJapanDay(addDays(input.endsOn, 1)).toISOString()],
    );
    return { closure, liveBookingsInPeriod: row.count };
  }
}
