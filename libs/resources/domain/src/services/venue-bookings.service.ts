import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  authorize,
  ConflictError,
  formatJapanDateTime,
  isUuid,
  japanDateOf,
  NotFoundError,
  type Principal,
  requirePrincipal,
  ValidationFailedError,
  refuse,
} from '@tsunagaru/shared-kernel';
import { hasSqlState, SqlState } from '@tsunagaru/shared-persistence';
import { Venue, VenueBooking, VenueBookingStatus, VenueClosure } from '../entities';
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

const HOUR_MS = 3_600_000;

/** 施設予約: groups book venues for their activities; staff approve where the venue asks; bookings are cancelled, never deleted. */
export class VenueBookings {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Books a venue for a group, as `venueBookingPolicies.bookForGroup` allows, under the venue's own
   * rules: CONFIRMED at once, or REQUESTED where staff approve. The database itself refuses two live
   * bookings of one room that overlap, so of callers racing for one slot exactly one wins; the
   * others get the user error SLOT_TAKEN.
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

    const now = this.clock();
    const day = japanDateOf(input.startsAt);
    const closures = await this.em.find(VenueClosure, { venueId: venue.id, startsOn: { $lte: day }, endsOn: { $gte: day } });
    const issues = checkBookingRequest(input, venue, now, closures);
    if (issues.length > 0) throw new ValidationFailedError(issues);

    const booking = this.em.create(VenueBooking, {
      id: randomUUID(),
      venueId: venue.id,
      groupId: input.groupId,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      purpose: input.purpose.trim(),
      attendees: input.attendees,
      createdAt: now,
      status: venue.requiresApproval ? VenueBookingStatus.REQUESTED : VenueBookingStatus.CONFIRMED,
      decidedAt: venue.requiresApproval ? null : now,
      decidedBy: null,
      cancelledAt: null,
      cancelledBy: null,
    });
    try {
      await this.em.flush();
    } catch (error) {
      // The failed insert must not linger in this request's unit of work.
      this.em.clear();
      // The exclusion constraint on (venue, time range) of live bookings refused an overlapping booking.
      if (hasSqlState(error, SqlState.EXCLUSION_VIOLATION)) {
        throw refuse(
          'startsAt',
          'SLOT_TAKEN',
          `${venue.name} is already booked for part of ${formatJapanDateTime(input.startsAt)} – ${formatJapanDateTime(input.endsAt)}.`,
        );
      }
      throw error;
    }
    return booking;
  }

  /**
   * Cancels a booking: its status becomes CANCELLED and the slot is free again; the row stays.
   * The group may cancel until the venue's deadline before the start, staff at any time.
   */
  async cancel(bookingId: string, caller: Principal | null): Promise<VenueBooking> {
    const principal = requirePrincipal(caller);
    const booking = isUuid(bookingId) ? await this.em.findOne(VenueBooking, { id: bookingId }) : null;
    if (!booking) throw new NotFoundError('VenueBooking', bookingId);
    authorize(venueBookingPolicies.cancelGroupBooking, principal, { groupId: booking.groupId });
    if (booking.status === VenueBookingStatus.CANCELLED) throw new ConflictError(`Booking ${bookingId} is already cancelled.`);
    const venue = await this.em.findOneOrFail(Venue, { id: booking.venueId });
    const now = this.clock();
    const staffMayOverride = venueBookingPolicies.decideBooking.decide(principal, { venueId: venue.id }) === 'allow';
    if (!staffMayOverride && booking.startsAt.getTime() - now.getTime() < venue.cancellationDeadlineHours * HOUR_MS) {
      throw refuse('bookingId', 'TOO_LATE_TO_CANCEL', `Bookings of ${venue.name} can be cancelled until ${venue.cancellationDeadlineHours} hours before the start.`);
    }
    // A conditional update: of any number of concurrent cancellations exactly one changes the row.
    const changed = await this.em.nativeUpdate(
      VenueBooking,
      { id: booking.id, status: { $ne: VenueBookingStatus.CANCELLED } },
      { status: VenueBookingStatus.CANCELLED, cancelledAt: now, cancelledBy: principal.subject },
    );
    if (changed === 0) throw new ConflictError(`Booking ${bookingId} has just been cancelled.`);
    return this.em.fork().findOneOrFail(VenueBooking, { id: booking.id });
  }

  /** 承認: staff confirm a REQUESTED booking of a venue that asks for approval. */
  async approve(bookingId: string, caller: Principal | null): Promise<VenueBooking> {
    const principal = requirePrincipal(caller);
    const booking = isUuid(bookingId) ? await this.em.findOne(VenueBooking, { id: bookingId }) : null;
    if (!booking) throw new NotFoundError('VenueBooking', bookingId);
    authorize(venueBookingPolicies.decideBooking, principal, { venueId: booking.venueId });
    if (booking.status !== VenueBookingStatus.REQUESTED) throw refuse('bookingId', 'NOT_REQUESTED', 'Only a requested booking can be approved.');
    const changed = await this.em.nativeUpdate(
      VenueBooking,
      { id: booking.id, status: VenueBookingStatus.REQUESTED },
      { status: VenueBookingStatus.CONFIRMED, decidedAt: this.clock(), decidedBy: principal.subject },
    );
    if (changed === 0) throw new ConflictError(`Booking ${bookingId} was decided by someone else meanwhile.`);
    return this.em.fork().findOneOrFail(VenueBooking, { id: booking.id });
  }
}
