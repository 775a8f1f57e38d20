import type { Venue } from '@tsunagaru/resources-domain';
import type { ResourcesContext } from '../loaders';

/** Other subgraphs hand over `{ id }`; one batched lookup answers them all, null if unknown. */
export async function resolveVenueReference(reference: { id: string }, context: ResourcesContext): Promise<Venue | null> {
  return context.loaders.venue.load(reference.id);
}
