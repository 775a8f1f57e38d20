import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { PolicyMeasure, type PolicyPriorityClass } from '../entities';
import { isUuid } from './training-rules';

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

/** Orders codes like 6-3-2 before 6-3-10: part by part, numerically where both parts are numbers. */
export function compareMeasureCodes(a: Pick<PolicyMeasure, 'code'>, b: Pick<PolicyMeasure, 'code'>): number {
  const left = a.code.split('-');
  const right = b.code.split('-');
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const x = left[i];
    const y = right[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const diff = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y);
    if (diff !== 0) return diff;
  }
  return 0;
}
