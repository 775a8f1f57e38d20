import type { TrainingProgram } from '@tsunagaru/engagement-domain';
import type { EngagementContext } from '../loaders';

/** Other subgraphs hand over `{ id }`; one batched lookup answers them all, null if unknown. */
export async function resolveTrainingProgramReference(
  reference: { id: string },
  context: EngagementContext,
): Promise<TrainingProgram | null> {
  return context.loaders.trainingProgram.load(reference.id);
}
