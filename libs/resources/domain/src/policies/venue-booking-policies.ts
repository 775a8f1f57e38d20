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

  /**
   * Who booked a slot and why (the group and the purpose): the group and staff only. The public
   * sees that the slot is taken, never who meets there, because a timetable of a vulnerable
   * group's meetings must not be public. Also governs the list of a group's bookings.
   */
  readBookingDetails: definePolicy<GroupIdSubject>(
    'venueBooking.readBookingDetails',
    { scope: 'venues:book', denial: "Only the group's members or staff may see who booked a venue and why." },
    (caller, { groupId }) => caller.actsFor(groupId) || caller.isCityStaff() || caller.isIntermediaryStaff(),
  ),

  /** 承認・取消し by the venue's side: staff approve requested bookings and may cancel after a venue's deadline. */
  decideBooking: definePolicy<{ venueId: string }>(
    'venueBooking.decideBooking',
    { denial: 'Only city or intermediary staff may decide on bookings.' },
    (caller) => caller.isCityStaff() || caller.isIntermediaryStaff(),
  ),

  /** 休館の登録: staff close a venue for a period (city staff, or the intermediaries that run the centres). */
  manageVenue: definePolicy<{ venueId: string }>(
    'venueBooking.manageVenue',
    { denial: 'Only city or intermediary staff may close a venue.' },
    (caller) => caller.isCityStaff() || caller.isIntermediaryStaff(),
  ),
};
