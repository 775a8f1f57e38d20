import { describe, expect, it } from 'vitest';
import { ConflictError, ValidationFailedError } from '@tsunagaru/shared-kernel';
import { TrainingAudience, TrainingFormat } from '../entities';
import {
  assessEnrollment,
  isOpenToGroups,
  MAX_PARTICIPANTS_PER_ENROLLMENT,
  validateEnrollmentRequest,
} from './training-rules';

const PROGRAM_ID = '6f1c1a52-4b5e-5c1d-9a3b-2f1e0d9c8b7a';
const GROUP_ID = '0a1b2c3d-4e5f-5a6b-8c7d-9e0f1a2b3c4d';

const citizenWorkshop = {
  code: 'fy2019-citizen-collaboration-workshop',
  audience: TrainingAudience.CITIZENS,
  format: TrainingFormat.WORKSHOP,
  capacity: 80,
};

function caught(run: () => void): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('isOpenToGroups', () => {
  it('opens citizen programmes, internships and expert consultations, not staff lectures and workshops', () => {
    expect(isOpenToGroups({ audience: TrainingAudience.CITIZENS, format: TrainingFormat.LECTURE })).toBe(true);
    expect(isOpenToGroups({ audience: TrainingAudience.YOUNG_STAFF, format: TrainingFormat.INTERNSHIP })).toBe(true);
    expect(isOpenToGroups({ audience: TrainingAudience.MANAGERIAL_STAFF, format: TrainingFormat.EXPERT_CONSULTATION })).toBe(true);
    expect(isOpenToGroups({ audience: TrainingAudience.YOUNG_STAFF, format: TrainingFormat.WORKSHOP })).toBe(false);
    expect(isOpenToGroups({ audience: TrainingAudience.MANAGERIAL_STAFF, format: TrainingFormat.LECTURE })).toBe(false);
  });
});

describe('validateEnrollmentRequest', () => {
  it('accepts 1 to 10 participants with uuid ids', () => {
    expect(() => validateEnrollmentRequest({ programId: PROGRAM_ID, groupId: GROUP_ID, participants: 1 })).not.toThrow();
    expect(() =>
      validateEnrollmentRequest({ programId: PROGRAM_ID, groupId: GROUP_ID, participants: MAX_PARTICIPANTS_PER_ENROLLMENT }),
    ).not.toThrow();
  });

  it.each([0, -1, 11, 2.5, Number.NaN])('rejects %s participants', (participants) => {
    const error = caught(() => validateEnrollmentRequest({ programId: PROGRAM_ID, groupId: GROUP_ID, participants }));
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect((error as ValidationFailedError).issues).toEqual([
      expect.objectContaining({ field: ['participants'], code: 'OUT_OF_RANGE' }),
    ]);
  });

  it('reports every malformed field at once', () => {
    const error = caught(() => validateEnrollmentRequest({ programId: 'x', groupId: 'not-a-uuid', participants: 0 }));
    expect((error as ValidationFailedError).issues.map((issue) => issue.field.join('.'))).toEqual([
      'programId',
      'groupId',
      'participants',
    ]);
  });
});

describe('assessEnrollment', () => {
  it('lets a group take seats up to the capacity exactly', () => {
    expect(() => assessEnrollment(citizenWorkshop, { seatsTaken: 76, alreadyEnrolled: false }, 4)).not.toThrow();
  });

  it('refuses more participants than seats left with CONFLICT', () => {
    const error = caught(() => assessEnrollment(citizenWorkshop, { seatsTaken: 77, alreadyEnrolled: false }, 4));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).message).toContain('only 3 of 80 seats left');
    expect(caught(() => assessEnrollment(citizenWorkshop, { seatsTaken: 80, alreadyEnrolled: false }, 1))).toBeInstanceOf(
      ConflictError,
    );
  });

  it('treats an over-full programme as full rather than negative seats', () => {
    const error = caught(() => assessEnrollment(citizenWorkshop, { seatsTaken: 85, alreadyEnrolled: false }, 1));
    expect((error as ConflictError).message).toContain('is full');
  });

  it('refuses a second enrolment of the same group with CONFLICT', () => {
    expect(caught(() => assessEnrollment(citizenWorkshop, { seatsTaken: 0, alreadyEnrolled: true }, 1))).toBeInstanceOf(
      ConflictError,
    );
  });

  it('refuses staff-only programmes as a user error on programId', () => {
    const staffWorkshop = { ...citizenWorkshop, audience: TrainingAudience.MID_CAREER_STAFF };
    const error = caught(() => assessEnrollment(staffWorkshop, { seatsTaken: 0, alreadyEnrolled: false }, 1));
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect((error as ValidationFailedError).issues[0]).toMatchObject({ field: ['programId'], code: 'NOT_OPEN_TO_GROUPS' });
  });
});
