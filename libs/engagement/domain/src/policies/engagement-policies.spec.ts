import { describe, expect, it } from 'vitest';
import type { Decision } from '@tsunagaru/shared-kernel';
import { demoDepartmentId, demoPrincipal, POLICY_TEST_CALLERS, POLICY_TEST_GROUP, type CallerKind } from '@tsunagaru/shared-testing';
import {
  consultationPolicies,
  consultationVisibilityOf,
  measurePolicies,
  participantKindOf,
  staffDepartmentOf,
  surveyPolicies,
  trainingSessionPolicies,
} from './engagement-policies';

const kinds = Object.keys(POLICY_TEST_CALLERS) as CallerKind[];
const table = (allowed: CallerKind[]): Record<CallerKind, Decision> =>
  Object.fromEntries(kinds.map((kind) => [kind, kind === 'anonymous' ? 'unauthenticated' : allowed.includes(kind) ? 'allow' : 'forbidden'])) as Record<CallerKind, Decision>;

describe('surveyPolicies', () => {
  it.each(kinds)('only city staff see exact small counts and every response: %s', (kind) => {
    const expected = table(['city staff']);
    expect(surveyPolicies.readUnsuppressedResults.decide(POLICY_TEST_CALLERS[kind], null)).toBe(expected[kind]);
    expect(surveyPolicies.readAllResponses.decide(POLICY_TEST_CALLERS[kind], null)).toBe(expected[kind]);
    expect(surveyPolicies.manage.decide(POLICY_TEST_CALLERS[kind], null)).toBe(expected[kind]);
  });

  it.each(kinds)("a group's answers: the group and city staff: %s", (kind) => {
    const subject = { groupId: POLICY_TEST_GROUP.groupId };
    expect(surveyPolicies.readGroupResponses.decide(POLICY_TEST_CALLERS[kind], subject)).toBe(table(['member of the group', 'city staff'])[kind]);
    expect(surveyPolicies.readResponse.decide(POLICY_TEST_CALLERS[kind], { ...subject, personSubject: null })).toBe(
      table(['member of the group', 'city staff'])[kind],
    );
    expect(surveyPolicies.answerForGroup.decide(POLICY_TEST_CALLERS[kind], subject)).toBe(table(['member of the group'])[kind]);
  });

  it('a person reads their own citizen-survey answer; an app acting for a group never answers for it', () => {
    const citizen = demoPrincipal('member', POLICY_TEST_GROUP.groupId);
    expect(surveyPolicies.readResponse.decide(citizen, { groupId: null, personSubject: citizen.subject })).toBe('allow');
    expect(surveyPolicies.readResponse.decide(citizen, { groupId: null, personSubject: 'someone-else' })).toBe('forbidden');
    expect(surveyPolicies.answerForGroup.decide({ ...citizen, scopes: ['training:read'] }, { groupId: POLICY_TEST_GROUP.groupId })).toBe('forbidden');
    expect(surveyPolicies.answerAsPerson.decide(citizen, { staffOnly: true })).toBe('forbidden');
    expect(surveyPolicies.answerAsPerson.decide(demoPrincipal('staff'), { staffOnly: true })).toBe('allow');
  });
});

describe('trainingSessionPolicies', () => {
  it.each(kinds)('who sees session enrolment lists and records attendance: %s', (kind) => {
    const expected = table(["staff of the group's intermediary", 'staff of another intermediary', 'city staff']);
    expect(trainingSessionPolicies.readSessionEnrollments.decide(POLICY_TEST_CALLERS[kind], null)).toBe(expected[kind]);
    expect(trainingSessionPolicies.recordAttendance.decide(POLICY_TEST_CALLERS[kind], null)).toBe(expected[kind]);
    expect(trainingSessionPolicies.schedule.decide(POLICY_TEST_CALLERS[kind], null)).toBe(table(['city staff'])[kind]);
  });

  it('people enrol themselves (staff programmes: city staff), cancel their own, and enrol for a group only as its member', () => {
    const member = POLICY_TEST_CALLERS['member of the group']!;
    expect(trainingSessionPolicies.enrollSelf.decide(member, { staffProgramme: false, groupId: null })).toBe('allow');
    expect(trainingSessionPolicies.enrollSelf.decide(member, { staffProgramme: false, groupId: POLICY_TEST_GROUP.groupId })).toBe('allow');
    expect(trainingSessionPolicies.enrollSelf.decide(POLICY_TEST_CALLERS['member of another group']!, { staffProgramme: false, groupId: POLICY_TEST_GROUP.groupId })).toBe('forbidden');
    expect(trainingSessionPolicies.enrollSelf.decide(member, { staffProgramme: true, groupId: null })).toBe('forbidden');
    expect(trainingSessionPolicies.enrollSelf.decide(demoPrincipal('staff'), { staffProgramme: true, groupId: null })).toBe('allow');
    expect(trainingSessionPolicies.cancel.decide(member, { personSubject: member.subject })).toBe('allow');
    expect(trainingSessionPolicies.cancel.decide(member, { personSubject: 'someone-else' })).toBe('forbidden');
    expect(trainingSessionPolicies.cancel.decide({ ...member, scopes: ['training:enroll'] }, { personSubject: member.subject })).toBe('forbidden');
  });

  it('records who a participant was for the figures', () => {
    expect(participantKindOf(demoPrincipal('staff', { department: 'environment' }))).toBe('CITY_STAFF');
    expect(staffDepartmentOf(demoPrincipal('staff', { department: 'environment' }))).toBe(demoDepartmentId('environment'));
    expect(participantKindOf(demoPrincipal('intermediary'))).toBe('INTERMEDIARY_STAFF');
    expect(participantKindOf(demoPrincipal('member'))).toBe('GROUP_MEMBER');
    expect(staffDepartmentOf(demoPrincipal('member'))).toBeNull();
  });
});

describe('consultationPolicies', () => {
  const toCenter = { requesterSubject: 'someone', groupId: POLICY_TEST_GROUP.groupId, intermediaryId: POLICY_TEST_GROUP.intermediaryId };
  it.each(kinds)('a request to an intermediary: read by the group and the staff handling it; notes by the staff only: %s', (kind) => {
    expect(consultationPolicies.read.decide(POLICY_TEST_CALLERS[kind], toCenter)).toBe(table(['member of the group', "staff of the group's intermediary", 'city staff'])[kind]);
    expect(consultationPolicies.readNotes.decide(POLICY_TEST_CALLERS[kind], toCenter)).toBe(table(["staff of the group's intermediary", 'city staff'])[kind]);
    expect(consultationPolicies.handle.decide(POLICY_TEST_CALLERS[kind], toCenter)).toBe(table(["staff of the group's intermediary", 'city staff'])[kind]);
  });

  it('a request to the coordinator is handled by city staff; the list filter agrees', () => {
    const toCoordinator = { requesterSubject: 'citizen', groupId: null, intermediaryId: null };
    expect(consultationPolicies.handle.decide(demoPrincipal('intermediary'), toCoordinator)).toBe('forbidden');
    expect(consultationPolicies.handle.decide(demoPrincipal('staff'), toCoordinator)).toBe('allow');
    expect(consultationVisibilityOf(null)).toEqual({ all: false, intermediaryIds: [], personSubject: null, groupIds: [] });
    expect(consultationVisibilityOf(demoPrincipal('staff')).all).toBe(true);
    expect(consultationVisibilityOf(demoPrincipal('intermediary')).intermediaryIds).toEqual([POLICY_TEST_GROUP.intermediaryId]);
  });
});

describe('measurePolicies', () => {
  const lead = demoDepartmentId('environment');
  const secretariat = demoDepartmentId('community-connection');
  it('the lead department or the secretariat reports; another department, groups and intermediaries cannot', () => {
    const subject = { leadDepartmentId: lead, secretariatDepartmentId: secretariat };
    expect(measurePolicies.reportProgress.decide(demoPrincipal('staff', { department: 'environment' }), subject)).toBe('allow');
    expect(measurePolicies.reportProgress.decide(demoPrincipal('staff'), subject)).toBe('allow');
    expect(measurePolicies.reportProgress.decide(demoPrincipal('staff', { department: 'education' }), subject)).toBe('forbidden');
    expect(measurePolicies.reportProgress.decide(demoPrincipal('intermediary'), subject)).toBe('forbidden');
    expect(measurePolicies.reportProgress.decide(null, subject)).toBe('unauthenticated');
    expect(measurePolicies.reportProgress.decide(demoPrincipal('staff'), { leadDepartmentId: lead, secretariatDepartmentId: null })).toBe('forbidden');
  });

  it('only the secretariat records committee reviews', () => {
    expect(measurePolicies.recordReview.decide(demoPrincipal('staff'), { secretariatDepartmentId: secretariat })).toBe('allow');
    expect(measurePolicies.recordReview.decide(demoPrincipal('staff', { department: 'environment' }), { secretariatDepartmentId: secretariat })).toBe('forbidden');
    expect(measurePolicies.recordReview.decide(demoPrincipal('reviewer'), { secretariatDepartmentId: secretariat })).toBe('forbidden');
  });
});
