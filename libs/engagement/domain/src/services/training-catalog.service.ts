import { raw } from '@mikro-orm/core';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { findPage, keysetOrder, type Page, type PageRequest } from '@tsunagaru/shared-persistence';
import { TrainingEnrollment, TrainingProgram, type TrainingAudience } from '../entities';

export interface TrainingProgramFilter {
  fiscalYear?: number | null;
  audience?: TrainingAudience | null;
}

/**
 * The training calendar: newest fiscal year first, then by code (unique, so the order is
 * total). The directions differ, so the cursor predicate compares run by run.
 */
export const TRAINING_PROGRAMS_NEWEST_YEAR_FIRST = keysetOrder<TrainingProgram>(
  { sql: 'fiscal_year', type: 'int', direction: 'desc', of: (program) => program.fiscalYear },
  { sql: 'code', type: 'text', of: (program) => program.code },
);

/** Enrolments in the order they were made: enrolment date, then id. */
export const ENROLLMENTS_IN_ORDER_MADE = keysetOrder<TrainingEnrollment>(
  { sql: 'enrolled_on', type: 'date', of: (enrollment) => enrollment.enrolledOn },
  { sql: 'id', type: 'uuid', of: (enrollment) => enrollment.id },
);

/** Read side of training (研修): the public calendar and the figures batched per request. */
export class TrainingCatalog {
  constructor(private readonly em: EntityManager) {}

  /** A page of programmes, newest fiscal year first; the total only if asked for. */
  async list(filter: TrainingProgramFilter, page: PageRequest<TrainingProgram>): Promise<Page<TrainingProgram>> {
    const where: FilterQuery<TrainingProgram> = {};
    if (filter.fiscalYear != null) where.fiscalYear = filter.fiscalYear;
    if (filter.audience != null) where.audience = filter.audience;
    return findPage(this.em, TrainingProgram, where, page);
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
