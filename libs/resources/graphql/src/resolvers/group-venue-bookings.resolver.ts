import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { BOOKINGS_NEWEST_FIRST, type VenueBooking as VenueBookingEntity } from '@tsunagaru/resources-domain';
import { ForwardPaginationArgs, toConnection, type ConnectionResult } from '@tsunagaru/shared-graphql';
import type { ResourcesContext } from '../loaders';
import { GroupReference } from '../types/group-reference.type';
import { VenueBookingConnection } from '../types/venue-booking.type';

@Resolver(() => GroupReference)
export class GroupVenueBookingsResolver {
  @FieldResolver(() => VenueBookingConnection, {
    nullable: true,
    description: "施設予約: the group's venue bookings, newest first. Batched across groups. Public.",
  })
  async venueBookings(
    @Root() group: GroupReference,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: ResourcesContext,
  ): Promise<ConnectionResult<VenueBookingEntity>> {
    const request = BOOKINGS_NEWEST_FIRST.request(page);
    return toConnection(await context.loaders.groupVenueBookings.load(group.id, request));
  }
}
