import { ConflictError, type FieldIssue, isUuid, ValidationFailedError } from '@tsunagaru/shared-kernel';
import { TrainingAudience, TrainingFormat, type TrainingProgram } from '../entities';

/** People one group may send to one programme in a single enrolment. */
export const MIN_PARTICIPANTS_PER_ENROLLMENT = 1;
export const MAX_PARTICIPANTS_PER_ENROLLMENT = 10;

/**
 * Groups may take part only in programmes for citizens (市民向け) or in those that groups host
 * or serve: internships (インターンシップ, incl. staff placements in groups) and expert
 * consultations (専門相談). Staff-only lectures and workshops are not open to groups.
 */
export function isOpenToGroups(program: Pick<TrainingProgram, 'audience' | 'format'>): boolean {
  return (
    program.audience === TrainingAudience.CITIZENS ||
    program.format === TrainingFormat.INTERNSHIP ||
    program.format === TrainingFormat.EXPERT_CONSULTATION
  );
}

export interface EnrollmentRequest {
  programId: string;
  groupId: string;
  /** People from the group taking part. */
  participants: number;
}

/** Checks the shape of a request before any SQL runs; throws ValidationFailedError listing every problem. */
export function validateEnrollmentRequest(input: EnrollmentRequest): void {
  const issues: FieldIssue[] = [];
  if (!isUuid(input.programId)) {
    issues.push({ field: ['programId'], code: 'INVALID_FORMAT', message: 'programId is not a training programme id.' });
  }
  if (!isUuid(input.groupId)) {
    issues.push({ field: ['groupId'], code: 'INVALID_FORMAT', message: 'groupId is not a group id.' });
  }
  if (
    !Number.isInteger(input.participants) ||
    input.participants < MIN_PARTICIPANTS_PER_ENROLLMENT ||
    input.participants > MAX_PARTICIPANTS_PER_ENROLLMENT
  ) {
    issues.push({
      field: ['participants'],
      code: 'OUT_OF_RANGE',
      message: `participants must be a whole number from ${MIN_PARTICIPANTS_PER_ENROLLMENT} to ${MAX_PARTICIPANTS_PER_ENROLLMENT}.`,
    });
  }
  if (issues.length > 0) throw new ValidationFailedError(issues);
}

/** What the programme already holds, read while its row is locked. */
export interface ProgramUsage {
  /** Sum of participants of every enrolment so far. */
  seatsTaken: number;
  /** Whether the requesting group already has an enrolment. */
  alreadyEnrolled: boolean;
}

/**
 * Decides whether a group may enrol `participants` people, given the programme and its usage.
 * Throws ValidationFailedError when the programme is not open to groups, ConflictError when the
 * group is already enrolled or the seats left do not suffice.
 */
export function assessEnrollment(
  program: Pick<TrainingProgram, 'code' | 'audience' | 'format' | 'capacity'>,
  usage: ProgramUsage,
  participants: number,
): void {
  if (!isOpenToGroups(program)) {
    throw new ValidationFailedError([
      {
        field: ['programId'],
        code: 'NOT_OPEN_TO_GROUPS',
        message: `Training programme ${program.code} is for city staff only; groups cannot enrol.`,
      },
    ]);
  }
  if (usage.alreadyEnrolled) {
    throw new ConflictError(`The group is already enrolled in training programme ${program.code}.`);
  }
  const seatsLeft = Math.max(0, program.capacity - usage.seatsTaken);
  if (participants > seatsLeft) {
    throw new ConflictError(
      seatsLeft === 0
        ? `Training programme ${program.code} is full.`
        : `Training programme ${program.code} has only ${seatsLeft} of ${program.capacity} seats left.`,
    );
  }
}

