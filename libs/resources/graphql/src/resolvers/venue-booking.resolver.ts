import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { VenueBookings, VenueCatalog } from '@tsunagaru/resources-domain';
import { withUserErrors } from '@tsunagaru/shared-graphql';
import { ApproveVenueBookingInput, BookVenueInput, CancelVenueBookingInput, CloseVenueInput } from '../inputs/venue-booking.input';
import type { ResourcesContext } from '../loaders';
import { ApproveVenueBookingPayload, BookVenuePayload, CancelVenueBookingPayload, CloseVenuePayload } from '../types/venue-payloads.type';

@Resolver()
export class VenueBookingResolver {
  @Mutation(() => BookVenuePayload, {
    description:
      "施設予約: book a venue for a group under the venue's rules: CONFIRMED at once, or REQUESTED where staff approve. Its members, intermediary staff " +
      'or city staff only. Invalid input, and a slot another live booking holds (code SLOT_TAKEN), come back as userErrors.',
  })
  async bookVenue(@Arg('input', () => BookVenueInput) input: BookVenueInput, @Ctx() context: ResourcesContext) {
    // Groups live in the directory: a booking for a group it does not know (or hides from the caller) is NOT_FOUND.
    const groupExists = (groupId: string) => context.peers.entityExists('directory', 'Group', groupId);
    return withUserErrors(async () => ({ booking: await new VenueBookings(context.em).book(input, context.principal, groupExists) }));
  }

  @Mutation(() => CancelVenueBookingPayload, {
    description:
      "予約の取消し: the booking becomes CANCELLED (it is kept, and the slot is free again). The group's members until the venue's deadline, " +
      'intermediary or city staff at any time. A second cancellation is CONFLICT.',
  })
  async cancelVenueBooking(
    @Arg('input', () => CancelVenueBookingInput) input: CancelVenueBookingInput,
    @Ctx() context: ResourcesContext,
  ) {
    return withUserErrors(async () => {
      const booking = await new VenueBookings(context.em).cancel(input.bookingId, context.principal);
      return { bookingId: booking.id, booking };
    });
  }

  @Mutation(() => ApproveVenueBookingPayload, { description: '予約の承認: staff confirm a REQUESTED booking (REQUESTED → CONFIRMED).' })
  async approveVenueBooking(
    @Arg('input', () => ApproveVenueBookingInput) input: ApproveVenueBookingInput,
    @Ctx() context: ResourcesContext,
  ) {
    return withUserErrors(async () => ({ booking: await new VenueBookings(context.em).approve(input.bookingId, context.principal) }));
  }

  @Mutation(() => CloseVenuePayload, {
    description: '休館の登録: city or intermediary staff close a venue for a period with the reason; no booking can be made for those days from then on.',
  })
  async closeVenue(@Arg('input', () => CloseVenueInput) input: CloseVenueInput, @Ctx() context: ResourcesContext) {
    return withUserErrors(async () => new VenueCatalog(context.em).close(input, context.principal));
  }
}
