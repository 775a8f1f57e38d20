import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, DateTimeScalar } from '@tsunagaru/shared-graphql';

@InputType('BookVenueInput', {
  description:
    "施設予約: book a venue for a group under the venue's rules (opening hours, shortest and longest booking, lead time, closures; see Venue.bookingRules).",
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

  @Field(() => String, { description: '利用目的, e.g. 定例会. Seen by the group and staff only.' })
  purpose!: string;

  @Field(() => Int, { description: '利用人数: from 1 up to the venue\'s capacity.' })
  attendees!: number;
}

@InputType('CancelVenueBookingInput', { description: '予約の取消し: cancel a booking of one of your groups.' })
export class CancelVenueBookingInput {
  @Field(() => ID)
  bookingId!: string;
}

@InputType('ApproveVenueBookingInput', { description: '予約の承認: confirm a requested booking.' })
export class ApproveVenueBookingInput {
  @Field(() => ID)
  bookingId!: string;
}

@InputType('CloseVenueInput', { description: '休館の登録: close a venue for days of the city\'s calendar (inclusive), with the reason.' })
export class CloseVenueInput {
  @Field(() => ID)
  venueId!: string;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;

  @Field(() => String, { description: '理由, e.g. 空調設備の改修工事のため. Public.' })
  reason!: string;
}
