import { describe, expect, it } from 'vitest';
import { Caller } from './caller';
import type { Principal } from './principal';

const DEPARTMENT = 'dept-environment';
const OTHER_DEPARTMENT = 'dept-education';

const principals: Record<string, Principal> = {
  'staff of the department': { subject: 's1', role: 'staff', groupIds: [], departmentId: DEPARTMENT },
  'staff of another department': { subject: 's2', role: 'staff', groupIds: [], departmentId: OTHER_DEPARTMENT },
  'staff of no department': { subject: 's3', role: 'staff', groupIds: [] },
  reviewer: { subject: 'r1', role: 'reviewer', groupIds: [] },
  'member of a group': { subject: 'm1', role: 'member', groupIds: ['group-a'] },
  'intermediary staff': { subject: 'i1', role: 'intermediary', groupIds: [], intermediaryId: 'center' },
};

describe('Caller.isStaffOfDepartment', () => {
  it.each([
    ['staff of the department', true],
    ['staff of another department', false],
    ['staff of no department', false],
    ['reviewer', false],
    ['member of a group', false],
    ['intermediary staff', false],
  ])('%s: %s', (label, expected) => {
    expect(new Caller(principals[label]).isStaffOfDepartment(DEPARTMENT)).toBe(expected);
  });

  it('is never true for a record that names no department', () => {
    expect(new Caller(principals['staff of no department']).isStaffOfDepartment(undefined)).toBe(false);
    expect(new Caller(principals['staff of the department']).isStaffOfDepartment(null)).toBe(false);
  });

  it('lists the department for list queries, and nothing for anyone else', () => {
    expect(new Caller(principals['staff of the department']).staffedDepartmentIds()).toEqual([DEPARTMENT]);
    expect(new Caller(principals['staff of no department']).staffedDepartmentIds()).toEqual([]);
    expect(new Caller(principals.reviewer).staffedDepartmentIds()).toEqual([]);
  });

  it('refuses a delegated credential of a staff member unless it holds the scope the policy names', () => {
    const app: Principal = { ...principals['staff of the department'], scopes: ['venues:book'] };
    expect(new Caller(app).isStaffOfDepartment(DEPARTMENT)).toBe(false);
    expect(new Caller(app, 'venues:book').isStaffOfDepartment(DEPARTMENT)).toBe(true);
  });
});

describe('Caller.isReviewer', () => {
  it.each(Object.keys(principals))('%s', (label) => {
    expect(new Caller(principals[label]).isReviewer()).toBe(label === 'reviewer');
  });

  it('is not a kind of city staff, and never lent to an app', () => {
    expect(new Caller(principals.reviewer).isCityStaff()).toBe(false);
    expect(new Caller({ ...principals.reviewer, scopes: ['proposals:read'] }, 'proposals:read').isReviewer()).toBe(false);
  });
});
