import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { VenueCatalog, type Venue as VenueEntity } from '@tsunagaru/resources-domain';
import { VenueFilter } from '../inputs/venue-filter.input';
import type { ResourcesContext } from '../loaders';
import { Venue } from '../types/venue.type';

@Resolver(() => Venue)
export class VenueQueryResolver {
  @Query(() => [Venue], {
    description: '活動の場: every venue matching the filter, by district (鎌倉, 腰越, 深沢, 大船, 玉縄) and then by reading. Public.',
  })
  async venues(
    @Arg('filter', () => VenueFilter, { nullable: true }) filter: VenueFilter | null,
    @Ctx() context: ResourcesContext,
  ): Promise<VenueEntity[]> {
    const venues = await new VenueCatalog(context.em).list(filter ?? {});
    // Bookings listed under these venues point back at them: no second lookup.
    for (const venue of venues) context.loaders.venue.prime(venue.id, venue);
    return venues;
  }

  @Query(() => Venue, { nullable: true, description: 'One venue by id; null when unknown.' })
  async venue(@Arg('id', () => ID) id: string, @Ctx() context: ResourcesContext): Promise<VenueEntity | null> {
    return context.loaders.venue.load(id);
  }
}
