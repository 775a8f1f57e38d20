import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { findPage, keysetOrder, type Page, type PageRequest } from '@tsunagaru/shared-persistence';
import { PolicyMeasure, type PolicyPriorityClass } from '../entities';
import { guidelineOrderOf } from './policy-measure-order';

/**
 * The guideline's order (6-3-2 before 6-3-10): the code's parts as integers, which the
 * generated column `guideline_order` holds, compared part by part as compareMeasureCodes does.
 */
export const POLICY_MEASURES_IN_GUIDELINE_ORDER = keysetOrder<PolicyMeasure>(
  { sql: 'guideline_order', type: 'int[]', of: (measure) => guidelineOrderOf(measure.code) },
  { sql: 'id', type: 'uuid', of: (measure) => measure.id },
);

/** Read side of the guideline's measures (施策), as the promotion committee tracks them. */
export class PolicyMeasureCatalog {
  constructor(private readonly em: EntityManager) {}

  /** A page of measures in the guideline's order, optionally of one priority class. */
  async list(priorityClass: PolicyPriorityClass | null | undefined, page: PageRequest<PolicyMeasure>): Promise<Page<PolicyMeasure>> {
    const where: FilterQuery<PolicyMeasure> = priorityClass ? { priorityClass } : {};
    return findPage(this.em, PolicyMeasure, where, page);
  }
}
