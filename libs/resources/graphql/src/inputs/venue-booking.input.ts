import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeScalar } from '@tsunagaru/shared-graphql';

@InputType('BookVenueInput', {
  description:
    '施設予約: book a venue for a group, between 9:00 and 22:00 Japan time on one day, for at most 8 hours, not in the past.',
})
export class BookVenueInput {
  @Field(() => ID)
  venueId!: string;

  @Field(() => ID, { description: 'The group the booking is for; members may book only for their own groups.' })
  groupId!: string;

  @Field(() => DateTimeScalar, { description: '開始日時: start, with its offset, e.g. 2026-12-01T18:00:00+09:00.' })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: '終了日時: end, with its offset, e.g. 2026-12-01T20:00:00+09:00.' })
  endsAt!: Date;

  @Field(() => String, { description: '利用目的, e.g. 定例会. Public.' })
  purpose!: string;

  @Field(() => Int, { description: '利用人数: from 1 up to the venue\'s capacity.' })
  attendees!: number;
}

@InputType('CancelVenueBookingInput', { description: '予約の取消し: cancel a booking of one of your groups.' })
export class CancelVenueBookingInput {
  @Field(() => ID)
  bookingId!: string;
}
