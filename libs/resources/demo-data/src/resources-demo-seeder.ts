import type { DemoSeeder } from '@tsunagaru/shared-persistence';
import { Venue, VenueBooking, VenueKind } from '@tsunagaru/resources-domain';
import { buildDemoVenueBookings, buildDemoVenues } from './demo-venues';

/**
 * The demo venues (活動の場) and their FY2019 bookings. Bookings refer to the directory's
 * demo groups by their shared deterministic ids.
 */
export const resourcesDemoSeeder: DemoSeeder = {
  async seed(em) {
    const venues = buildDemoVenues();
    const bookings = buildDemoVenueBookings();
    const now = new Date();
    await em.insertMany(
      Venue,
      venues.map((venue) => ({ ...venue, kind: VenueKind[venue.kind] })),
    );
    await em.insertMany(
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
    return venues.length + bookings.length;
  },
};
