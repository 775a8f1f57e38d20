import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { VenueCatalog, VENUES_BY_DISTRICT, type Venue as VenueEntity } from '@tsunagaru/resources-domain';
import { ForwardPaginationArgs, toConnection, withArgumentPath, type ConnectionResult } from '@tsunagaru/shared-graphql';
import { VenueFilter } from '../inputs/venue-filter.input';
import type { ResourcesContext } from '../loaders';
import { Venue, VenueConnection } from '../types/venue.type';

@Resolver(() => Venue)
export class VenueQueryResolver {
  @Query(() => VenueConnection, {
    nullable: true,
    description: '活動の場: venues matching the filter (district, kind, capacity, accessibility, a free time window), by district (鎌倉, 腰越, 深沢, 大船, 玉縄) and then by reading. Public.',
  })
  async venues(
    @Arg('filter', () => VenueFilter, { nullable: true }) filter: VenueFilter | null,
    @Args(() => ForwardPaginationArgs) page: ForwardPaginationArgs,
    @Ctx() context: ResourcesContext,
  ): Promise<ConnectionResult<VenueEntity>> {
    const request = VENUES_BY_DISTRICT.request(page);
    const venues = await withArgumentPath('filter', () => new VenueCatalog(context.em).list(filter ?? {}, request));
    // Bookings listed under these venues point back at them: no second lookup.
    for (const venue of venues.rows) context.loaders.venue.prime(venue.id, venue);
    return toConnection(venues);
  }

  @Query(() => Venue, { nullable: true, description: 'One venue by id; null when unknown.' })
  async venue(@Arg('id', () => ID) id: string, @Ctx() context: ResourcesContext): Promise<VenueEntity | null> {
    return context.loaders.venue.load(id);
  }
}
