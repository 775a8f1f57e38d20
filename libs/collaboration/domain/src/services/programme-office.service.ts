import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, isUuid, type Principal, authorizeOrRefuse, refuse } from '@tsunagaru/shared-kernel';
import { ProgrammeOffice } from '../entities';
import { departmentWorkPolicies } from '../policies';
import { sql } from '@tsunagaru/shared-persistence';

/**
 * 事務局: which department runs the mutual-proposal programme. The subgraph keeps it in its
 * own schema (it owns no departments and reads no directory tables). The demo seed sets
 * 地域のつながり推進課; a deployment sets it once with SQL (README, "The programme's
 * secretariat"), after which the secretariat's staff hand it over with
 * `assignProgrammeSecretariat`. No migration carries it: department ids differ per deployment.
 */
export class ProgrammeOffices {
  constructor(private readonly em: EntityManager) {}

  async secretariatDepartmentId(): Promise<string | null> {
    const office = await this.em.findOne(ProgrammeOffice, { singleton: true });
    return office?.secretariatDepartmentId ?? null;
  }

  /** Hands the secretariat to another department; only the current secretariat's staff may, and only once per state. */
  async assign(departmentId: string, caller: Principal | null): Promise<ProgrammeOffice> {
    const current = await this.secretariatDepartmentId();
    const principal = authorizeOrRefuse(departmentWorkPolicies.assignSecretariat, caller, { secretariatDepartmentId: current }, 'departmentId');
    if (!isUuid(departmentId)) throw refuse('departmentId', 'INVALID_ID', 'departmentId is not a department id.');
    const changed = await sql(
      this.em,
      `update programme_office set secretariat_department_id = ?, updated_at = now(), updated_by = ?
        where singleton and secretariat_department_id = ? returning singleton`,
      [departmentId, principal.subject, current],
    );
    if (changed.length === 0) throw new ConflictError('The secretariat was handed over by someone else meanwhile.');
    return (await this.em.fork().findOne(ProgrammeOffice, { singleton: true }))!;
  }
}
