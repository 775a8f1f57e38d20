import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  authorize,
  ConflictError,
  formatJapanDateTime,
  isUuid,
  NotFoundError,
  type Principal,
  requirePrincipal,
  ValidationFailedError,
} from '@tsunagaru/shared-kernel';
import { hasSqlState, SqlState } from '@tsunagaru/shared-persistence';
import { Venue, VenueBooking } from '../entities';
import { venueBookingPolicies } from '../policies';
import { checkBookingRequest, type BookingRequest } from './booking-rules';

/**
 * Whether a group exists for the caller. Groups live in the directory, so the GraphQL layer
 * asks it (PeerSubgraphs); the domain only says when the question is needed.
 */
export type GroupExists = (groupId: string) => Promise<boolean>;

export interface BookVenueInput extends BookingRequest {
  venueId: string;
  groupId: string;
}

/** 施設予約: groups book venues for their activities, and cancel bookings. */
export class VenueBookings {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Books a venue for a group, as `venueBookingPolicies.bookForGroup` allows. The database itself refuses overlapping bookings, so two
   * callers racing for one slot cannot both win; the loser gets CONFLICT.
   */
  async book(input: BookVenueInput, caller: Principal | null, groupExists?: GroupExists): Promise<VenueBooking> {
    authorize(venueBookingPolicies.bookForGroup, caller, { groupId: input.groupId });
    if (!isUuid(input.groupId)) {
      throw new ValidationFailedError([{ field: ['groupId'], code: 'INVALID_FORMAT', message: 'groupId is not a group id.' }]);
    }
    // A member or an app acts for the groups its token names, which the token's issuer vouches for;
    // staff may name any group, so the directory is asked whether it exists (and is visible to them).
    const vouchedFor = caller?.groupIds.includes(input.groupId) ?? false;
    if (!vouchedFor && groupExists && !(await groupExists(input.groupId))) throw new NotFoundError('Group', input.groupId);
    const venue = isUuid(input.venueId) ? await this.em.findOne(Venue, { id: input.venueId }) : null;
    if (!venue) throw new NotFoundError('Venue', input.venueId);

    const issues = checkBookingRequest(input, venue, this.clock());
    if (issues.length > 0) throw new ValidationFailedError(issues);

    const booking = this.em.create(VenueBooking, {
      id: randomUUID(),
      venueId: venue.id,
      groupId: input.groupId,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      purpose: input.purpose.trim(),
      attendees: input.attendees,
      createdAt: new Date(),
    });
    try {
      await this.em.flush();
    } catch (error) {
      // The failed insert must not linger in this request's unit of work.
      this.em.clear();
      // The exclusion constraint on (venue, time range) refused an overlapping booking.
      if (hasSqlState(error, SqlState.EXCLUSION_VIOLATION)) {
        throw new ConflictError(
          `${venue.name} is already booked for part of ${formatJapanDateTime(input.startsAt)} – ${formatJapanDateTime(input.endsAt)}.`,
        );
      }
      throw error;
    }
    return booking;
  }

  /** Cancels a booking; the same people who may book for the group may cancel. Returns the booking's id. */
  async cancel(bookingId: string, caller: Principal | null): Promise<string> {
    const principal = requirePrincipal(caller);
    const booking = isUuid(bookingId) ? await this.em.findOne(VenueBooking, { id: bookingId }) : null;
    if (!booking) throw new NotFoundError('VenueBooking', bookingId);
    authorize(venueBookingPolicies.cancelGroupBooking, principal, { groupId: booking.groupId });
    // A conditional delete: of any number of concurrent cancellations exactly one removes the row.
    const removed = await this.em.nativeDelete(VenueBooking, { id: booking.id });
    if (removed === 0) throw new ConflictError(`Booking ${bookingId} has just been cancelled.`);
    return bookingId;
  }
}
