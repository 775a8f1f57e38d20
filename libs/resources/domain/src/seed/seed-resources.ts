import type { EntityManager } from '@mikro-orm/postgresql';
import { Venue, VenueBooking, VenueKind } from '../entities';
import { buildDemoVenueBookings, buildDemoVenues } from './demo-venues';

/**
 * Loads the demo venues (活動の場) and their FY2019 bookings when the schema is empty.
 * Bookings refer to the directory's demo groups by their shared deterministic ids.
 */
export async function seedResources(em: EntityManager): Promise<number> {
  if ((await em.count(Venue, {})) > 0) return 0;
  const venues = buildDemoVenues();
  const bookings = buildDemoVenueBookings();
  const now = new Date();
  await em.transactional(async (tx) => {
    await tx.insertMany(
      Venue,
      venues.map((venue) => ({ ...venue, kind: VenueKind[venue.kind] })),
    );
    await tx.insertMany(
      VenueBooking,
      bookings.map((booking) => ({
        id: booking.id,
        venueId: booking.venueId,
        groupId: booking.groupId,
        startsAt: new Date(booking.startsAt),
        endsAt: new Date(booking.endsAt),
        purpose: booking.purpose,
        attendees: booking.attendees,
        createdAt: now,
      })),
    );
  });
  return venues.length + bookings.length;
}
