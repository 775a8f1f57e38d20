import type { PolicyMeasure } from '@tsunagaru/engagement-domain';
import type { EngagementContext } from '../loaders';

export async function resolvePolicyMeasureReference(
  reference: { id: string },
  context: EngagementContext,
): Promise<PolicyMeasure | null> {
  return context.loaders.policyMeasure.load(reference.id);
}
