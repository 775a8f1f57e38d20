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

  it('refuses unknown codes and options that mean nothing for the role', () => {
    expect(() => demoPrincipal('intermediary', { intermediary: 'city-hall-canteen' })).toThrow(RangeError);
    expect(() => demoPrincipal('staff', 'a-group-id')).toThrow(RangeError);
  });
});
