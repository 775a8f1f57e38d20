import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, DateTimeScalar, CACHE_PUBLIC } from '@tsunagaru/shared-graphql';

/** The venue and the group are resolved by VenueBookingFieldsResolver. */
@Directive(CACHE_PUBLIC)
@ObjectType('VenueBooking', { description: '施設予約: a group\'s booking of a venue. Public: the venue, group, time and purpose.' })
export class VenueBooking {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar, { description: '開始日時: when the booking starts, in Japan time (e.g. 2019-04-01T18:00:00+09:00).' })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: '終了日時: when the booking ends, in Japan time (e.g. 2019-04-01T20:00:00+09:00).' })
  endsAt!: Date;

  @Field(() => String, { description: '利用目的' })
  purpose!: string;

  @Field(() => Int, { description: '利用人数' })
  attendees!: number;
}

@Directive(CACHE_PUBLIC)
@ObjectType('VenueBookingConnection', { description: 'A page of venue bookings (施設予約).' })
export class VenueBookingConnection extends ConnectionType(VenueBooking, 'VenueBooking') {}
