import type { TrainingSession } from '@tsunagaru/engagement-domain';
import type { EngagementContext } from '../loaders';

/** Other subgraphs hand over `{ id }`; one batched lookup answers them all, null if unknown. */
export async function resolveTrainingSessionReference(reference: { id: string }, context: EngagementContext): Promise<TrainingSession | null> {
  return context.loaders.trainingSession.load(reference.id);
}
