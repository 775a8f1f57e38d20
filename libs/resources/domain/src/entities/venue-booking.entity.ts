import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { VenueBookingStatus } from './venue-kind';

/**
 * 施設予約: a group's booking of a venue for a time range. The database refuses two
 * overlapping bookings of one venue (an exclusion constraint), so no race can double-book.
 */
@Entity({ tableName: 'venue_booking' })
export class VenueBooking {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The venue booked; a foreign key to `venue` in the database. */
  @Property({ type: 'uuid' })
  venueId!: string;

  /** The group the booking is for. Groups live in the directory subgraph, so no foreign key. */
  @Property({ type: 'uuid' })
  groupId!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  startsAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  endsAt!: Date;

  /** 利用目的 */
  @Property({ type: 'text' })
  purpose!: string;

  /** 利用人数 */
  @Property({ type: 'integer' })
  attendees!: number;

  @Property({ type: 'Date', columnType: 'timestamptz', onCreate: () => new Date() })
  createdAt!: Date;

  /** REQUESTED and CONFIRMED hold the slot; CANCELLED keeps the row but frees the room. */
  @Enum({ items: () => VenueBookingStatus, type: 'text' })
  status!: VenueBookingStatus;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Property({ type: 'text', nullable: true })
  decidedBy!: string | null;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Property({ type: 'text', nullable: true })
  cancelledBy!: string | null;
}
