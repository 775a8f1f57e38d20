import type { EntityManager } from '@mikro-orm/postgresql';
import { findPage, keysetOrder, type Page, type PageRequest } from '@tsunagaru/shared-persistence';
import { Department, Intermediary } from '../entities';

/** The code of the Civic Activity Center (市民活動センター), where groups register unless they name another intermediary. */
export const CIVIC_ACTIVITY_CENTER_CODE = 'civic-activity-center';

/** Departments by their stable code (unique), id last so the order is total whatever happens to codes. */
export const DEPARTMENTS_BY_CODE = keysetOrder<Department>(
  { sql: 'code', type: 'text', of: (department) => department.code },
  { sql: 'id', type: 'uuid', of: (department) => department.id },
);

/** Intermediaries in reading order (五十音順). */
export const INTERMEDIARIES_IN_READING_ORDER = keysetOrder<Intermediary>(
  { sql: 'name_kana', type: 'text', of: (intermediary) => intermediary.nameKana },
  { sql: 'id', type: 'uuid', of: (intermediary) => intermediary.id },
);

/** Read side of the city's departments (担当課) and the intermediary support organisations (中間支援組織). */
export class OrganizationDirectory {
  constructor(private readonly em: EntityManager) {}

  async departments(page: PageRequest<Department>): Promise<Page<Department>> {
    return findPage(this.em, Department, {}, page);
  }

  async intermediaries(page: PageRequest<Intermediary>): Promise<Page<Intermediary>> {
    return findPage(this.em, Intermediary, {}, page);
  }

  async intermediaryByCode(code: string): Promise<Intermediary | null> {
    return this.em.findOne(Intermediary, { code });
  }
}
