import { Field, ID, Int, ObjectType } from 'type-graphql';
import { UserError } from '@tsunagaru/shared-graphql';
import { VenueBooking } from './venue-booking.type';
import { VenueClosure } from './venue.type';

@ObjectType('BookVenuePayload', { description: 'Result of bookVenue (施設予約).' })
export class BookVenuePayload {
  @Field(() => VenueBooking, { nullable: true, description: 'The new booking; null when userErrors is not empty.' })
  booking?: VenueBooking | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('CancelVenueBookingPayload', { description: 'Result of cancelVenueBooking (予約の取消し).' })
export class CancelVenueBookingPayload {
  @Field(() => ID, { nullable: true, description: 'Id of the cancelled booking; null when userErrors is not empty.' })
  bookingId?: string | null;

  @Field(() => VenueBooking, { nullable: true, description: 'The booking, now CANCELLED; null when userErrors is not empty.' })
  booking?: VenueBooking | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('ApproveVenueBookingPayload', { description: 'Result of approveVenueBooking (予約の承認).' })
export class ApproveVenueBookingPayload {
  @Field(() => VenueBooking, { nullable: true, description: 'The booking, now CONFIRMED; null when userErrors is not empty.' })
  booking?: VenueBooking | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('CloseVenuePayload', { description: 'Result of closeVenue (休館の登録).' })
export class CloseVenuePayload {
  @Field(() => VenueClosure, { nullable: true })
  closure?: VenueClosure | null;

  @Field(() => Int, { nullable: true, description: 'Live bookings already made for the closed days; staff decide on each (cancelVenueBooking).' })
  liveBookingsInPeriod?: number | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
