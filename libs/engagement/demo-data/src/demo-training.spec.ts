import { describe, it, expect } from 'vitest';
import { deterministicUuid } from '@tsunagaru/shared-kernel';
import { DEMO_DEPARTMENTS, DEMO_GROUP_COUNT, demoDepartmentId, demoGroupId } from '@tsunagaru/shared-demo-data';
import { assessEnrollment, isOpenToGroups, validateEnrollmentRequest } from '@tsunagaru/engagement-domain';
import { buildDemoTrainingEnrollments, buildDemoTrainingPrograms } from './demo-training';

describe('buildDemoTrainingPrograms', () => {
  const programs = buildDemoTrainingPrograms();

  it('has nine programmes in FY2019 and FY2020 with unique codes and derived ids', () => {
    expect(programs).toHaveLength(9);
    expect(new Set(programs.map((p) => p.code)).size).toBe(programs.length);
    for (const program of programs) {
      expect(program.id).toBe(deterministicUuid('training-program', program.code));
      expect([2019, 2020]).toContain(program.fiscalYear);
      expect(program.capacity).toBeGreaterThan(0);
    }
  });

  it('covers every staff level and citizens, and every format the guideline names', () => {
    expect(new Set(programs.map((p) => p.audience))).toEqual(
      new Set(['YOUNG_STAFF', 'MID_CAREER_STAFF', 'MANAGERIAL_STAFF', 'CITIZENS']),
    );
    expect(new Set(programs.map((p) => p.format))).toEqual(
      new Set(['LECTURE', 'WORKSHOP', 'INTERNSHIP', 'EXPERT_CONSULTATION']),
    );
  });

  it('is organised by existing departments', () => {
    const departmentIds = new Set(DEMO_DEPARTMENTS.map((d) => demoDepartmentId(d.code)));
    for (const program of programs) {
      expect(departmentIds.has(program.organizerDepartmentId), program.code).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(buildDemoTrainingPrograms()).toEqual(programs);
  });
});

describe('buildDemoTrainingEnrollments', () => {
  const programs = buildDemoTrainingPrograms();
  const programById = new Map(programs.map((p) => [p.id, p]));
  const enrollments = buildDemoTrainingEnrollments();

  it('has 120 enrollments with unique ids', () => {
    expect(enrollments).toHaveLength(120);
    expect(new Set(enrollments.map((e) => e.id)).size).toBe(enrollments.length);
  });

  it('enrols demo groups only in programmes open to groups, once per programme', () => {
    const groupIds = new Set(Array.from({ length: DEMO_GROUP_COUNT }, (_, i) => demoGroupId(i)));
    const pairs = new Set<string>();
    for (const enrollment of enrollments) {
      const program = programById.get(enrollment.programId);
      expect(program).toBeDefined();
      expect(program && isOpenToGroups(program)).toBe(true);
      expect(groupIds.has(enrollment.groupId)).toBe(true);
      pairs.add(`${enrollment.programId}:${enrollment.groupId}`);
    }
    expect(pairs.size).toBe(enrollments.length);
    for (const program of programs.filter((p) => !isOpenToGroups(p))) {
      expect(['YOUNG_STAFF', 'MID_CAREER_STAFF', 'MANAGERIAL_STAFF']).toContain(program.audience);
    }
  });

  it('keeps each programme within capacity with 1 to 5 participants per group', () => {
    const seats = new Map<string, number>();
    for (const enrollment of enrollments) {
      expect(Number.isInteger(enrollment.participants)).toBe(true);
      expect(enrollment.participants).toBeGreaterThanOrEqual(1);
      expect(enrollment.participants).toBeLessThanOrEqual(5);
      seats.set(enrollment.programId, (seats.get(enrollment.programId) ?? 0) + enrollment.participants);
    }
    for (const [programId, used] of seats) {
      expect(used).toBeLessThanOrEqual(programById.get(programId)?.capacity ?? 0);
    }
  });

  it('dates each enrollment as a real day in its programme’s fiscal year', () => {
    for (const enrollment of enrollments) {
      expect(enrollment.enrolledOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const fiscalYear = programById.get(enrollment.programId)?.fiscalYear ?? 0;
      expect(enrollment.enrolledOn >= `${fiscalYear}-04-01`).toBe(true);
      expect(enrollment.enrolledOn <= `${fiscalYear + 1}-03-31`).toBe(true);
      expect(new Date(`${enrollment.enrolledOn}T00:00:00Z`).toISOString().slice(0, 10)).toBe(enrollment.enrolledOn);
    }
  });

  it('records some absences but mostly attendance', () => {
    const attended = enrollments.filter((e) => e.attended).length;
    expect(attended).toBeGreaterThan(enrollments.length / 2);
    expect(attended).toBeLessThan(enrollments.length);
  });

  it('is deterministic', () => {
    expect(buildDemoTrainingEnrollments()).toEqual(enrollments);
  });

  it('passes the domain rules for enrolments, taken in the order they were made', () => {
    const taken = new Map<string, number>();
    const seen = new Set<string>();
    for (const enrollment of enrollments) {
      const program = programById.get(enrollment.programId)!;
      const key = `${enrollment.programId}:${enrollment.groupId}`;
      const usage = { seatsTaken: taken.get(enrollment.programId) ?? 0, alreadyEnrolled: seen.has(key) };
      expect(() => assessEnrollment(program, usage, enrollment.participants)).not.toThrow();
      expect(() => validateEnrollmentRequest(enrollment)).not.toThrow();
      taken.set(enrollment.programId, usage.seatsTaken + enrollment.participants);
      seen.add(key);
    }
  });
});
