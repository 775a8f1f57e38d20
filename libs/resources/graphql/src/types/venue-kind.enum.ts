import { registerEnumType } from 'type-graphql';
import { VENUE_ACCESSIBILITY_LABELS, VENUE_KIND_LABELS, VenueAccessibility, VenueBookingStatus, VenueKind } from '@tsunagaru/resources-domain';
import { describeValues } from '@tsunagaru/shared-graphql';

registerEnumType(VenueKind, {
  name: 'VenueKind',
  description: '活動の場の種類: the kinds of place civic groups can use (guideline 6 (1)).',
  valuesConfig: {
    PUBLIC_MEETING_ROOM: { description: `${VENUE_KIND_LABELS.PUBLIC_MEETING_ROOM}: a meeting room in a public facility.` },
    FREE_SPACE: { description: `${VENUE_KIND_LABELS.FREE_SPACE}: an open space, e.g. in a shopping street.` },
    PRIVATE_COWORKING: { description: `${VENUE_KIND_LABELS.PRIVATE_COWORKING}: a private coworking space opened to civic groups.` },
    WELFARE_FACILITY: { description: `${VENUE_KIND_LABELS.WELFARE_FACILITY}: a room a welfare facility opens to the community.` },
    PRIVATE_COMPANY_MEETING_ROOM: { description: `${VENUE_KIND_LABELS.PRIVATE_COMPANY_MEETING_ROOM}: a private company's meeting room opened to civic groups (6 (1)).` },
  },
});

registerEnumType(VenueAccessibility, {
  name: 'VenueAccessibility',
  description: 'バリアフリー設備: what makes a venue accessible.',
  valuesConfig: describeValues(VENUE_ACCESSIBILITY_LABELS),
});

registerEnumType(VenueBookingStatus, {
  name: 'VenueBookingStatus',
  description: '予約の状態: REQUESTED and CONFIRMED hold the slot; CANCELLED keeps the booking on record but frees the room.',
  valuesConfig: {
    REQUESTED: { description: '申請中: waiting for staff approval (the slot is held).' },
    CONFIRMED: { description: '確定: confirmed at once or approved by staff.' },
    CANCELLED: { description: '取消し: cancelled; the slot is free again.' },
  },
});

export { VenueAccessibility, VenueBookingStatus, VenueKind };
