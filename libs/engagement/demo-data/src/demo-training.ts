import { deterministicUuid } from '@tsunagaru/shared-kernel';
import { TrainingAudience, TrainingFormat, isOpenToGroups } from '@tsunagaru/engagement-domain';
import {
  DEMO_GROUP_COUNT,
  dayNumber,
  demoDepartmentId,
  demoGroupId,
  intBetween,
  isoDateOfDay,
  seededRandom,
  shuffle,
} from '@tsunagaru/shared-demo-data';

/**
 * Demo training programmes (研修) and the groups enrolled in them, after the guideline:
 * 6 (7) ア 協働研修 (young staff first, then widened to mid-career and managerial staff,
 * including time spent inside civic groups), 6 (4) ア workshops and internships for citizens
 * of every generation, and 6 (4) イ courses and expert consultations (専門相談) on running a group.
 */

export interface DemoTrainingProgram {
  id: string;
  code: string;
  title: string;
  description: string;
  audience: TrainingAudience;
  format: TrainingFormat;
  fiscalYear: number;
  organizerDepartmentId: string;
  /** Participants (people, not groups) the programme can take. */
  capacity: number;
}

export interface DemoTrainingEnrollment {
  id: string;
  programId: string;
  groupId: string;
  /** People from the group taking part. */
  participants: number;
  enrolledOn: string;
  attended: boolean;
}

interface ProgramRow {
  code: string;
  title: string;
  description: string;
  audience: TrainingAudience;
  format: TrainingFormat;
  fiscalYear: number;
  organizerDepartmentCode: string;
  capacity: number;
  /** Groups to enrol; 0 for staff-only programmes, which groups cannot join. */
  groupEnrollments: number;
  maxParticipantsPerGroup: number;
  /** Enrolment window, inclusive, as YYYY-MM-DD. */
  enrollFrom: string;
  enrollTo: string;
}

// Staff training belongs to 総務部 (personnel); programmes for citizens and groups belong to the
// community connection division, which oversees the civic activity center.
const PROGRAM_ROWS: readonly ProgramRow[] = [
  {
    code: 'fy2019-young-staff-collaboration',
    title: '若手職員協働研修',
    description: '採用後間もない職員が、市民活動や協働の基本、つながる鎌倉条例の考え方を学び、市民活動団体の活動事例を聞く。',
    audience: TrainingAudience.YOUNG_STAFF,
    format: TrainingFormat.WORKSHOP,
    fiscalYear: 2019,
    organizerDepartmentCode: 'general-affairs',
    capacity: 40,
    groupEnrollments: 0,
    maxParticipantsPerGroup: 0,
    enrollFrom: '2019-05-07',
    enrollTo: '2019-06-14',
  },
  {
    code: 'fy2020-young-staff-group-placement',
    title: '若手職員協働研修（市民活動団体での実地研修）',
    description: '若手職員が市民活動団体の活動に参加し、団体の担い手と直接交流しながら協働への理解を深める。受け入れ団体を募集する。',
    audience: TrainingAudience.YOUNG_STAFF,
    format: TrainingFormat.INTERNSHIP,
    fiscalYear: 2020,
    organizerDepartmentCode: 'general-affairs',
    capacity: 30,
    groupEnrollments: 12,
    maxParticipantsPerGroup: 3,
    enrollFrom: '2020-06-01',
    enrollTo: '2020-07-31',
  },
  {
    code: 'fy2020-mid-career-staff-collaboration',
    title: '中堅職員協働研修',
    description: '事業を担う中堅職員が、相互提案協働事業の事例をもとに役割分担やリスク分担、評価・検証の進め方を演習する。',
    audience: TrainingAudience.MID_CAREER_STAFF,
    format: TrainingFormat.WORKSHOP,
    fiscalYear: 2020,
    organizerDepartmentCode: 'general-affairs',
    capacity: 30,
    groupEnrollments: 0,
    maxParticipantsPerGroup: 0,
    enrollFrom: '2020-08-03',
    enrollTo: '2020-09-18',
  },
  {
    code: 'fy2020-managerial-staff-collaboration',
    title: '管理職協働研修',
    description: '管理職が、協働事業を組織として進めるための予算や制度の考え方、職員向け協働の手引きの活用を学ぶ。',
    audience: TrainingAudience.MANAGERIAL_STAFF,
    format: TrainingFormat.LECTURE,
    fiscalYear: 2020,
    organizerDepartmentCode: 'general-affairs',
    capacity: 25,
    groupEnrollments: 0,
    maxParticipantsPerGroup: 0,
    enrollFrom: '2020-10-01',
    enrollTo: '2020-10-30',
  },
  {
    code: 'fy2019-citizen-collaboration-workshop',
    title: '市民活動・協働を考えるワークショップ',
    description: '世代を問わず市民等が集まり、地域課題をジブンゴトとして捉え、市民活動や市との協働で何ができるかを話し合う。',
    audience: TrainingAudience.CITIZENS,
    format: TrainingFormat.WORKSHOP,
    fiscalYear: 2019,
    organizerDepartmentCode: 'community-connection',
    capacity: 80,
    groupEnrollments: 25,
    maxParticipantsPerGroup: 4,
    enrollFrom: '2019-09-02',
    enrollTo: '2019-11-08',
  },
  {
    code: 'fy2019-organization-expert-consultation',
    title: '市民活動団体のための専門相談（組織運営・会計・法人化）',
    description: '税理士や社会保険労務士などの専門家が、団体の立ち上げや継続の段階に応じて、組織運営や会計、法人化の相談に応じる。',
    audience: TrainingAudience.CITIZENS,
    format: TrainingFormat.EXPERT_CONSULTATION,
    fiscalYear: 2019,
    organizerDepartmentCode: 'community-connection',
    capacity: 36,
    groupEnrollments: 18,
    maxParticipantsPerGroup: 2,
    enrollFrom: '2019-06-03',
    enrollTo: '2020-02-28',
  },
  {
    code: 'fy2020-citizen-internship',
    title: '市民活動インターンシップ',
    description: '学生や市民活動に参加したことがない人が、受け入れ団体で活動を体験する。受け入れ団体の担当者が参加者を支える。',
    audience: TrainingAudience.CITIZENS,
    format: TrainingFormat.INTERNSHIP,
    fiscalYear: 2020,
    organizerDepartmentCode: 'community-connection',
    capacity: 45,
    groupEnrollments: 20,
    maxParticipantsPerGroup: 3,
    enrollFrom: '2020-06-15',
    enrollTo: '2020-07-31',
  },
  {
    code: 'fy2020-collaboration-intro-course',
    title: '協働入門講座（市民向け協働の手引きを使って）',
    description: '市民向けの協働の手引きをもとに、市との協働事業の進め方や相互提案協働事業への提案方法を学ぶ。',
    audience: TrainingAudience.CITIZENS,
    format: TrainingFormat.LECTURE,
    fiscalYear: 2020,
    organizerDepartmentCode: 'community-connection',
    capacity: 90,
    groupEnrollments: 27,
    maxParticipantsPerGroup: 4,
    enrollFrom: '2020-09-01',
    enrollTo: '2020-11-13',
  },
  {
    code: 'fy2020-funding-expert-consultation',
    title: '助成金申請・資金調達の専門相談',
    description: '民間の基金や助成金の探し方、申請書の書き方、寄附の集め方について、中間支援組織の専門相談員が個別に助言する。',
    audience: TrainingAudience.CITIZENS,
    format: TrainingFormat.EXPERT_CONSULTATION,
    fiscalYear: 2020,
    organizerDepartmentCode: 'community-connection',
    capacity: 36,
    groupEnrollments: 18,
    maxParticipantsPerGroup: 2,
    enrollFrom: '2020-05-11',
    enrollTo: '2021-02-26',
  },
];

/** Demo assumption: some enrolled groups do not turn up, so attendance dashboards have gaps to show. */
const NO_SHOW_RATE = 0.12;
const SEED = 20200401;
const ALL_GROUP_INDICES = Array.from({ length: DEMO_GROUP_COUNT }, (_, i) => i);

export function buildDemoTrainingPrograms(): DemoTrainingProgram[] {
  return PROGRAM_ROWS.map((row) => ({
    id: deterministicUuid('training-program', row.code),
    code: row.code,
    title: row.title,
    description: row.description,
    audience: row.audience,
    format: row.format,
    fiscalYear: row.fiscalYear,
    organizerDepartmentId: demoDepartmentId(row.organizerDepartmentCode),
    capacity: row.capacity,
  }));
}

export function buildDemoTrainingEnrollments(): DemoTrainingEnrollment[] {
  const random = seededRandom(SEED);
  const enrollments: DemoTrainingEnrollment[] = [];

  for (const row of PROGRAM_ROWS) {
    if (row.groupEnrollments === 0 || !isOpenToGroups(row)) continue;
    const programId = deterministicUuid('training-program', row.code);
    const windowStart = dayNumber(row.enrollFrom);
    const windowEnd = dayNumber(row.enrollTo);
    let seatsLeft = row.capacity;

    // Distinct groups per programme, so (program, group) stays unique.
    for (const groupIndex of shuffle(random, ALL_GROUP_INDICES).slice(0, row.groupEnrollments)) {
      if (seatsLeft === 0) break;
      const participants = Math.min(seatsLeft, intBetween(random, 1, row.maxParticipantsPerGroup));
      seatsLeft -= participants;
      const enrolledOn = isoDateOfDay(intBetween(random, windowStart, windowEnd));
      enrollments.push({
        id: deterministicUuid('training-enrollment', `${row.code}:${groupIndex}`),
        programId,
        groupId: demoGroupId(groupIndex),
        participants,
        enrolledOn,
        attended: random() >= NO_SHOW_RATE,
      });
    }
  }
  return enrollments;
}
