import { describe, expect, it } from 'vitest';
import { demoDepartmentId, demoIntermediaryId } from './demo-ids';
import { demoPrincipal } from './demo-principals';

describe('demoPrincipal', () => {
  it('signs for staff of another intermediary or department by code', () => {
    expect(demoPrincipal('intermediary', { intermediary: 'social-welfare-council' })).toMatchObject({
      subject: 'demo-intermediary-social-welfare-council',
      intermediaryId: demoIntermediaryId('social-welfare-council'),
    });
    expect(demoPrincipal('staff', { department: 'environment' })).toMatchObject({ departmentId: demoDepartmentId('environment') });
    expect(demoPrincipal('intermediary')).toMatchObject({ subject: 'demo-intermediary', intermediaryId: demoIntermediaryId('civic-activity-center') });
  });

  it('signs for staff of a department by its id as well as its code', () => {
    expect(demoPrincipal('staff', { department: demoDepartmentId('environment') })).toEqual(demoPrincipal('staff', { department: 'environment' }));
    expect(demoPrincipal('staff', { department: demoDepartmentId('community-connection') })).toMatchObject({ subject: 'demo-staff' });
  });

  it('has one reviewer (a promotion committee member), of no group, department or intermediary', () => {
    expect(demoPrincipal('reviewer')).toEqual({ subject: 'demo-reviewer', role: 'reviewer', displayName: expect.stringContaining('推進委員会'), groupIds: [] });
    expect(() => demoPrincipal('reviewer', { department: 'environment' })).toThrow(RangeError);
  });

  it('refuses unknown codes and options that mean nothing for the role', () => {
    expect(() => demoPrincipal('intermediary', { intermediary: 'city-hall-canteen' })).toThrow(RangeError);
    expect(() => demoPrincipal('staff', 'a-group-id')).toThrow(RangeError);
    expect(() => demoPrincipal('staff', { department: '00000000-0000-5000-8000-000000000000' })).toThrow(RangeError);
  });
});
