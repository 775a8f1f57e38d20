import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { checkBookingWindow, type Venue as VenueEntity, type VenueBooking as VenueBookingEntity } from '@tsunagaru/resources-domain';
import { ValidationFailedError } from '@tsunagaru/shared-kernel';
import { VenueBookingsArgs } from '../inputs/venue-bookings.args';
import type { ResourcesContext } from '../loaders';
import { VenueBooking } from '../types/venue-booking.type';
import { Venue } from '../types/venue.type';

@Resolver(() => Venue)
export class VenueFieldsResolver {
  @FieldResolver(() => [VenueBooking], {
    description:
      '予約状況: bookings overlapping [from, to), in time order; either end may be left open. Batched across venues. Public.',
  })
  async bookings(
    @Root() venue: VenueEntity,
    @Args(() => VenueBookingsArgs) { from, to }: VenueBookingsArgs,
    @Ctx() context: ResourcesContext,
  ): Promise<VenueBookingEntity[]> {
    const window = { from: from ?? null, to: to ?? null };
    const issues = checkBookingWindow(window);
    if (issues.length > 0) throw new ValidationFailedError(issues);
    return context.loaders.venueBookings.load({ venueId: venue.id, ...window });
  }
}
