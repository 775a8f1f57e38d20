import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BOOKINGS_OVERLAPPING,
  CivicFund,
  GrantApplication,
  GrantAward,
  GrantProgram,
  Venue,
  VenueBooking,
  VenueClosure,
  type BookingWindow,
} from '@tsunagaru/resources-domain';
import type { RequestContext } from '@tsunagaru/shared-graphql';
import { createChildPageLoader, createIdLoader } from '@tsunagaru/shared-persistence';

export function createResourcesLoaders(em: EntityManager) {
  let fundSecretariat: Promise<string | null> | undefined;
  return {
    /** The fund's secretariat department, read at most once per request. */
    fundSecretariat: () => (fundSecretariat ??= new CivicFund(em).secretariatDepartmentId()),
    venue: createIdLoader(em, Venue),
    /** Venue.bookings(from, to, first, after): one statement for all venues asked with the same arguments. */
    venueBookings: createChildPageLoader<VenueBooking, BookingWindow>(em, {
      entity: VenueBooking,
      parentColumn: 'venue_id',
      filter: BOOKINGS_OVERLAPPING,
    }),
    /** Group.venueBookings(first, after): one statement for all groups asked with the same arguments. */
    groupVenueBookings: createChildPageLoader(em, { entity: VenueBooking, parentColumn: 'group_id' }),
    /** Venue.closures(first, after). */
    venueClosures: createChildPageLoader(em, { entity: VenueClosure, parentColumn: 'venue_id' }),
    grantProgram: createIdLoader(em, GrantProgram),
    grantApplication: createIdLoader(em, GrantApplication),
    /** GrantProgram.awards, Group.grantAwards, Group.grantApplications: one statement per batch each. */
    programAwards: createChildPageLoader(em, { entity: GrantAward, parentColumn: 'program_id' }),
    groupGrantAwards: createChildPageLoader(em, { entity: GrantAward, parentColumn: 'group_id' }),
    groupGrantApplications: createChildPageLoader(em, { entity: GrantApplication, parentColumn: 'group_id' }),
  };
}

export type ResourcesLoaders = ReturnType<typeof createResourcesLoaders>;
export type ResourcesContext = RequestContext<ResourcesLoaders>;
