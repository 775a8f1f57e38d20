import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { VenueBookings } from '@tsunagaru/resources-domain';
import { withUserErrors } from '@tsunagaru/shared-graphql';
import { BookVenueInput, CancelVenueBookingInput } from '../inputs/venue-booking.input';
import type { ResourcesContext } from '../loaders';
import { BookVenuePayload, CancelVenueBookingPayload } from '../types/venue-payloads.type';

@Resolver()
export class VenueBookingResolver {
  @Mutation(() => BookVenuePayload, {
    description:
      '施設予約: book a venue for a group. Its members, intermediary staff or city staff only. Invalid input comes back as userErrors; a clash with another booking is a CONFLICT error.',
  })
  async bookVenue(@Arg('input', () => BookVenueInput) input: BookVenueInput, @Ctx() context: ResourcesContext) {
    // Groups live in the directory: a booking for a group it does not know (or hides from the caller) is NOT_FOUND.
    const groupExists = (groupId: string) => context.peers.entityExists('directory', 'Group', groupId);
    return withUserErrors(async () => ({ booking: await new VenueBookings(context.em).book(input, context.principal, groupExists) }));
  }

  @Mutation(() => CancelVenueBookingPayload, {
    description: "予約の取消し: cancel a booking. The group's members, intermediary staff or city staff only.",
  })
  async cancelVenueBooking(
    @Arg('input', () => CancelVenueBookingInput) input: CancelVenueBookingInput,
    @Ctx() context: ResourcesContext,
  ) {
    return withUserErrors(async () => ({ bookingId: await new VenueBookings(context.em).cancel(input.bookingId, context.principal) }));
  }
}
