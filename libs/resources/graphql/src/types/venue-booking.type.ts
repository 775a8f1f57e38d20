import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { CACHE_PUBLIC, ConnectionType, DateTimeScalar } from '@tsunagaru/shared-graphql';
import { VenueBookingStatus } from './venue-kind.enum';

/** The venue, the group and the purpose are resolved by VenueBookingFieldsResolver. */
@Directive(CACHE_PUBLIC)
@ObjectType('VenueBooking', {
  description:
    "施設予約: a group's booking of a venue. Public: the venue, the time, the status and the number of people (that the slot is taken). " +
    'The group and the purpose: that group and staff only (null for everyone else).',
})
export class VenueBooking {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar, { description: '開始日時: when the booking starts, in Japan time (e.g. 2019-04-01T18:00:00+09:00).' })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: '終了日時: when the booking ends, in Japan time (e.g. 2019-04-01T20:00:00+09:00).' })
  endsAt!: Date;

  @Field(() => VenueBookingStatus, { description: '予約の状態: REQUESTED, CONFIRMED or CANCELLED (a cancellation keeps the booking on record).' })
  status!: VenueBookingStatus;

  @Field(() => Int, { description: '利用人数' })
  attendees!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was cancelled; null unless CANCELLED.' })
  cancelledAt?: Date | null;
}

@Directive(CACHE_PUBLIC)
@ObjectType('VenueBookingConnection', { description: 'A page of venue bookings (施設予約).' })
export class VenueBookingConnection extends ConnectionType(VenueBooking, 'VenueBooking') {}
