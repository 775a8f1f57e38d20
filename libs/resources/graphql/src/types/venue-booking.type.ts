import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '@tsunagaru/shared-graphql';

/** Times, the venue and the group are resolved by VenueBookingFieldsResolver. */
@ObjectType('VenueBooking', { description: '施設予約: a group\'s booking of a venue. Public: the venue, group, time and purpose.' })
export class VenueBooking {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '利用目的' })
  purpose!: string;

  @Field(() => Int, { description: '利用人数' })
  attendees!: number;
}

@ObjectType('VenueBookingConnection', { description: 'A page of venue bookings (施設予約).' })
export class VenueBookingConnection extends ConnectionType(VenueBooking, 'VenueBooking') {}
