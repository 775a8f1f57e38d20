import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { District } from '@tsunagaru/shared-kernel';
import { findPage, keysetOrder, type ChildListFilter, type Page, type PageRequest } from '@tsunagaru/shared-persistence';
import { Venue, VenueBooking, type VenueKind } from '../entities';
import { type BookingWindow } from './booking-rules';

export interface VenueFilter {
  district?: District | null;
  kind?: VenueKind | null;
  /** Venues holding at least this many people. */
  minCapacity?: number | null;
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

/** Bookings overlapping a window whose ends may be open; for per-venue pages of bookings. */
export const BOOKINGS_OVERLAPPING: ChildListFilter<BookingWindow> = {
  sql(alias, window) {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (window.from) {
      conditions.push(`${alias}.ends_at > ?::timestamptz`);
      params.push(window.from.toISOString());
    }
    if (window.to) {
      conditions.push(`${alias}.starts_at < ?::timestamptz`);
      params.push(window.to.toISOString());
    }
    return conditions.length > 0 ? { sql: conditions.join(' and '), params } : null;
  },
  key: (window) => `${window.from?.toISOString() ?? ''}|${window.to?.toISOString() ?? ''}`,
};

/** Read side of the venues (活動の場): the public catalogue. */
export class VenueCatalog {
  constructor(private readonly em: EntityManager) {}

  /** A page of matching venues, by district and then by reading; the total only if asked for. */
  async list(filter: VenueFilter, page: PageRequest<Venue>): Promise<Page<Venue>> {
    const where: FilterQuery<Venue> = {};
    if (filter.district) where.district = filter.district;
    if (filter.kind) where.kind = filter.kind;
    if (filter.minCapacity !== null && filter.minCapacity !== undefined) where.capacity = { $gte: filter.minCapacity };
    return findPage(this.em, Venue, where, page);
  }
}
