import { registerEnumType } from 'type-graphql';
import { VENUE_KIND_LABELS, VenueKind } from '@tsunagaru/resources-domain';

registerEnumType(VenueKind, {
  name: 'VenueKind',
  description: '活動の場の種類: the kinds of place civic groups can use (guideline 6 (1)).',
  valuesConfig: {
    PUBLIC_MEETING_ROOM: { description: `${VENUE_KIND_LABELS.PUBLIC_MEETING_ROOM}: a meeting room in a public facility.` },
    FREE_SPACE: { description: `${VENUE_KIND_LABELS.FREE_SPACE}: an open space, e.g. in a shopping street.` },
    PRIVATE_COWORKING: { description: `${VENUE_KIND_LABELS.PRIVATE_COWORKING}: a private coworking space opened to civic groups.` },
    WELFARE_FACILITY: { description: `${VENUE_KIND_LABELS.WELFARE_FACILITY}: a room a welfare facility opens to the community.` },
  },
});

export { VenueKind };
