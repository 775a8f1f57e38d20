import type { EntityManager } from '@mikro-orm/postgresql';
import { Department, Intermediary } from '../entities';

/** The code of the Civic Activity Center (市民活動センター), where groups register unless they name another intermediary. */
export const CIVIC_ACTIVITY_CENTER_CODE = 'civic-activity-center';

/** 市の部局と中間支援組織: the organisations groups work with. Public records. */
export class OrganizationDirectory {
  constructor(private readonly em: EntityManager) {}

  /** Every city department, by code. */
  async departments(): Promise<Department[]> {
    return this.em.find(Department, {}, { orderBy: { code: 'asc' } });
  }

  /** Every intermediary support organisation, in reading order. */
  async intermediaries(): Promise<Intermediary[]> {
    return this.em.find(Intermediary, {}, { orderBy: { nameKana: 'asc' } });
  }

  async intermediaryByCode(code: string): Promise<Intermediary | null> {
    return this.em.findOne(Intermediary, { code });
  }
}
