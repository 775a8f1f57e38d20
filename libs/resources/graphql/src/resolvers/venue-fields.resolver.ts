import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import {
  BOOKINGS_IN_TIME_ORDER,
  CLOSURES_IN_DATE_ORDER,
  checkBookingWindow,
  type Venue as VenueEntity,
  type VenueBooking as VenueBookingEntity,
  type VenueClosure as VenueClosureEntity,
} from '@tsunagaru/resources-domain';
import { ValidationFailedError } from '@tsunagaru/shared-kernel';
import { ConnectionType, ForwardPaginationArgs, toConnection, type ConnectionResult } from '@tsunagaru/shared-graphql';
import { ObjectType } from 'type-graphql';
import { VenueBookingsArgs } from '../inputs/venue-bookings.args';
import type { ResourcesContext } from '../loaders';
import { VenueBookingConnection } from '../types/venue-booking.type';
import { GeoPoint, Venue, VenueBookingRules, VenueClosure, VenueFees, VenueOpeningHours } from '../types/venue.type';

@ObjectType('VenueClosureConnection', { description: 'A page of closures (休館) of a venue, in date order.' })
export class VenueClosureConnection extends ConnectionType(VenueClosure, 'VenueClosure') {}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

@Resolver(() => Venue)
export class VenueFieldsResolver {
  @FieldResolver(() => VenueBookingConnection, {
    description:
      '予約状況: live bookings (REQUESTED, CONFIRMED) overlapping [from, to), in time order; either end may be left open. Batched across venues. ' +
      'Public that a slot is taken; who booked it and why only for that group and staff.',
  })
  async bookings(
    @Root() venue: VenueEntity,
    @Args(() => VenueBookingsArgs) { from, to, first, after }: VenueBookingsArgs,
    @Ctx() context: ResourcesContext,
  ): Promise<ConnectionResult<VenueBookingEntity>> {
    const window = { from: from ?? null, to: to ?? null };
    const issues = checkBookingWindow(window);
    if (issues.length > 0) throw new ValidationFailedError(issues);
    const request = BOOKINGS_IN_TIME_ORDER.request({ first, after });
    return toConnection(await context.loaders.venueBookings.load(venue.id, request, window));
  }

  @FieldResolver(() => VenueOpeningHours, { description: '開館時間 and weekly closing days.' })
  openingHours(@Root() venue: VenueEntity): VenueOpeningHours {
    return { opensAt: hhmm(venue.opensAtMinutes), closesAt: hhmm(venue.closesAtMinutes), closedWeekdays: venue.closedWeekdays };
  }

  @FieldResolver(() => VenueFees, { description: '利用料金 and 減免 for registered groups.' })
  fees(@Root() venue: VenueEntity): VenueFees {
    const reduced = Math.floor((venue.hourlyFeeYen * (100 - venue.registeredGroupReductionPercent)) / 100);
    return {
      hourlyFeeYen: venue.hourlyFeeYen,
      registeredGroupReductionPercent: venue.registeredGroupReductionPercent,
      registeredGroupHourlyFeeYen: reduced,
      note: venue.feeNote,
    };
  }

  @FieldResolver(() => VenueBookingRules, { description: '利用ルール: this venue\'s booking rules.' })
  bookingRules(@Root() venue: VenueEntity): VenueBookingRules {
    return {
      minBookingMinutes: venue.minBookingMinutes,
      maxBookingMinutes: venue.maxBookingMinutes,
      minLeadHours: venue.minLeadHours,
      maxLeadDays: venue.maxLeadDays,
      requiresApproval: venue.requiresApproval,
      cancellationDeadlineHours: venue.cancellationDeadlineHours,
    };
  }

  @FieldResolver(() => GeoPoint, { nullable: true, description: '位置: coordinates; null when not registered.' })
  location(@Root() venue: VenueEntity): GeoPoint | null {
    return venue.latitude === null || venue.longitude === null ? null : { latitude: venue.latitude, longitude: venue.longitude };
  }

  @FieldResolver(() => VenueClosureConnection, { nullable: true, description: '休館: closures of the venue, in date order. Batched across venues. Public.' })
  async closures(
    @Root() venue: VenueEntity,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: ResourcesContext,
  ): Promise<ConnectionResult<VenueClosureEntity>> {
    return toConnection(await context.loaders.venueClosures.load(venue.id, CLOSURES_IN_DATE_ORDER.request(page)));
  }
}
