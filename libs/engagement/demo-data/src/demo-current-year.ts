import { deterministicUuid, fiscalYearOf, todayInJapan } from '@tsunagaru/shared-kernel';
import {
  ConsultationOutcome,
  ConsultationRecipient,
  ConsultationRequestStatus,
  ConsultationTopic,
  MeasureProgressStatus,
  ReviewCommittee,
  TrainingAudience,
  TrainingEnrollmentStatus,
  TrainingFormat,
} from '@tsunagaru/engagement-domain';
import { addDays, demoDepartmentId, demoGroupId, demoIntermediaryId, jstTimestamp, seededRandom, shuffle } from '@tsunagaru/shared-demo-data';
import type { DemoTrainingProgram } from './demo-training';

/**
 * What a visitor looks for today, dated around the day the seed runs (the seed clock the
 * collaboration seeder uses, `new Date()` in Japan): this fiscal year's programmes and their
 * sessions (past ones with attendance, coming ones with enrolments and one full session with a
 * waitlist), consultations, and the measures' progress as the committees follow it.
 */

/** Demo venues of the resources subgraph, by their stable ids (resources seeds `deterministicUuid('venue', code)`). */
const VENUE = (code: string) => deterministicUuid('venue', code);
export const DEMO_SESSION_VENUE_CODES = ['civic-center-kamakura-room', 'civic-center-ofuna-room', 'kamakura-lifelong-learning-center'] as const;

interface SessionSpec {
  programKey: string;
  dayOffset: number;
  startMinutes: number;
  durationMinutes: number;
  capacity: number;
  venueCode: string | null;
  enrol: number;
}

const PROGRAMMES: ReadonlyArray<{ key: string; title: string; description: string; audience: TrainingAudience; format: TrainingFormat; department: string; capacity: number }> = [
  { key: 'citizen-collaboration-workshop', title: '市民協働ワークショップ', description: '世代を問わず、市民活動や協働について考えるワークショップ（6 (4) ア）。', audience: TrainingAudience.CITIZENS, format: TrainingFormat.WORKSHOP, department: 'community-connection', capacity: 30 },
  { key: 'group-management-course', title: '団体運営講座', description: '組織の運営、会計、広報を学ぶ講座（6 (4) イ）。', audience: TrainingAudience.CITIZENS, format: TrainingFormat.LECTURE, department: 'community-connection', capacity: 40 },
  { key: 'expert-consultation-day', title: '専門相談会', description: '税理士・社会保険労務士などの専門家による個別相談（6 (4) イ）。', audience: TrainingAudience.CITIZENS, format: TrainingFormat.EXPERT_CONSULTATION, department: 'community-connection', capacity: 8 },
  { key: 'citizen-internship', title: '市民活動インターンシップ', description: '市民活動団体で活動を体験するインターンシップ。受入団体は参加者ではなく受入先として記録（6 (4) ア）。', audience: TrainingAudience.CITIZENS, format: TrainingFormat.INTERNSHIP, department: 'community-connection', capacity: 10 },
  { key: 'young-staff-collaboration', title: '若手職員協働研修', description: '協働の基本と条例の考え方（6 (7) ア）。', audience: TrainingAudience.YOUNG_STAFF, format: TrainingFormat.WORKSHOP, department: 'general-affairs', capacity: 40 },
  { key: 'mid-career-staff-collaboration', title: '中堅職員協働研修', description: '協働事業の進め方と手引きの活用（6 (7) ア: 若手職員以外にも対象を広げる）。', audience: TrainingAudience.MID_CAREER_STAFF, format: TrainingFormat.WORKSHOP, department: 'general-affairs', capacity: 30 },
  { key: 'managerial-staff-collaboration', title: '管理職協働研修', description: '組織として協働を進めるための管理職研修（6 (7) ア）。', audience: TrainingAudience.MANAGERIAL_STAFF, format: TrainingFormat.LECTURE, department: 'general-affairs', capacity: 25 },
];

const SESSIONS: readonly SessionSpec[] = [
  { programKey: 'citizen-collaboration-workshop', dayOffset: -35, startMinutes: 14 * 60, durationMinutes: 120, capacity: 30, venueCode: DEMO_SESSION_VENUE_CODES[0], enrol: 24 },
  { programKey: 'citizen-collaboration-workshop', dayOffset: 10, startMinutes: 14 * 60, durationMinutes: 120, capacity: 12, venueCode: DEMO_SESSION_VENUE_CODES[1], enrol: 16 },
  { programKey: 'group-management-course', dayOffset: -14, startMinutes: 19 * 60, durationMinutes: 90, capacity: 40, venueCode: null, enrol: 22 },
  { programKey: 'group-management-course', dayOffset: 17, startMinutes: 10 * 60, durationMinutes: 120, capacity: 40, venueCode: DEMO_SESSION_VENUE_CODES[2], enrol: 9 },
  { programKey: 'expert-consultation-day', dayOffset: 5, startMinutes: 13 * 60, durationMinutes: 240, capacity: 8, venueCode: DEMO_SESSION_VENUE_CODES[0], enrol: 6 },
  { programKey: 'citizen-internship', dayOffset: 24, startMinutes: 9 * 60, durationMinutes: 360, capacity: 10, venueCode: null, enrol: 4 },
  { programKey: 'young-staff-collaboration', dayOffset: -50, startMinutes: 9 * 60 + 30, durationMinutes: 180, capacity: 40, venueCode: DEMO_SESSION_VENUE_CODES[2], enrol: 28 },
  { programKey: 'mid-career-staff-collaboration', dayOffset: -21, startMinutes: 13 * 60 + 30, durationMinutes: 180, capacity: 30, venueCode: null, enrol: 18 },
  { programKey: 'managerial-staff-collaboration', dayOffset: 12, startMinutes: 15 * 60, durationMinutes: 90, capacity: 25, venueCode: DEMO_SESSION_VENUE_CODES[1], enrol: 11 },
];

const STAFF_DEPARTMENTS = ['community-connection', 'general-affairs', 'health-welfare', 'environment', 'children-future', 'urban-planning', 'disaster-safety', 'education'];

export interface DemoCurrentYear {
  programs: DemoTrainingProgram[];
  sessions: Array<{ id: string; programId: string; startsAt: Date; endsAt: Date; capacity: number; venueId: string | null; scheduledBy: string }>;
  enrollments: Array<{
    id: string;
    sessionId: string;
    personSubject: string;
    personName: string | null;
    personRole: string;
    departmentId: string | null;
    groupId: string | null;
    status: TrainingEnrollmentStatus;
    queuedAt: Date;
    enrolledAt: Date;
    statusChangedAt: Date;
    attended: boolean | null;
  }>;
  hosts: Array<{ sessionId: string; groupId: string }>;
  consultations: Array<{
    id: string;
    requesterSubject: string;
    requesterName: string | null;
    groupId: string | null;
    recipient: ConsultationRecipient;
    intermediaryId: string | null;
    topic: ConsultationTopic;
    question: string;
    status: ConsultationRequestStatus;
    assigneeName: string | null;
    notes: string;
    outcome: ConsultationOutcome | null;
    requestedAt: Date;
    closedAt: Date | null;
  }>;
  progressReports: Array<{
    id: string;
    measureCode: string;
    fiscalYear: number;
    status: MeasureProgressStatus;
    narrative: string;
    indicators: Array<{ name: string; unit: string; target: number | null; actual: number | null }>;
    reportedBy: string;
    reportingDepartmentCode: string;
    reportedAt: Date;
  }>;
  reviews: Array<{ id: string; committee: ReviewCommittee; heldOn: string; fiscalYear: number; title: string; summary: string; recordedBy: string; recordedAt: Date }>;
  recommendations: Array<{ id: string; reviewId: string; position: number; measureCode: string | null; recommendation: string; cityResponse: string | null; respondedOn: string | null }>;
  secretariatDepartmentId: string;
}

const at = (date: string, minutes: number) => new Date(jstTimestamp(date, minutes));

export function buildDemoCurrentYear(now: Date = new Date()): DemoCurrentYear {
  const today = todayInJapan(now);
  const year = fiscalYearOf(today);
  const random = seededRandom(year);
  const programs: DemoTrainingProgram[] = PROGRAMMES.map((row) => ({
    id: deterministicUuid('training-program', `fy${year}-current-${row.key}`),
    code: `fy${year}-${row.key}`,
    title: row.title,
    description: row.description,
    audience: row.audience,
    format: row.format,
    fiscalYear: year,
    organizerDepartmentId: demoDepartmentId(row.department),
    capacity: row.capacity,
  }));
  const programByKey = new Map(PROGRAMMES.map((row, index) => [row.key, programs[index]]));
  const result: DemoCurrentYear = {
    programs,
    sessions: [],
    enrollments: [],
    hosts: [],
    consultations: [],
    progressReports: [],
    reviews: [],
    recommendations: [],
    secretariatDepartmentId: demoDepartmentId('community-connection'),
  };

  SESSIONS.forEach((spec, sessionIndex) => {
    const program = programByKey.get(spec.programKey)!;
    const day = addDays(today, spec.dayOffset);
    const startsAt = at(day, spec.startMinutes);
    const sessionId = deterministicUuid('training-session', `fy${year}:${sessionIndex}`);
    result.sessions.push({
      id: sessionId,
      programId: program.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + spec.durationMinutes * 60_000),
      capacity: spec.capacity,
      venueId: spec.venueCode ? VENUE(spec.venueCode) : null,
      scheduledBy: 'demo-staff',
    });
    const past = spec.dayOffset < 0;
    const staff = program.audience !== TrainingAudience.CITIZENS;
    // The first demo group's member (the default member token) enrols in every citizen session.
    const groupIndexes = [0, ...shuffle(random, Array.from({ length: 199 }, (_, i) => i + 1))];
    for (let n = 0; n < spec.enrol; n += 1) {
      const queuedAt = at(addDays(day, -30 + Math.floor((n * 25) / spec.enrol)), 9 * 60 + n);
      const status = n < spec.capacity ? TrainingEnrollmentStatus.ENROLLED : TrainingEnrollmentStatus.WAITLISTED;
      const department = STAFF_DEPARTMENTS[n % STAFF_DEPARTMENTS.length];
      // Citizens: every third comes for a group, as its member.
      const groupId = !staff && n % 3 === 0 ? demoGroupId(groupIndexes[n]) : null;
      result.enrollments.push({
        id: deterministicUuid('training-session-enrollment', `${sessionId}:${n}`),
        sessionId,
        personSubject: staff ? `demo-staff-${department}-${(n % 5) + sessionIndex}` : groupId ? `demo-member-${groupId}` : `demo-citizen-${(sessionIndex * 7 + n) % 60}`,
        personName: null,
        personRole: staff ? 'CITY_STAFF' : groupId ? 'GROUP_MEMBER' : 'CITIZEN',
        departmentId: staff ? demoDepartmentId(department) : null,
        groupId,
        status,
        queuedAt,
        enrolledAt: queuedAt,
        statusChangedAt: queuedAt,
        attended: past && status === TrainingEnrollmentStatus.ENROLLED ? random() >= 0.12 : null,
      });
    }
    if (program.format === TrainingFormat.INTERNSHIP) {
      for (const index of [12, 47]) result.hosts.push({ sessionId, groupId: demoGroupId(index) });
    }
  });

  const topics = Object.values(ConsultationTopic);
  const outcomes = Object.values(ConsultationOutcome);
  for (let n = 0; n < 24; n += 1) {
    const requestedDay = addDays(today, -Math.floor((n * 150) / 24) - 1);
    const closed = n >= 6;
    const toIntermediary = n % 3 !== 0;
    const groupId = n % 2 === 0 ? demoGroupId(60 + n) : null;
    result.consultations.push({
      id: deterministicUuid('consultation-request', `fy${year}:${n}`),
      requesterSubject: groupId ? `demo-member-${groupId}` : `demo-citizen-${n}`,
      requesterName: null,
      groupId,
      recipient: toIntermediary ? ConsultationRecipient.INTERMEDIARY : ConsultationRecipient.COLLABORATION_COORDINATOR,
      intermediaryId: toIntermediary ? demoIntermediaryId('civic-activity-center') : null,
      topic: topics[n % topics.length],
      question: ['団体を立ち上げたい。', '助成金の申請書の書き方を知りたい。', '市の担当課と協働事業を相談したい。', '会計と役員の引継ぎについて。', '活動の広報について。'][n % 5],
      status: closed ? ConsultationRequestStatus.CLOSED : n % 2 === 0 ? ConsultationRequestStatus.OPEN : ConsultationRequestStatus.IN_PROGRESS,
      assigneeName: n % 2 === 0 && !closed ? null : '由比 花子',
      notes: closed ? '面談で助言。必要に応じて再度相談可と伝えた。' : '',
      outcome: closed ? outcomes[n % outcomes.length] : null,
      requestedAt: at(requestedDay, 10 * 60 + n),
      closedAt: closed ? at(addDays(requestedDay, 7), 16 * 60) : null,
    });
  }

  // The measures followed: reports from FY2020 (the guideline's first full year) up to last year.
  const reportYears = Array.from({ length: Math.max(0, Math.min(year - 2020, 3)) }, (_, i) => year - 1 - i);
  const reported: Array<[code: string, department: string, indicator: string, unit: string, target: number, actual: (y: number) => number]> = [
    ['6-3-3', 'community-connection', 'アンケート調査の実施', '回', 1, () => 1],
    ['6-7-2', 'general-affairs', '協働研修の受講者数', '人', 60, (y) => 40 + (y % 5) * 6],
    ['6-7-4', 'community-connection', '協働コーディネーターへの相談件数', '件', 30, (y) => 18 + (y % 4) * 5],
    ['6-2-1', 'community-connection', '基金への寄附件数', '件', 50, (y) => 20 + (y % 3) * 9],
  ];
  for (const y of reportYears) {
    for (const [code, department, indicator, unit, target, actual] of reported) {
      result.progressReports.push({
        id: deterministicUuid('measure-progress-report', `${code}:${y}`),
        measureCode: code,
        fiscalYear: y,
        status: code === '6-3-3' ? MeasureProgressStatus.IMPLEMENTED : MeasureProgressStatus.IN_PROGRESS,
        narrative: `${y}年度の取組状況（デモ）。`,
        indicators: [{ name: indicator, unit, target, actual: actual(y) }],
        reportedBy: department === 'community-connection' ? 'demo-staff' : `demo-staff-${department}`,
        reportingDepartmentCode: department,
        reportedAt: at(`${y + 1}-05-20`, 10 * 60),
      });
    }
  }
  for (const y of reportYears) {
    const reviewId = deterministicUuid('committee-review', `promotion:${y}`);
    result.reviews.push({
      id: reviewId,
      committee: ReviewCommittee.PROMOTION_COMMITTEE,
      heldOn: `${y + 1}-07-15`,
      fiscalYear: y + 1,
      title: `${y}年度 施策の進捗状況の検討`,
      summary: '各施策の進捗報告を受け、市長への提言に向けて検討した（デモ）。',
      recordedBy: 'demo-staff',
      recordedAt: at(`${y + 1}-07-20`, 10 * 60),
    });
    result.recommendations.push(
      { id: deterministicUuid('committee-recommendation', `${reviewId}:1`), reviewId, position: 1, measureCode: '6-7-2', recommendation: '協働研修の対象を管理職にも広げること。', cityResponse: '管理職研修を新設した。', respondedOn: `${y + 1}-10-01` },
      { id: deterministicUuid('committee-recommendation', `${reviewId}:2`), reviewId, position: 2, measureCode: '6-3-3', recommendation: 'アンケート結果を団体にも分かりやすく公表すること。', cityResponse: null, respondedOn: null },
    );
    const internalId = deterministicUuid('committee-review', `internal:${y}`);
    result.reviews.push({
      id: internalId,
      committee: ReviewCommittee.INTERNAL_REVIEW_COMMITTEE,
      heldOn: `${y + 1}-06-10`,
      fiscalYear: y + 1,
      title: `${y}年度 全庁的な取組の調整`,
      summary: '各課の進捗報告を取りまとめた（デモ）。',
      recordedBy: 'demo-staff',
      recordedAt: at(`${y + 1}-06-12`, 10 * 60),
    });
  }
  return result;
}
