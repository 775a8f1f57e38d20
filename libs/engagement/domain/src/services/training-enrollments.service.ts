import { randomUUID } from 'node:crypto';
import { LockMode, raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize, ConflictError, NotFoundError, type Principal, todayInJapan } from '@tsunagaru/shared-kernel';
import { hasSqlState, SqlState } from '@tsunagaru/shared-persistence';
import { TrainingEnrollment, TrainingProgram } from '../entities';
import { trainingPolicies } from '../policies';
import {
  assessEnrollment,
  validateEnrollmentRequest,
  type EnrollmentRequest,
  type ProgramUsage,
} from './training-rules';

/** 受講申込: groups enrol people in training programmes open to them. */
export class TrainingEnrollments {
  constructor(private readonly em: EntityManager) {}

  /**
   * Enrols a group, as `trainingPolicies.enrollGroup` allows.
   * The programme row is locked (select … for update) while seats are counted and the
   * enrolment is written, so two concurrent enrolments cannot both take the last seats.
   */
  async enroll(input: EnrollmentRequest, caller: Principal | null): Promise<TrainingEnrollment> {
    authorize(trainingPolicies.enrollGroup, caller, { groupId: input.groupId });
    validateEnrollmentRequest(input);

    try {
      return await this.em.transactional(async (tx) => {
        const program = await tx.findOne(
          TrainingProgram,
          { id: input.programId },
          { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
        );
        if (!program) throw new NotFoundError('TrainingProgram', input.programId);
        assessEnrollment(program, await this.usage(tx, input), input.participants);

        const enrollment = tx.create(TrainingEnrollment, {
          id: randomUUID(),
          programId: program.id,
          groupId: input.groupId,
          participants: input.participants,
          enrolledOn: todayInJapan(),
          attended: false,
        });
        await tx.flush();
        return enrollment;
      });
    } catch (error) {
      // The lock makes this rare; the unique constraint is the last word on duplicates.
      if (error instanceof UniqueConstraintViolationException || hasSqlState(error, SqlState.UNIQUE_VIOLATION)) {
        throw new ConflictError('The group is already enrolled in this training programme.');
      }
      throw error;
    }
  }

  /** Seats taken and whether the group is already in, in one statement inside the transaction. */
  private async usage(tx: EntityManager, input: EnrollmentRequest): Promise<ProgramUsage> {
    const [row] = await tx
      .createQueryBuilder(TrainingEnrollment, 'e')
      .select([
        raw('coalesce(sum(e.participants), 0) as seats_taken'),
        raw('coalesce(bool_or(e.group_id = ?), false) as already_enrolled', [input.groupId]),
      ])
      .where({ programId: input.programId })
      .execute<Array<{ seats_taken: string | number; already_enrolled: boolean }>>('all', false);
    return { seatsTaken: Number(row?.seats_taken ?? 0), alreadyEnrolled: row?.already_enrolled === true };
  }
}
