import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  BOOKINGS_IN_TIME_ORDER,
  checkBookingWindow,
  type Venue as VenueEntity,
  type VenueBooking as VenueBookingEntity,
} from '@tsunagaru/resources-domain';
import { ValidationFailedError } from '@tsunagaru/shared-kernel';
import { toConnection, type ConnectionResult } from '@tsunagaru/shared-graphql';
import { VenueBookingsArgs } from '../inputs/venue-bookings.args';
import type { ResourcesContext } from '../loaders';
import { VenueBookingConnection } from '../types/venue-booking.type';
import { Venue } from '../types/venue.type';

@Resolver(() => Venue)
export class VenueFieldsResolver {
  @FieldResolver(() => VenueBookingConnection, {
    description:
      '予約状況: bookings overlapping [from, to), in time order; either end may be left open. Batched across venues. Public.',
  })
  async bookings(
    @Root() venue: VenueEntity,
    @Args(() => VenueBookingsArgs) { from, to, first, after }: VenueBookingsArgs,
    @Ctx() context: ResourcesContext,
  ): Promise<ConnectionResult<VenueBookingEntity>> {
    const window = { from: from ?? null, to: to ?? null };
    const issues = checkBookingWindow(window);
    if (issues.length > 0) throw new ValidationFailedError(issues);
    const request = BOOKINGS_IN_TIME_ORDER.request({ first, after });
    return toConnection(await context.loaders.venueBookings.load(venue.id, request, window));
  }
}
