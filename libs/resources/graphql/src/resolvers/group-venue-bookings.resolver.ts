import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BOOKINGS_NEWEST_FIRST, venueBookingPolicies, type VenueBooking as VenueBookingEntity } from '@tsunagaru/resources-domain';
import { allows } from '@tsunagaru/shared-kernel';
import { ForwardPaginationArgs, toConnection, type ConnectionResult } from '@tsunagaru/shared-graphql';
import type { ResourcesContext } from '../loaders';
import { GroupReference } from '../types/group-reference.type';
import { VenueBookingConnection } from '../types/venue-booking.type';

@Resolver(() => GroupReference)
export class GroupVenueBookingsResolver {
  @FieldResolver(() => VenueBookingConnection, {
    nullable: true,
    description:
      "施設予約: the group's venue bookings, cancelled ones included, newest first. Batched across groups. " +
      'The group and staff only (venueBooking.readBookingDetails): a list of when and where a group meets is not public; null for everyone else.',
  })
  async venueBookings(
    @Root() group: GroupReference,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: ResourcesContext,
  ): Promise<ConnectionResult<VenueBookingEntity> | null> {
    // Page arguments are checked for everyone, so a bad cursor is BAD_USER_INPUT whoever asks.
    const request = BOOKINGS_NEWEST_FIRST.request(page);
    if (!allows(venueBookingPolicies.readBookingDetails, context.principal, { groupId: group.id })) return null;
    return toConnection(await context.loaders.groupVenueBookings.load(group.id, request));
  }
}
