import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { allows, NotFoundError } from '@tsunagaru/shared-kernel';
import { venueBookingPolicies, type Venue as VenueEntity, type VenueBooking as VenueBookingEntity } from '@tsunagaru/resources-domain';
import type { ResourcesContext } from '../loaders';
import { GroupReference } from '../types/group-reference.type';
import { VenueBooking } from '../types/venue-booking.type';
import { Venue } from '../types/venue.type';

@Resolver(() => VenueBooking)
export class VenueBookingFieldsResolver {
  @FieldResolver(() => Venue, { description: 'The venue booked (活動の場).' })
  async venue(@Root() booking: VenueBookingEntity, @Ctx() context: ResourcesContext): Promise<VenueEntity> {
    const venue = await context.loaders.venue.load(booking.venueId);
    // The foreign key makes this impossible; say so clearly rather than return null for a non-null field.
    if (!venue) throw new NotFoundError('Venue', booking.venueId);
    return venue;
  }

  @FieldResolver(() => GroupReference, {
    nullable: true,
    description: 'The group the booking is for (市民活動団体等): that group and staff only (venueBooking.readBookingDetails); null for everyone else.',
  })
  group(@Root() booking: VenueBookingEntity, @Ctx() context: ResourcesContext): GroupReference | null {
    return allows(venueBookingPolicies.readBookingDetails, context.principal, { groupId: booking.groupId }) ? { id: booking.groupId } : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '利用目的: that group and staff only (venueBooking.readBookingDetails); null for everyone else.',
  })
  purpose(@Root() booking: VenueBookingEntity, @Ctx() context: ResourcesContext): string | null {
    return allows(venueBookingPolicies.readBookingDetails, context.principal, { groupId: booking.groupId }) ? booking.purpose : null;
  }
}
