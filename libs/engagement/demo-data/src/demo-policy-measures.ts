import { deterministicUuid } from '@tsunagaru/shared-kernel';
import { demoDepartmentId } from '@tsunagaru/shared-demo-data';

/**
 * The measures (施策) of section 6 of the guideline, which the promotion committee tracks.
 *
 * Codes: the guideline numbers only the subsections ((1)–(7)); the measures themselves are
 * bullets, some grouped under ア/イ/ウ headings. A code is `6-<subsection>-<n>`, with n counting
 * the bullets of the subsection in the guideline's order across its ア/イ/ウ headings, so codes
 * stay three-part and stable. The heading is kept in the summary where it adds meaning.
 *
 * Priority classes: the guideline marks II as 【II-ア】 (3–5 years) or 【II-イ】 (continue and
 * improve); they map to II_A and II_B. Every class is printed next to its measure, so none was
 * guessed.
 *
 * Titles are the guideline's bullets verbatim. Summaries are its explanatory paragraphs, lightly
 * shortened; where a paragraph serves two bullets (6-3-1, 6-3-2) each gets the half that fits,
 * and where the guideline gives none (6-3-6) the summary restates the bullet.
 *
 * Lead departments are not in the guideline; they are a plausible demo assignment. The community
 * connection division owns the guideline, so it leads unless another department clearly would.
 */

export type DemoPriorityClass = 'I' | 'II_A' | 'II_B' | 'III';

export interface DemoPolicyMeasure {
  id: string;
  code: string;
  title: string;
  summary: string;
  priorityClass: DemoPriorityClass;
  leadDepartmentId: string;
}

interface MeasureRow {
  code: string;
  title: string;
  summary: string;
  priorityClass: DemoPriorityClass;
  leadDepartmentCode: string;
}

const MEASURE_ROWS: readonly MeasureRow[] = [
  // (1) 活動の場の提供に関すること — 市民活動団体等の活動拠点の確保
  {
    code: '6-1-1',
    title: '民間施設等の活用に向けた協力体制の構築',
    summary: '様々な情報を収集し、民間事業者の会議室、コワーキングスペースや市内の福祉施設等の活用を図り、新たな活動の場を創出します。',
    priorityClass: 'I',
    leadDepartmentCode: 'community-connection',
  },
  {
    code: '6-1-2',
    title: '公共施設の有効利用',
    summary: '公共施設の会議室やフリースペース等を有効活用できるよう検討します。',
    priorityClass: 'I',
    // Public facility management sits with the planning department in this demo.
    leadDepartmentCode: 'management-planning',
  },
  // (2) 財政的支援に関すること
  {
    code: '6-2-1',
    title: '市民活動を支援するための基金の設置',
    summary: '市民活動支援に充てる財源を確保していくために寄附金を活用した基金を設置します。',
    priorityClass: 'I',
    leadDepartmentCode: 'community-connection',
  },
  {
    code: '6-2-2',
    title: 'ふるさと寄附金の活用や寄附金付き自動販売機の設置等',
    summary: '市民等から市民活動団体等への寄附を促進する環境づくりを進めます。',
    priorityClass: 'II_A',
    // Hometown-tax donations are handled city-wide, not by the civic activity division.
    leadDepartmentCode: 'management-planning',
  },
  {
    code: '6-2-3',
    title: '市民活動補償制度',
    summary:
      '活動に伴うリスクの負担に対する支援として、活動中の事故を市が保険料を負担する保険で補償します。既に運用しており、制度の周知と充実を図ります。',
    priorityClass: 'II_B',
    leadDepartmentCode: 'community-connection',
  },
  // (3) 情報の提供に関すること
  {
    code: '6-3-1',
    title: '個別に実施している協働事業に関する情報の集約と提供',
    summary: '各部署で実施している協働事業や市民活動団体等へ委託している事業の内容とその実績などの情報を集約し、提供します。',
    priorityClass: 'II_A',
    leadDepartmentCode: 'community-connection',
  },
  {
    code: '6-3-2',
    title: '新たな協働事業の提案や活動の参考となるような事業に関する情報提供',
    summary: '新たな協働事業の提案や活動の参考となるよう、市が抱えている課題についての情報を公開し、協働で取り組む可能性を探ります。',
    priorityClass: 'II_A',
    leadDepartmentCode: 'management-planning',
  },
  {
    code: '6-3-3',
    title: '市民活動や地域の活動の状況や課題を把握するためのアンケート調査等の実施',
    summary: '市民活動団体等の支援や協働の施策を検討するため、市民活動団体等の活動内容や運営状況、課題の把握をしていきます。',
    priorityClass: 'II_B',
    leadDepartmentCode: 'community-connection',
  },
  {
    code: '6-3-4',
    title: '市民活動団体等や団体の活動内容に関する情報の提供',
    summary: '市民活動団体等もその公益性から組織や運営の透明性を確保していくことが必要です。',
    priorityClass: 'II_B',
    leadDepartmentCode: 'community-connection',
  },
  {
    code: '6-3-5',
    title: '民間の基金や助成金、申請のノウハウ等の情報提供',
    summary:
      '企業や財団など民間の助成金について、種類や申請時期、申請方法などの情報を中間支援組織などが収集して提供し、申請の相談受付やノウハウの支援ができるようにしていきます。',
    priorityClass: 'II_B',
    leadDepartmentCode: 'community-connection',
  },
  {
    code: '6-3-6',
    title: '市民活動団体等が活動のために利用できる会議室や設備、貸出備品の情報提供',
    summary: '利用できる施設や設備の情報として、市民活動団体等が使える会議室や設備、貸出備品の情報を提供します。',
    priorityClass: 'II_B',
    leadDepartmentCode: 'community-connection',
  },
  {
    code: '6-3-7',
    title: 'ホームページやSNS、メールマガジン、広報紙など、対象に合わせた効果的な方法での情報提供',
    summary: '情報を受け取る市民等や市民活動団体等が利用しやすい媒体による情報提供を行います。',
    priorityClass: 'II_B',
    leadDepartmentCode: 'community-connection',
  },
  // (4) 市民活動の啓発及び学習機会の提供、人的支援に関すること
  {
    code: '6-4-1',
    title:
      '世代に関係なく市民活動や協働について理解し、考えるためのワークショップや市民活動の体験、インターンシップ等の実施に向けた仕組みの構築',
    summary:
      'これまで市民活動に参加したことがない人でも、自分ができることを考えて行動していくための支援や市民活動の支援者を増やすための広報、啓発を行います。子どもの頃から地域活動に参加するきっかけとなる機会の提供に努めます。',
    priorityClass: 'II_A',
    leadDepartmentCode: 'community-connection',
  },
  {
    code: '6-4-2',
    title: '組織の運営に関する講座や専門相談の実施',
    summary: '市民活動を開始しようとする段階や活動を継続させようとする段階などに応じて、専門的な相談に対応できる体制を作ります。',
    priorityClass: 'II_B',
    leadDepartmentCode: 'community-connection',
  },
  // (5) 市民活動団体等がその特性を生かせる分野において、市が行う業務への参加機会の提供に関すること
  {
    code: '6-5-1',
    title: '市民や市民活動団体等の参画が施策につながる仕組みづくりの検討',
    summary: '市民等が自分のできる方法でまちのために行動したり、ワークショップなど多様な方法で政策提言することにより、市の施策や事業に参加、参画する機会の提供に努めます。',
    priorityClass: 'III',
    // Turning citizens' proposals into policy is a city-wide planning matter.
    leadDepartmentCode: 'management-planning',
  },
  {
    code: '6-5-2',
    title: '市民活動団体等がもつノウハウや特性、市民等のアイデアを活かした方法で市の事業を実施する仕組みを構築',
    summary: '市民活動団体等が実施することにより、迅速かつ高い効果が期待できる市の事業を市民活動団体等が担える仕組みづくりを進めます。',
    priorityClass: 'II_A',
    leadDepartmentCode: 'management-planning',
  },
  // (6) 中間支援組織との連携に関すること
  {
    code: '6-6-1',
    title: '中間支援組織同士が交流する機会の提供や連携するための仕組みづくりの検討',
    summary: '様々な活動分野の中間支援組織が連携し、多様な主体をつなぐネットワークを強化することで、協働の担い手を増やします。',
    priorityClass: 'III',
    leadDepartmentCode: 'community-connection',
  },
  // (7) 協働に関すること
  {
    code: '6-7-1',
    title: '協働事業に関する手引き（職員向け）の作成',
    summary: '市職員が、市民活動や協働について理解を深めるための手引きを作成します。',
    priorityClass: 'I',
    leadDepartmentCode: 'community-connection',
  },
  {
    code: '6-7-2',
    title: '協働研修の実施',
    summary:
      '市職員が市民活動団体等の活動に参加するなど直接交流する機会を増やし、既に若手職員を対象としている研修を中堅職員や管理職にも拡大して実施します。',
    priorityClass: 'II_B',
    // Staff training is run by personnel in 総務部.
    leadDepartmentCode: 'general-affairs',
  },
  {
    code: '6-7-3',
    title: '協働事業に関する手引き（市民向け）の作成',
    summary: '市民等が、行政との協働について理解を深めるための手引きを作成します。',
    priorityClass: 'I',
    leadDepartmentCode: 'community-connection',
  },
  {
    code: '6-7-4',
    title: '協働コーディネーターの配置',
    summary: '協働事業に必要な法制度や行政計画、市の予算の仕組みなどの知識や情報を市民活動団体等に提供し、団体をサポートするコーディネーターを設置します。',
    priorityClass: 'II_A',
    leadDepartmentCode: 'community-connection',
  },
  {
    code: '6-7-5',
    title: '協働事業に関する制度の見直しや在り方の検討',
    summary: '相互提案協働事業や各課が独自で行っている協働事業について、広く意見を聴きながら、協働に関する制度の見直しや在り方を検討します。',
    priorityClass: 'I',
    leadDepartmentCode: 'community-connection',
  },
  {
    code: '6-7-6',
    title: '協働事業の評価・検証に関する仕組みづくり',
    summary: '協働事業の経過（プロセス）と結果を、第三者の視点も含めて評価・検証し、地域への効果を把握して協働の成果を高める仕組みの充実を図ります。',
    priorityClass: 'II_B',
    leadDepartmentCode: 'community-connection',
  },
];

export function buildDemoPolicyMeasures(): DemoPolicyMeasure[] {
  return MEASURE_ROWS.map((row) => ({
    id: deterministicUuid('policy-measure', row.code),
    code: row.code,
    title: row.title,
    summary: row.summary,
    priorityClass: row.priorityClass,
    leadDepartmentId: demoDepartmentId(row.leadDepartmentCode),
  }));
}

