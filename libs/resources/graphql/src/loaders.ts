import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Venue, VenueBooking, VenueCatalog, type BookingWindow } from '@tsunagaru/resources-domain';
import type { RequestContext } from '@tsunagaru/shared-graphql';
import { createIdLoader } from '@tsunagaru/shared-persistence';

export interface VenueBookingsKey extends BookingWindow {
  venueId: string;
}

export interface GroupVenueBookingsKey {
  groupId: string;
  first: number;
}

/**
 * Keys asking with the same arguments (the usual case: one field in one list) share one
 * statement; each distinct set of arguments costs one more, never one per parent.
 */
function batchByArguments<K, V>(
  keys: readonly K[],
  argumentsKey: (key: K) => string,
  load: (keys: K[]) => Promise<Map<K, V>>,
): Promise<V[]> {
  const groups = new Map<string, K[]>();
  for (const key of keys) {
    const group = groups.get(argumentsKey(key));
    if (group) group.push(key);
    else groups.set(argumentsKey(key), [key]);
  }
  return Promise.all([...groups.values()].map(load)).then((results) => {
    const merged = new Map<K, V>();
    for (const result of results) for (const [key, value] of result) merged.set(key, value);
    return keys.map((key) => merged.get(key) as V);
  });
}

const windowKey = (key: BookingWindow) => `${key.from?.toISOString() ?? ''}|${key.to?.toISOString() ?? ''}`;

export function createResourcesLoaders(em: EntityManager) {
  const catalog = new VenueCatalog(em);
  return {
    venue: createIdLoader(em, Venue),
    /** Venue.bookings(from, to): one statement for all venues asked with the same window. */
    venueBookings: new DataLoader<VenueBookingsKey, VenueBooking[], string>(
      (keys) =>
        batchByArguments(keys, windowKey, async (sameWindow) => {
          const byVenue = await catalog.bookingsOfVenues(
            sameWindow.map((key) => key.venueId),
            sameWindow[0],
          );
          return new Map(sameWindow.map((key) => [key, byVenue.get(key.venueId) ?? []]));
        }),
      { cacheKeyFn: (key) => `${key.venueId}|${windowKey(key)}` },
    ),
    /** Group.venueBookings(first): one statement for all groups asked with the same `first`. */
    groupVenueBookings: new DataLoader<GroupVenueBookingsKey, VenueBooking[], string>(
      (keys) =>
        batchByArguments(keys, (key) => String(key.first), async (sameFirst) => {
          const byGroup = await catalog.latestBookingsOfGroups(
            sameFirst.map((key) => key.groupId),
            sameFirst[0].first,
          );
          return new Map(sameFirst.map((key) => [key, byGroup.get(key.groupId) ?? []]));
        }),
      { cacheKeyFn: (key) => `${key.groupId}|${key.first}` },
    ),
  };
}

export type ResourcesLoaders = ReturnType<typeof createResourcesLoaders>;
export type ResourcesContext = RequestContext<ResourcesLoaders>;
