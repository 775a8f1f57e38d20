import { describe, expect, it } from 'vitest';
import { type Decision, type GroupIdSubject, type Policy } from '@tsunagaru/shared-kernel';
import { POLICY_TEST_CALLERS, POLICY_TEST_GROUP, type CallerKind } from '@tsunagaru/shared-testing';
import { venueBookingPolicies } from './venue-booking-policies';

// Resources knows a group by its id only: staff of any intermediary help any group book.
const expected: Record<CallerKind, Decision> = {
  anonymous: 'unauthenticated',
  'member of the group': 'allow',
  'member of another group': 'forbidden',
  "staff of the group's intermediary": 'allow',
  'staff of another intermediary': 'allow',
  'city staff': 'allow',
};

describe.each([
  ['bookForGroup', venueBookingPolicies.bookForGroup],
  ['cancelGroupBooking', venueBookingPolicies.cancelGroupBooking],
] as Array<[string, Policy<GroupIdSubject>]>)('venueBookingPolicies.%s', (_name, policy) => {
  it.each(Object.keys(expected) as CallerKind[])('%s', (kind) => {
    expect(policy.decide(POLICY_TEST_CALLERS[kind], { groupId: POLICY_TEST_GROUP.groupId })).toBe(expected[kind]);
  });

  it('lets an app acting for the group book only with venues:book', () => {
    const member = POLICY_TEST_CALLERS['member of the group']!;
    expect(policy.decide({ ...member, scopes: ['venues:book'] }, { groupId: POLICY_TEST_GROUP.groupId })).toBe('allow');
    expect(policy.decide({ ...member, scopes: ['group:read'] }, { groupId: POLICY_TEST_GROUP.groupId })).toBe('forbidden');
  });
});

describe('venueBookingPolicies.readBookingDetails', () => {
  it.each(Object.keys(expected) as CallerKind[])('%s', (kind) => {
    expect(venueBookingPolicies.readBookingDetails.decide(POLICY_TEST_CALLERS[kind], { groupId: POLICY_TEST_GROUP.groupId })).toBe(expected[kind]);
  });
});

describe('venueBookingPolicies.decideBooking', () => {
  it('lets staff decide, never members, anonymous callers or apps', () => {
    const subject = { venueId: '00000000-0000-4000-8000-000000000001' };
    expect(venueBookingPolicies.decideBooking.decide(POLICY_TEST_CALLERS['city staff'], subject)).toBe('allow');
    expect(venueBookingPolicies.decideBooking.decide(POLICY_TEST_CALLERS['staff of another intermediary'], subject)).toBe('allow');
    expect(venueBookingPolicies.decideBooking.decide(POLICY_TEST_CALLERS['member of the group'], subject)).toBe('forbidden');
    expect(venueBookingPolicies.decideBooking.decide(null, subject)).toBe('unauthenticated');
    expect(venueBookingPolicies.decideBooking.decide({ ...POLICY_TEST_CALLERS['city staff']!, scopes: ['venues:book'] }, subject)).toBe('forbidden');
  });
});

describe('venueBookingPolicies.manageVenue', () => {
  it('lets city and intermediary staff close venues, nobody else', () => {
    const subject = { venueId: '00000000-0000-4000-8000-000000000001' };
    expect(venueBookingPolicies.manageVenue.decide(POLICY_TEST_CALLERS['city staff'], subject)).toBe('allow');
    expect(venueBookingPolicies.manageVenue.decide(POLICY_TEST_CALLERS["staff of the group's intermediary"], subject)).toBe('allow');
    expect(venueBookingPolicies.manageVenue.decide(POLICY_TEST_CALLERS['member of the group'], subject)).toBe('forbidden');
    expect(venueBookingPolicies.manageVenue.decide(null, subject)).toBe('unauthenticated');
  });
});
