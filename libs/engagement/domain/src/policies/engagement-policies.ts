import { Caller, definePolicy, type GroupIdSubject, type Principal } from '@tsunagaru/shared-kernel';

/** A person signed in as themselves (not an app acting for a group) who is this subject. */
function isPerson(caller: Caller, personSubject: string | null | undefined): boolean {
  return caller.principal.scopes === undefined && personSubject != null && caller.principal.subject === personSubject;
}

/**
 * アンケート調査: definitions and suppressed aggregates are public. Exact small counts,
 * free text and individual answers are for city staff, and each respondent for its own.
 */
export const surveyPolicies = {
  manage: definePolicy<unknown>('surveys.manage', { denial: 'Only city staff may create or change surveys.' }, (caller) => caller.isCityStaff()),

  /** Exact counts below the suppression threshold (集計の秘匿を解いた値). */
  readUnsuppressedResults: definePolicy<unknown>(
    'surveys.readUnsuppressedResults',
    { denial: 'Only city staff may see counts below 3.' },
    (caller) => caller.isCityStaff(),
  ),

  /** Every response of a survey, free text included. */
  readAllResponses: definePolicy<unknown>(
    'surveys.readAllResponses',
    { denial: 'Only city staff may see individual survey answers.' },
    (caller) => caller.isCityStaff(),
  ),

  /** One response: the group that gave it, the person who gave it, or city staff. */
  readResponse: definePolicy<{ groupId: string | null; personSubject: string | null }>(
    'surveys.readResponse',
    { denial: 'Only the respondent and city staff may see this answer.' },
    (caller, { groupId, personSubject }) => caller.isCityStaff() || caller.actsFor(groupId) || isPerson(caller, personSubject),
  ),

  readGroupResponses: definePolicy<GroupIdSubject>(
    'surveys.readGroupResponses',
    { denial: "Only the group's members and city staff may see its survey answers." },
    (caller, { groupId }) => caller.isCityStaff() || caller.actsFor(groupId),
  ),

  /** A group's members answer for it (no app scope lends this). */
  answerForGroup: definePolicy<GroupIdSubject>(
    'surveys.answerForGroup',
    { denial: "Only the group's own members may answer a survey for it." },
    (caller, { groupId }) => caller.actsFor(groupId),
  ),

  /** Citizen and staff surveys: a person answers for themselves; staff surveys only city staff. */
  answerAsPerson: definePolicy<{ staffOnly: boolean }>(
    'surveys.answerAsPerson',
    { denial: 'This survey is for city staff.' },
    (caller, { staffOnly }) => caller.principal.scopes === undefined && (!staffOnly || caller.isCityStaff()),
  ),
};

/**
 * 研修の開催回: the calendar is public; people enrol themselves; who enrolled is for staff
 * (city and intermediary), the person and the group they came for.
 */
export const trainingSessionPolicies = {
  schedule: definePolicy<unknown>('training.scheduleSession', { denial: 'Only city staff may schedule training sessions.' }, (caller) =>
    caller.isCityStaff(),
  ),

  /** Enrol oneself; staff programmes are for city staff only. */
  enrollSelf: definePolicy<{ staffProgramme: boolean; groupId: string | null }>(
    'training.enrollSelf',
    { denial: 'Staff training is for city staff; a person may enrol for a group only as its member.' },
    (caller, { staffProgramme, groupId }) =>
      caller.principal.scopes === undefined && (!staffProgramme || caller.isCityStaff()) && (groupId === null || caller.actsFor(groupId)),
  ),

  cancel: definePolicy<{ personSubject: string }>(
    'training.cancelEnrollment',
    { denial: 'Only the person enrolled or staff may cancel this enrolment.' },
    (caller, { personSubject }) => isPerson(caller, personSubject) || caller.isCityStaff() || caller.isIntermediaryStaff(),
  ),

  recordAttendance: definePolicy<unknown>(
    'training.recordAttendance',
    { denial: 'Only city staff and intermediary staff may record attendance.' },
    (caller) => caller.isCityStaff() || caller.isIntermediaryStaff(),
  ),

  /** Everyone enrolled in a session: not public. */
  readSessionEnrollments: definePolicy<unknown>(
    'training.readSessionEnrollments',
    { denial: 'Only city staff and intermediary staff may see who enrolled in a session.' },
    (caller) => caller.isCityStaff() || caller.isIntermediaryStaff(),
  ),

  /** One enrolment: the person, the group it was made for, or staff. */
  readEnrollment: definePolicy<{ personSubject: string; groupId: string | null }>(
    'training.readSessionEnrollment',
    { scope: 'training:read', denial: 'Only the person, their group and staff may see this enrolment.' },
    (caller, { personSubject, groupId }) =>
      isPerson(caller, personSubject) || caller.actsFor(groupId) || caller.isCityStaff() || caller.isIntermediaryStaff(),
  ),

  readOwnEnrollments: definePolicy<unknown>('training.readOwnEnrollments', { denial: 'Sign in as a person to see your enrolments.' }, (caller) =>
    caller.principal.scopes === undefined,
  ),
};

/** What a participant was when enrolling, for the participation figures (never for access). */
export type ParticipantKind = 'CITY_STAFF' | 'INTERMEDIARY_STAFF' | 'GROUP_MEMBER' | 'CITIZEN';

export function participantKindOf(principal: Principal): ParticipantKind {
  const caller = new Caller(principal);
  if (caller.isCityStaff()) return 'CITY_STAFF';
  if (caller.isIntermediaryStaff()) return 'INTERMEDIARY_STAFF';
  if (principal.groupIds.length > 0) return 'GROUP_MEMBER';
  return 'CITIZEN';
}

/** The city staff member's department, for "staff trained per department". */
export function staffDepartmentOf(principal: Principal): string | null {
  return new Caller(principal).staffedDepartmentIds()[0] ?? null;
}

/**
 * 相談: the requester sees their own request (never the staff notes); staff of the
 * intermediary asked, or city staff for the coordinator, handle it and see the notes.
 */
export interface ConsultationSubject {
  requesterSubject: string;
  groupId: string | null;
  intermediaryId: string | null;
}

function handles(caller: Caller, subject: Pick<ConsultationSubject, 'intermediaryId'>): boolean {
  return subject.intermediaryId === null ? caller.isCityStaff() : caller.isStaffOfIntermediary(subject.intermediaryId) || caller.isCityStaff();
}

export const consultationPolicies = {
  request: definePolicy<{ groupId: string | null }>(
    'consultations.request',
    { denial: 'A person may ask for a consultation for a group only as its member.' },
    (caller, { groupId }) => caller.principal.scopes === undefined && (groupId === null || caller.actsFor(groupId)),
  ),

  read: definePolicy<ConsultationSubject>(
    'consultations.read',
    { denial: 'Only the requester and the staff handling it may see this consultation.' },
    (caller, subject) => isPerson(caller, subject.requesterSubject) || caller.actsFor(subject.groupId) || handles(caller, subject),
  ),

  /** Assign, note, close: the staff the request went to. */
  handle: definePolicy<Pick<ConsultationSubject, 'intermediaryId'>>(
    'consultations.handle',
    { denial: 'Only the staff the consultation was addressed to may handle it.' },
    (caller, subject) => handles(caller, subject),
  ),

  readNotes: definePolicy<Pick<ConsultationSubject, 'intermediaryId'>>(
    'consultations.readNotes',
    { denial: 'Consultation notes are for the staff handling it.' },
    (caller, subject) => handles(caller, subject),
  ),
};

/** Who the visible-consultations list is for, as SQL conditions (agrees with consultationPolicies.read). */
export function consultationVisibilityOf(principal: Principal | null): {
  all: boolean;
  intermediaryIds: string[];
  personSubject: string | null;
  groupIds: string[];
} {
  if (!principal) return { all: false, intermediaryIds: [], personSubject: null, groupIds: [] };
  const caller = new Caller(principal);
  return {
    all: caller.isCityStaff(),
    intermediaryIds: caller.staffedIntermediaryIds(),
    personSubject: principal.scopes === undefined ? principal.subject : null,
    groupIds: caller.groupIdsActedFor(),
  };
}

/**
 * 施策の進捗 (section 7): public to read. The lead department reports on its measure; the
 * guideline's secretariat (事務局, the city admin of the guideline) may report on any and
 * records the committees' reviews.
 */
export const measurePolicies = {
  reportProgress: definePolicy<{ leadDepartmentId: string; secretariatDepartmentId: string | null }>(
    'measures.reportProgress',
    { denial: "Only the measure's lead department (or the guideline's secretariat) may report its progress." },
    (caller, { leadDepartmentId, secretariatDepartmentId }) =>
      caller.isStaffOfDepartment(leadDepartmentId) || caller.isStaffOfDepartment(secretariatDepartmentId),
  ),

  recordReview: definePolicy<{ secretariatDepartmentId: string | null }>(
    'measures.recordCommitteeReview',
    { denial: "Only the guideline's secretariat may record committee reviews." },
    (caller, { secretariatDepartmentId }) => caller.isStaffOfDepartment(secretariatDepartmentId),
  ),
};
