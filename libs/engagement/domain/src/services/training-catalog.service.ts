import { raw } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { TrainingEnrollment, TrainingProgram, type TrainingAudience } from '../entities';
import { isUuid } from '@tsunagaru/shared-kernel';

export interface TrainingProgramFilter {
  fiscalYear?: number | null;
  audience?: TrainingAudience | null;
}

/** Read side of training (研修): the public calendar and the figures batched per request. */
export class TrainingCatalog {
  constructor(private readonly em: EntityManager) {}

  /** Programmes, newest fiscal year first, then by code. */
  async list(filter: TrainingProgramFilter): Promise<TrainingProgram[]> {
    const where: FilterQuery<TrainingProgram> = {};
    if (filter.fiscalYear != null) where.fiscalYear = filter.fiscalYear;
    if (filter.audience != null) where.audience = filter.audience;
    return this.em.find(TrainingProgram, where, { orderBy: { fiscalYear: 'desc', code: 'asc' } });
  }

  async findById(id: string): Promise<TrainingProgram | null> {
    return isUuid(id) ? this.em.findOne(TrainingProgram, { id }) : null;
  }

  /** Participants enrolled per programme, in one grouped statement; absent ids have none. */
  async seatsTaken(programIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.em
      .createQueryBuilder(TrainingEnrollment, 'e')
      .select([raw('e.program_id as program_id'), raw('sum(e.participants) as seats_taken')])
      .where({ programId: { $in: [...programIds] } })
      .groupBy('e.programId')
      .execute<Array<{ program_id: string; seats_taken: string | number }>>('all', false);
    return new Map(rows.map((row) => [row.program_id, Number(row.seats_taken)]));
  }

  /** Enrolments per group, in one grouped statement; absent ids have none. */
  async enrollmentCounts(groupIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.em
      .createQueryBuilder(TrainingEnrollment, 'e')
      .select([raw('e.group_id as group_id'), raw('count(*) as enrollment_count')])
      .where({ groupId: { $in: [...groupIds] } })
      .groupBy('e.groupId')
      .execute<Array<{ group_id: string; enrollment_count: string | number }>>('all', false);
    return new Map(rows.map((row) => [row.group_id, Number(row.enrollment_count)]));
  }
}
