import type { Intermediary } from '@tsunagaru/directory-domain';
import type { DirectoryContext } from '../loaders';

export async function resolveIntermediaryReference(reference: { id: string }, context: DirectoryContext): Promise<Intermediary | null> {
  return context.loaders.intermediary.load(reference.id);
}
