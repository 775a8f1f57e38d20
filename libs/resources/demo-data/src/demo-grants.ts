import { deterministicUuid, fiscalYearOf } from '@tsunagaru/shared-kernel';
import { addDays, demoGroupId } from '@tsunagaru/shared-demo-data';

/**
 * Demo grants (助成金, guideline 6 (3) ウ): the city's programme of FY2019 and FY2020, paid
 * from the fund, and this year's, open around the seed day with applications in every state;
 * private foundations' and companies' programmes listed for information, some open now.
 */

export interface DemoGrantProgram {
  id: string;
  code: string;
  kind: 'CITY' | 'PRIVATE';
  name: string;
  provider: string;
  description: string;
  fiscalYear: number | null;
  budgetYen: number | null;
  minAwardYen: number | null;
  maxAwardYen: number | null;
  eligibleFields: string[];
  eligibleOrganizationTypes: string[];
  opensOn: string;
  closesOn: string;
  selectionCriteria: string;
  applicationMethod: string;
  url: string | null;
}

export interface DemoGrantApplication {
  id: string;
  programId: string;
  groupId: string;
  status: 'DRAFT' | 'SUBMITTED' | 'UNDER_REVIEW' | 'AWARDED' | 'REJECTED';
  title: string;
  plan: string;
  activityField: string;
  organizationType: string;
  requestedYen: number;
  submittedOn: string | null;
  decidedOn: string | null;
  decisionReason: string | null;
}

export interface DemoGrantAward {
  id: string;
  applicationId: string;
  programId: string;
  groupId: string;
  amountYen: number;
  awardedOn: string;
  paidOn: string | null;
  transactionId: string | null;
  report: string | null;
}

export interface DemoGrants {
  programs: DemoGrantProgram[];
  applications: DemoGrantApplication[];
  awards: DemoGrantAward[];
}

const CRITERIA = '公益性、実現可能性、地域への波及効果、団体の自立性の4つの観点から、市民活動推進委員会の意見を聴いて選考します。';
const CITY_METHOD = 'つながりグラフの applyForGrant で申請書を作成し、締切日までに提出してください。';

type Row = [groupIndex: number, status: DemoGrantApplication['status'], title: string, field: string, type: string, requested: number, awarded: number | null, paid: boolean];

export function buildDemoGrants(today: string): DemoGrants {
  const thisYear = fiscalYearOf(today);
  const programs: DemoGrantProgram[] = [
    city(2019, '2019-05-01', '2019-06-30', 1_000_000),
    city(2020, '2020-05-01', '2020-06-30', 1_200_000),
    { ...city(thisYear, addDays(today, -20), addDays(today, 40), 1_500_000), code: `community-connection-grant-${thisYear}`, name: `つながり鎌倉 市民活動支援補助金（${thisYear}年度）` },
    privateProgram('kamakura-shinkin-community-fund', '鎌倉みらい信用金庫 地域貢献基金', '鎌倉みらい信用金庫（架空）', addDays(today, -10), addDays(today, 30), 100_000, 300_000, ['COMMUNITY_DEVELOPMENT', 'CHILD_DEVELOPMENT'], [], '金庫の窓口または郵送で申請。'),
    privateProgram('shonan-environment-foundation', '湘南環境保全財団 活動助成', '公益財団法人湘南環境保全財団（架空）', today, addDays(today, 60), 50_000, 500_000, ['ENVIRONMENT'], ['NPO_CORPORATION', 'VOLUNTARY_ASSOCIATION'], '財団のウェブサイトから電子申請。'),
    privateProgram('welfare-mutual-aid-grant', '福祉のまちづくり助成', '社会福祉法人かながわ共助会（架空）', addDays(today, -120), addDays(today, -60), 30_000, 200_000, ['HEALTH_MEDICAL_WELFARE'], [], '所定の申請書を郵送。'),
    privateProgram('culture-heritage-grant', '古都の文化継承助成', '一般財団法人古都文化振興会（架空）', addDays(today, 30), addDays(today, 90), 100_000, 1_000_000, ['CULTURE_ARTS_SPORTS', 'TOURISM'], [], '振興会のウェブサイトから電子申請。'),
  ];
  const [fy2019, fy2020, current] = programs;
  const applications: DemoGrantApplication[] = [];
  const awards: DemoGrantAward[] = [];
  const add = (program: DemoGrantProgram, rows: Row[], submittedOn: string, decidedOn: string, paidOn: string) => {
    for (const [groupIndex, status, title, field, type, requested, awarded, paid] of rows) {
      const n = applications.length;
      const id = deterministicUuid('grant-application', String(n));
      const decided = status === 'AWARDED' || status === 'REJECTED';
      applications.push({
        id,
        programId: program.id,
        groupId: demoGroupId(groupIndex),
        status,
        title,
        plan: `${title}を実施します。参加者の募集、会場の確保、報告会までを団体の会員で担います。`,
        activityField: field,
        organizationType: type,
        requestedYen: requested,
        submittedOn: status === 'DRAFT' ? null : submittedOn,
        decidedOn: decided ? decidedOn : null,
        decisionReason: status === 'REJECTED' ? '選考基準のうち実現可能性の評価が基準に達しなかったため。' : null,
      });
      if (status === 'AWARDED' && awarded !== null) {
        awards.push({
          id: deterministicUuid('grant-award', String(n)),
          applicationId: id,
          programId: program.id,
          groupId: demoGroupId(groupIndex),
          amountYen: awarded,
          awardedOn: decidedOn,
          paidOn: paid ? paidOn : null,
          transactionId: paid ? deterministicUuid('ledger-transaction', `grant-award-${n}`) : null,
          report: paid && program === fy2019 ? '計画どおり実施し、延べ120人が参加しました。' : null,
        });
      }
    }
  };
  add(
    fy2019,
    [
      [11, 'AWARDED', '海岸清掃と生きもの観察会', 'ENVIRONMENT', 'VOLUNTARY_ASSOCIATION', 200_000, 180_000, true],
      [23, 'AWARDED', '子ども食堂の立ち上げ', 'CHILD_DEVELOPMENT', 'VOLUNTARY_ASSOCIATION', 150_000, 150_000, true],
      [37, 'AWARDED', '高齢者の見守りネットワークづくり', 'HEALTH_MEDICAL_WELFARE', 'NPO_CORPORATION', 200_000, 120_000, true],
      [41, 'AWARDED', '多言語防災マップの作成', 'DISASTER_RELIEF', 'NPO_CORPORATION', 100_000, 100_000, true],
      [52, 'REJECTED', '商店街のにぎわいイベント', 'COMMUNITY_DEVELOPMENT', 'VOLUNTARY_ASSOCIATION', 200_000, null, false],
      [64, 'REJECTED', '写真展の開催', 'CULTURE_ARTS_SPORTS', 'VOLUNTARY_ASSOCIATION', 80_000, null, false],
    ],
    '2019-06-20',
    '2019-08-01',
    '2019-08-20',
  );
  add(
    fy2020,
    [
      [12, 'AWARDED', 'オンライン交流会の運営', 'SUPPORT_FOR_CIVIC_ORGANIZATIONS', 'NPO_CORPORATION', 150_000, 150_000, true],
      [24, 'AWARDED', '学習支援教室の継続', 'CHILD_DEVELOPMENT', 'VOLUNTARY_ASSOCIATION', 200_000, 200_000, true],
      [38, 'AWARDED', '里山の竹林整備', 'ENVIRONMENT', 'VOLUNTARY_ASSOCIATION', 180_000, 160_000, true],
      [45, 'REJECTED', '記念誌の発行', 'CULTURE_ARTS_SPORTS', 'VOLUNTARY_ASSOCIATION', 200_000, null, false],
    ],
    '2020-06-25',
    '2020-08-03',
    '2020-08-24',
  );
  const yesterday = addDays(today, -1);
  add(
    current,
    [
      [13, 'DRAFT', '防犯パトロールの装備更新', 'COMMUNITY_SAFETY', 'NEIGHBORHOOD_ASSOCIATION', 100_000, null, false],
      [25, 'SUBMITTED', '障害のある人の外出支援', 'HEALTH_MEDICAL_WELFARE', 'NPO_CORPORATION', 250_000, null, false],
      [39, 'UNDER_REVIEW', '海辺のプラスチックごみ調査', 'ENVIRONMENT', 'VOLUNTARY_ASSOCIATION', 200_000, null, false],
      [47, 'AWARDED', '地域食堂のボランティア養成', 'CHILD_DEVELOPMENT', 'VOLUNTARY_ASSOCIATION', 150_000, 150_000, false],
      [58, 'REJECTED', '観光案内の多言語化', 'TOURISM', 'VOLUNTARY_ASSOCIATION', 300_000, null, false],
    ],
    addDays(today, -10),
    yesterday,
    yesterday,
  );
  return { programs, applications, awards };
}

function city(fiscalYear: number, opensOn: string, closesOn: string, budgetYen: number): DemoGrantProgram {
  return {
    id: deterministicUuid('grant-program', `civic-activity-grant-${fiscalYear}`),
    code: `civic-activity-grant-${fiscalYear}`,
    kind: 'CITY',
    name: `鎌倉市市民活動支援補助金（${fiscalYear}年度）`,
    provider: '鎌倉市（市民活動支援基金）',
    description: '市民活動支援基金を財源に、市民活動団体の公益的な事業に補助します。',
    fiscalYear,
    budgetYen,
    minAwardYen: 30_000,
    maxAwardYen: 300_000,
    eligibleFields: [],
    eligibleOrganizationTypes: ['VOLUNTARY_ASSOCIATION', 'NPO_CORPORATION', 'NEIGHBORHOOD_ASSOCIATION', 'GENERAL_INCORPORATED_ASSOCIATION'],
    opensOn,
    closesOn,
    selectionCriteria: CRITERIA,
    applicationMethod: CITY_METHOD,
    url: null,
  };
}

function privateProgram(
  code: string,
  name: string,
  provider: string,
  opensOn: string,
  closesOn: string,
  minAwardYen: number,
  maxAwardYen: number,
  eligibleFields: string[],
  eligibleOrganizationTypes: string[],
  applicationMethod: string,
): DemoGrantProgram {
  return {
    id: deterministicUuid('grant-program', code),
    code,
    kind: 'PRIVATE',
    name,
    provider,
    description: `${provider}が実施する助成制度です（情報提供）。`,
    fiscalYear: null,
    budgetYen: null,
    minAwardYen,
    maxAwardYen,
    eligibleFields,
    eligibleOrganizationTypes,
    opensOn,
    closesOn,
    selectionCriteria: '',
    applicationMethod,
    url: `https://example.jp/grants/${code}`,
  };
}
