import type { Department } from '@tsunagaru/directory-domain';
import type { DirectoryContext } from '../loaders';

export async function resolveDepartmentReference(reference: { id: string }, context: DirectoryContext): Promise<Department | null> {
  return context.loaders.department.load(reference.id);
}
