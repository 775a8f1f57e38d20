import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { PolicyMeasure, type PolicyPriorityClass } from '../entities';
import { compareMeasureCodes } from './policy-measure-order';
import { isUuid } from '@tsunagaru/shared-kernel';

/** Read side of the guideline's measures (施策), as the promotion committee tracks them. */
export class PolicyMeasureCatalog {
  constructor(private readonly em: EntityManager) {}

  /** Measures in the guideline's order (by code), optionally of one priority class. */
  async list(priorityClass?: PolicyPriorityClass | null): Promise<PolicyMeasure[]> {
    const where: FilterQuery<PolicyMeasure> = priorityClass ? { priorityClass } : {};
    const measures = await this.em.find(PolicyMeasure, where);
    return measures.sort(compareMeasureCodes);
  }

  async findById(id: string): Promise<PolicyMeasure | null> {
    return isUuid(id) ? this.em.findOne(PolicyMeasure, { id }) : null;
  }
}
