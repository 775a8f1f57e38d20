import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { VenueBooking as VenueBookingEntity } from '@tsunagaru/resources-domain';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@tsunagaru/shared-graphql';
import type { ResourcesContext } from '../loaders';
import { GroupReference } from '../types/group-reference.type';
import { VenueBooking } from '../types/venue-booking.type';

@Resolver(() => GroupReference)
export class GroupVenueBookingsResolver {
  @FieldResolver(() => [VenueBooking], {
    description: `施設予約: the group's venue bookings, newest first; at most ${MAX_PAGE_SIZE}. Batched across groups. Public.`,
  })
  async venueBookings(
    @Root() group: GroupReference,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_PAGE_SIZE,
      description: `How many, ${DEFAULT_PAGE_SIZE} by default; capped at ${MAX_PAGE_SIZE}.`,
    })
    first: number | null,
    @Ctx() context: ResourcesContext,
  ): Promise<VenueBookingEntity[]> {
    const limit = Math.max(0, Math.min(first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE));
    if (limit === 0) return [];
    return context.loaders.groupVenueBookings.load({ groupId: group.id, first: limit });
  }
}
