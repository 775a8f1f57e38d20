import { resourcesPersistence } from '@tsunagaru/resources-domain';
import { buildFederatedSchema, resolveKeyOnlyReference, type SubgraphDefinition } from '@tsunagaru/shared-graphql';
import { createResourcesLoaders, type ResourcesLoaders } from './loaders';
import { resolveVenueReference } from './references/venue.reference';
import { DonationFieldsResolver, FundResolver, FundStatementFieldsResolver, ProgramDisbursementFieldsResolver } from './resolvers/fund.resolvers';
import { GrantApplicationResolver, GrantAwardFieldsResolver, GrantProgramResolver, GroupGrantsResolver } from './resolvers/grant.resolvers';
import { EquipmentLoanFieldsResolver, EquipmentResolver, GroupEquipmentResolver } from './resolvers/equipment.resolvers';
import { GroupVenueBookingsResolver } from './resolvers/group-venue-bookings.resolver';
import { VenueBookingFieldsResolver } from './resolvers/venue-booking-fields.resolver';
import { VenueBookingResolver } from './resolvers/venue-booking.resolver';
import { VenueFieldsResolver } from './resolvers/venue-fields.resolver';
import { VenueQueryResolver } from './resolvers/venue-query.resolver';
import { GroupReference } from './types/group-reference.type';
import { Venue } from './types/venue.type';
import { VenueBooking } from './types/venue-booking.type';

/** resources: venues and their bookings (活動の場・施設予約); adds Group.venueBookings. */
export const resourcesSubgraph: SubgraphDefinition<ResourcesLoaders> = {
  name: 'resources',
  persistence: resourcesPersistence,
  createLoaders: createResourcesLoaders,
  buildSchema: () =>
    buildFederatedSchema(
      {
        resolvers: [
          VenueQueryResolver,
          VenueFieldsResolver,
          VenueBookingFieldsResolver,
          VenueBookingResolver,
          GroupVenueBookingsResolver,
          FundResolver,
          DonationFieldsResolver,
          FundStatementFieldsResolver,
          ProgramDisbursementFieldsResolver,
          GrantProgramResolver,
          GrantAwardFieldsResolver,
          GrantApplicationResolver,
          GroupGrantsResolver,
          EquipmentResolver,
          EquipmentLoanFieldsResolver,
          GroupEquipmentResolver,
        ],
        orphanedTypes: [Venue, VenueBooking, GroupReference],
      },
      {
        Venue: { __resolveReference: resolveVenueReference },
        Group: { __resolveReference: resolveKeyOnlyReference },
      },
    ),
};
