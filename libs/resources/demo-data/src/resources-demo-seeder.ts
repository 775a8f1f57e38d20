import type { DemoSeeder } from '@tsunagaru/shared-persistence';
import { Venue, VenueAccessibility, VenueBooking, VenueBookingStatus, VenueClosure, VenueKind } from '@tsunagaru/resources-domain';
import { todayInJapan, yen } from '@tsunagaru/shared-kernel';
import { buildDemoUpcomingBookings, buildDemoVenueBookings, buildDemoVenueClosures, buildDemoVenues, type DemoVenueBooking } from './demo-venues';

/**
 * The demo venues (活動の場), their FY2019 bookings and the two weeks after the seed day,
 * closures around it. Bookings refer to the directory's demo groups by their shared
 * deterministic ids.
 */
export const resourcesDemoSeeder: DemoSeeder = {
  async seed(em) {
    const now = new Date();
    const today = todayInJapan(now);
    const venues = buildDemoVenues();
    const bookings = [...buildDemoVenueBookings(), ...buildDemoUpcomingBookings(today)];
    const closures = buildDemoVenueClosures(today);
    await em.insertMany(
      Venue,
      venues.map((venue) => ({
        ...venue,
        kind: VenueKind[venue.kind],
        accessibility: venue.accessibility.map((value) => VenueAccessibility[value]),
        hourlyFeeYen: yen(venue.hourlyFeeYen),
      })),
    );
    await em.insertMany(VenueClosure, closures);
    await em.insertMany(
      VenueBooking,
      bookings.map((booking: DemoVenueBooking) => {
        const status = VenueBookingStatus[booking.status ?? 'CONFIRMED'];
        const startsAt = new Date(booking.startsAt);
        return {
          id: booking.id,
          venueId: booking.venueId,
          groupId: booking.groupId,
          startsAt,
          endsAt: new Date(booking.endsAt),
          purpose: booking.purpose,
          attendees: booking.attendees,
          createdAt: now,
          status,
          decidedAt: status === VenueBookingStatus.REQUESTED ? null : now,
          decidedBy: null,
          cancelledAt: status === VenueBookingStatus.CANCELLED ? now : null,
          cancelledBy: status === VenueBookingStatus.CANCELLED ? 'demo' : null,
        };
      }),
    );
    return venues.length + bookings.length + closures.length;
  },
};
