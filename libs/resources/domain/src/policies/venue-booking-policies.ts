import { definePolicy, type GroupIdSubject } from '@tsunagaru/shared-kernel';

/**
 * 施設予約 on a group's behalf. Resources knows a group only by its id, so these rules use
 * no more than that: the group itself (its members, or an app with `venues:book`), city
 * staff, and staff of any intermediary, since intermediaries help any group find a room.
 */
export const venueBookingPolicies = {
  bookForGroup: definePolicy<GroupIdSubject>(
    'venueBooking.bookForGroup',
    { scope: 'venues:book', denial: "Only the group's members or staff may book a venue for it." },
    (caller, { groupId }) => caller.actsFor(groupId) || caller.isCityStaff() || caller.isIntermediaryStaff(),
  ),

  /** The booking's group as subject: whoever may book for the group may cancel its bookings. */
  cancelGroupBooking: definePolicy<GroupIdSubject>(
    'venueBooking.cancelGroupBooking',
    { scope: 'venues:book', denial: "Only the group's members or staff may cancel its bookings." },
    (caller, { groupId }) => caller.actsFor(groupId) || caller.isCityStaff() || caller.isIntermediaryStaff(),
  ),
};
