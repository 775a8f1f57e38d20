import { raw } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { District, isUuid } from '@tsunagaru/shared-kernel';
import { Venue, VenueBooking, type VenueKind } from '../entities';
import { type BookingWindow } from './booking-rules';

export interface VenueFilter {
  district?: District | null;
  kind?: VenueKind | null;
  /** Venues holding at least this many people. */
  minCapacity?: number | null;
}

/** The five districts in the city's own order (鎌倉, 腰越, 深沢, 大船, 玉縄), for sorting in SQL. */
const DISTRICT_ORDER_SQL = `array_position(array[${Object.values(District).map((d) => `'${d}'`).join(', ')}]::text[], district)`;

/** Read side of the venues (活動の場): the public catalogue and booking timetables. */
export class VenueCatalog {
  constructor(private readonly em: EntityManager) {}

  /** Every matching venue, by district (in the city's order of the five districts) and then by reading. */
  async list(filter: VenueFilter = {}): Promise<Venue[]> {
    const where: FilterQuery<Venue> = {};
    if (filter.district) where.district = filter.district;
    if (filter.kind) where.kind = filter.kind;
    if (filter.minCapacity !== null && filter.minCapacity !== undefined) where.capacity = { $gte: filter.minCapacity };
    return this.em.find(Venue, where, {
      orderBy: { [raw((alias) => DISTRICT_ORDER_SQL.replace('district)', `${alias}.district)`))]: 'asc', nameKana: 'asc', id: 'asc' },
    });
  }

  async findById(id: string): Promise<Venue | null> {
    return isUuid(id) ? this.em.findOne(Venue, { id }) : null;
  }

  /**
   * Bookings of several venues that overlap a window (either end open), in time order,
   * grouped per venue: one statement however many venues are asked for.
   */
  async bookingsOfVenues(venueIds: readonly string[], window: BookingWindow): Promise<Map<string, VenueBooking[]>> {
    const ids = [...new Set(venueIds)].filter(isUuid);
    const byVenue = new Map<string, VenueBooking[]>(venueIds.map((id) => [id, []]));
    if (ids.length === 0) return byVenue;
    const where: FilterQuery<VenueBooking> = { venueId: { $in: ids } };
    if (window.from) where.endsAt = { $gt: window.from };
    if (window.to) where.startsAt = { $lt: window.to };
    const rows = await this.em.find(VenueBooking, where, { orderBy: { startsAt: 'asc', id: 'asc' } });
    for (const row of rows) byVenue.get(row.venueId)?.push(row);
    return byVenue;
  }

  /**
   * The latest `limit` bookings of each of several groups, newest first: one statement
   * (a lateral join over the group_id index) however many groups are asked for.
   */
  async latestBookingsOfGroups(groupIds: readonly string[], limit: number): Promise<Map<string, VenueBooking[]>> {
    const ids = [...new Set(groupIds)].filter(isUuid);
    const byGroup = new Map<string, VenueBooking[]>(groupIds.map((id) => [id, []]));
    if (ids.length === 0 || limit <= 0) return byGroup;
    const meta = this.em.getMetadata().get(VenueBooking.name);
    const schema = meta.schema ?? this.em.config.get('schema');
    const table = schema ? `${schema}.${meta.tableName}` : meta.tableName;
    const rows = await this.em.getConnection().execute<Array<Record<string, unknown>>>(
      `select booking.*
         from unnest(array[${ids.map(() => '?').join(', ')}]::uuid[]) as wanted (group_id)
         cross join lateral (
           select * from ?? as candidate
            where candidate.group_id = wanted.group_id
            order by candidate.starts_at desc, candidate.id desc
            limit ?
         ) as booking`,
      [...ids, table, Math.floor(limit)],
    );
    for (const row of rows) {
      const booking = this.em.map(VenueBooking, row);
      byGroup.get(booking.groupId)?.push(booking);
    }
    for (const list of byGroup.values()) {
      list.sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    }
    return byGroup;
  }
}
