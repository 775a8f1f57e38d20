import type { Survey } from '@tsunagaru/engagement-domain';
import type { EngagementContext } from '../loaders';

/** Other subgraphs hand over `{ id }`; one batched lookup answers them all, null if unknown. */
export async function resolveSurveyReference(reference: { id: string }, context: EngagementContext): Promise<Survey | null> {
  return context.loaders.survey.load(reference.id);
}
