import { ActivityField, ProposerType, deterministicUuid } from '@tsunagaru/shared-kernel';
import {
  buildDemoGroups,
  DEMO_DEPARTMENTS,
  dayNumber,
  demoDepartmentId,
  intBetween,
  isoDateOfDay,
  seededRandom,
  type DemoGroup,
} from '@tsunagaru/shared-demo-data';
import { createThemeScorer, groupsWorkingIn } from './group-picking';

/**
 * Demo history of the mutual-proposal collaboration programme (相互提案協働事業),
 * FY2007–FY2019. The guideline fixes the totals, so the table below is written out
 * by hand to reproduce them exactly:
 *   75 proposals, 35 implemented;
 *   city proposals 17 of 23 implemented (73.9 %), group proposals 18 of 52 (34.6 %).
 * The guideline also says the yearly count stayed roughly flat, so each year has 5–7.
 *
 * Every project carried out has long since ended (the last began in FY2019), so the 35 are
 * COMPLETED: carried out, evaluated and closed. Proposers and partner groups are chosen
 * among the 390 demo groups: a group works in the proposal's field, was founded and
 * registered before it was submitted, and among those the one whose own description reads
 * closest to the proposal's theme is chosen.
 */

export type DemoProposalStatus = 'COMPLETED' | 'NOT_ADOPTED' | 'WITHDRAWN';

export interface DemoProposal {
  /** Number on the city's list of proposals, from 1. */
  n: number;
  id: string;
  title: string;
  summary: string;
  problem: string;
  expectedEffects: string;
  partnersSought: string;
  /** 提案額 in yen; null when the proposal asked for no money. */
  requestedBudget: number | null;
  proposerType: ProposerType;
  proposingGroupId: string | null;
  partnerGroupIds: string[];
  departmentCode: string;
  departmentId: string;
  fiscalYear: number;
  activityField: ActivityField;
  status: DemoProposalStatus;
  submittedOn: string;
  decidedOn: string;
  /** Why it was not adopted or withdrawn; null for adopted ones. */
  decisionReason: string | null;
}

interface ProposalRow {
  fy: number;
  by: ProposerType;
  /** Names a group proposal's proposer for a later proposal by the same group. */
  key?: string;
  /** The same group proposed again: the proposer of the row with this key. */
  sameGroupAs?: string;
  /** DEMO_DEPARTMENTS code: the proposing department (city) or the responsible one (group). */
  dept: string;
  field: ActivityField;
  status: DemoProposalStatus;
  title: string;
  summary: string;
}

const F = ActivityField;
const CITY = ProposerType.CITY;
const GROUP = ProposerType.GROUP;

const PROPOSALS: readonly ProposalRow[] = [
  // FY2007: the programme's first year.
  { fy: 2007, by: CITY, dept: 'environment', field: F.ENVIRONMENT, status: 'COMPLETED',
    title: '海岸清掃と環境学習の協働事業',
    summary: '由比ガ浜・材木座海岸では夏以外の季節にも漂着ごみが多く、清掃の担い手が足りない。団体が親子向けの清掃活動と環境学習会を企画・運営し、市が清掃用具の貸出と集めたごみの回収を担う。' },
  { fy: 2007, by: CITY, dept: 'community-connection', field: F.COMMUNITY_DEVELOPMENT, status: 'COMPLETED',
    title: '団塊世代の地域デビュー応援講座',
    summary: '団塊世代の大量退職を迎え、地域活動に参加するきっかけづくりが課題となっている。市が会場と広報を用意し、団体が市民活動の体験プログラムと個別相談会を担う。' },
  { fy: 2007, by: GROUP, key: 'drop-in', dept: 'children-future', field: F.CHILD_DEVELOPMENT, status: 'COMPLETED',
    title: '子育て世代の居場所づくり事業',
    summary: '転入してきた子育て世帯が地域で孤立しやすい。団体が大船地域で親子が気軽に集える場を週1回開き、市が公共施設の一室と子育て支援の情報を提供する。' },
  { fy: 2007, by: GROUP, dept: 'culture-human-rights', field: F.CULTURE_ARTS_SPORTS, status: 'NOT_ADOPTED',
    title: '鎌倉彫の技と歴史を伝える親子体験教室',
    summary: '伝統工芸である鎌倉彫に子どもたちが触れる機会が減っている。団体が作家を講師に招いた体験教室を開き、市が小学校を通じて参加者を募る。' },
  { fy: 2007, by: GROUP, dept: 'health-welfare', field: F.HEALTH_MEDICAL_WELFARE, status: 'NOT_ADOPTED',
    title: '一人暮らし高齢者の会食と見守りの場づくり',
    summary: '一人暮らしの高齢者が増え、食事を囲んで人と話す機会が少なくなっている。団体が月2回の会食会を運営し、市が民生委員と連携して参加を呼びかける。' },
  { fy: 2007, by: GROUP, dept: 'environment', field: F.ENVIRONMENT, status: 'COMPLETED',
    title: '谷戸の里山保全と森づくりボランティア養成',
    summary: '手入れの行き届かない谷戸の樹林地で竹の侵入や荒廃が進んでいる。団体が市内の緑地で下草刈りや竹林整備の講習を行い、市が作業道具の貸出と安全対策を担う。' },
  { fy: 2007, by: GROUP, dept: 'education', field: F.SOCIAL_EDUCATION, status: 'NOT_ADOPTED',
    title: '鎌倉ゆかりの文学者をめぐる市民講座',
    summary: '鎌倉に暮らした文学者の足跡を学ぶ機会が限られている。団体が文学散歩と連続講座を企画し、市が生涯学習センターの会場を提供する。' },

  // FY2008
  { fy: 2008, by: CITY, dept: 'disaster-safety', field: F.DISASTER_RELIEF, status: 'COMPLETED',
    title: '災害時要援護者支援ネットワークづくり',
    summary: '災害時に自力で避難することが難しい高齢者や障害者を地域で支える仕組みが整っていない。市が要援護者名簿の整備を進め、団体が自治会と連携して支援者づくりと避難訓練を行う。' },
  { fy: 2008, by: CITY, dept: 'tourism-commerce', field: F.INTERNATIONAL_COOPERATION, status: 'COMPLETED',
    title: '鎌倉の歴史的遺産を活かした多言語観光ガイド養成',
    summary: '外国人観光客が増える一方で、外国語で史跡を案内できる人材が少ない。団体が語学と歴史の研修を組み立てて市民ガイドを養成し、市が観光案内所での活動の場を用意する。' },
  { fy: 2008, by: GROUP, dept: 'community-connection', field: F.INFORMATION_SOCIETY, status: 'COMPLETED',
    title: '市民活動団体向けIT講座',
    summary: '小規模な市民活動団体ではホームページやメールによる情報発信が進んでいない。団体が市民活動センターでパソコン講座と個別相談を開き、市が受講団体の募集と会場の調整を担う。' },
  { fy: 2008, by: GROUP, key: 'play-park', dept: 'children-future', field: F.CHILD_DEVELOPMENT, status: 'NOT_ADOPTED',
    title: '冒険遊び場（プレーパーク）の開設',
    summary: '子どもが自由に外遊びできる場所が減っている。団体がプレーリーダーを配置した遊び場を月1回開き、市が公園の使用許可と近隣への周知を担う。' },
  { fy: 2008, by: GROUP, dept: 'health-welfare', field: F.HEALTH_MEDICAL_WELFARE, status: 'NOT_ADOPTED',
    title: '障害のある若者の週末余暇活動支援',
    summary: '特別支援学校を卒業した若者が休日を過ごす場が少ない。団体が週末の余暇活動プログラムを運営し、市が福祉事業所との連絡調整を行う。' },
  { fy: 2008, by: GROUP, dept: 'urban-landscape', field: F.COMMUNITY_DEVELOPMENT, status: 'WITHDRAWN',
    title: '生垣と石積みを守る景観ボランティア',
    summary: '建て替えのたびに住宅地の生垣や石積みが失われ、鎌倉らしい街並みが変わりつつある。団体が所有者向けの相談会と手入れ講習を開き、市が景観に関する助成制度を案内する。' },

  // FY2009
  { fy: 2009, by: CITY, dept: 'health-welfare', field: F.HEALTH_MEDICAL_WELFARE, status: 'NOT_ADOPTED',
    title: '介護予防体操の地域普及事業',
    summary: '要介護になる前の予防の取組が地域に広がっていない。市が体操プログラムと指導者研修を用意し、団体が町内会館などで定期的な体操教室を開く。' },
  { fy: 2009, by: CITY, dept: 'education', field: F.SOCIAL_EDUCATION, status: 'COMPLETED',
    title: '学校図書館ボランティアの養成',
    summary: '小中学校の図書館は人手が足りず、開館できる時間が限られている。団体が読み聞かせや書架整理のボランティア講座を開き、市が各校への派遣を調整する。' },
  // The same group tried again after narrowing its FY2008 proposal to one park.
  { fy: 2009, by: GROUP, sameGroupAs: 'play-park', dept: 'children-future', field: F.CHILD_DEVELOPMENT, status: 'COMPLETED',
    title: '鎌倉中央公園での冒険遊び場づくり',
    summary: '外遊びの場の不足に対し、開催場所を鎌倉中央公園に絞って計画を見直した。団体がプレーリーダーを配置して月2回の遊び場を開き、市が公園管理者との調整と安全講習を担う。' },
  { fy: 2009, by: GROUP, dept: 'environment', field: F.ENVIRONMENT, status: 'COMPLETED',
    title: '段ボールコンポストによる生ごみ減量の普及',
    summary: '焼却ごみを減らすため、家庭から出る生ごみの削減が求められている。団体が段ボールコンポストの講習会と相談窓口を運営し、市が基材の配布と広報を担う。' },
  { fy: 2009, by: GROUP, dept: 'culture-human-rights', field: F.HUMAN_RIGHTS_PEACE, status: 'NOT_ADOPTED',
    title: '戦争体験の聞き取りと平和を考える朗読会',
    summary: '戦争体験者の高齢化が進み、体験を直接聞く機会が失われつつある。団体が体験者の聞き取りと記録集づくりを行い、市が平和推進事業として朗読会を開く。' },
  { fy: 2009, by: GROUP, dept: 'culture-human-rights', field: F.INTERNATIONAL_COOPERATION, status: 'NOT_ADOPTED',
    title: '外国籍市民のための日本語教室と生活相談',
    summary: '市内に暮らす外国籍市民が、言葉の壁から行政サービスや地域の情報を得にくい。団体がボランティアによる日本語教室と生活相談を開き、市が多言語の行政情報を提供する。' },

  // FY2010
  { fy: 2010, by: CITY, dept: 'children-future', field: F.CHILD_DEVELOPMENT, status: 'COMPLETED',
    title: '地域の子育て支援者養成講座',
    summary: '子育てひろばや一時預かりを担う地域の支援者が不足している。市が講座の修了者を子育て支援の場につなぎ、団体が保育の基礎や親への接し方を学ぶ講座を運営する。' },
  { fy: 2010, by: CITY, dept: 'environment', field: F.ENVIRONMENT, status: 'COMPLETED',
    title: '滑川・神戸川の生きもの調査と水辺の観察会',
    summary: '市内の河川にすむ生きものの状況が継続的に把握されていない。団体が市民参加の生きもの調査と観察会を行い、市が調査結果を取りまとめて公表する。' },
  { fy: 2010, by: GROUP, dept: 'tourism-commerce', field: F.ECONOMIC_ACTIVITY, status: 'NOT_ADOPTED',
    title: '鎌倉野菜を使った地産地消マルシェ',
    summary: '鎌倉野菜の知名度は高いが、市民が生産者と直接出会う場は少ない。団体が農家と飲食店をつなぐ定期市を開き、市が会場となる公共空間の使用を調整する。' },
  { fy: 2010, by: GROUP, dept: 'health-welfare', field: F.HEALTH_MEDICAL_WELFARE, status: 'COMPLETED',
    title: '認知症の人と家族を支える地域サロン',
    summary: '認知症の人を介護する家族が悩みを打ち明けられる場が身近にない。団体が専門職を交えたサロンを月1回開き、市が地域包括支援センターを通じて案内する。' },
  { fy: 2010, by: GROUP, dept: 'community-connection', field: F.SUPPORT_FOR_CIVIC_ORGANIZATIONS, status: 'NOT_ADOPTED',
    title: '市民活動団体の会計・運営相談会',
    summary: '会計や規約づくりなど団体運営の実務でつまずく団体が多い。団体が税理士などの専門家による相談会を開き、市が市民活動センターと連携して相談日を周知する。' },
  { fy: 2010, by: GROUP, dept: 'disaster-safety', field: F.COMMUNITY_SAFETY, status: 'NOT_ADOPTED',
    title: '通学路の子ども見守りパトロール',
    summary: '下校時間帯の通学路で子どもの安全を見守る目が足りない。団体が地域住民による見守りパトロールを組織し、市が腕章や防犯情報を提供する。' },

  // FY2011: the Great East Japan Earthquake shaped this year's themes.
  { fy: 2011, by: CITY, dept: 'disaster-safety', field: F.DISASTER_RELIEF, status: 'COMPLETED',
    title: '津波避難ルートの点検と地域避難訓練',
    summary: '沿岸部では津波からの避難の備えが急務となっている。団体が住民と避難経路を歩いて危険箇所を点検し、市が海抜表示の設置と合同訓練を行う。' },
  { fy: 2011, by: CITY, dept: 'community-connection', field: F.COMMUNITY_DEVELOPMENT, status: 'NOT_ADOPTED',
    title: '商店街の空き店舗を活用した地域交流拠点づくり',
    summary: '商店街の空き店舗が増える一方で、住民が気軽に集まれる場所が不足している。市が物件所有者との調整を担い、団体が交流スペースの運営を担う。' },
  { fy: 2011, by: GROUP, dept: 'community-connection', field: F.DISASTER_RELIEF, status: 'COMPLETED',
    title: '被災地支援ボランティアの派遣と活動報告会',
    summary: '東北の被災地で支援を続けたい市民の受け皿がない。団体が被災地での活動ツアーを組み、市が報告会の開催と広報を支援する。' },
  { fy: 2011, by: GROUP, dept: 'environment', field: F.ENVIRONMENT, status: 'NOT_ADOPTED',
    title: '家庭の省エネ相談員の育成',
    summary: '家庭での節電や省エネの具体的な方法が十分に知られていない。団体が省エネ相談員を育成して家庭訪問や講座を行い、市が受講者の募集と機器の貸出を担う。' },
  { fy: 2011, by: GROUP, dept: 'education', field: F.SOCIAL_EDUCATION, status: 'NOT_ADOPTED',
    title: '市民が講師となる生涯学習講座',
    summary: '豊富な知識や経験を持つ市民が、それを地域で生かす機会が少ない。団体が市民講師を発掘して講座を企画し、市が生涯学習センターの会場と広報を提供する。' },
  { fy: 2011, by: GROUP, dept: 'culture-human-rights', field: F.GENDER_EQUALITY, status: 'WITHDRAWN',
    title: '女性のための再就職準備セミナー',
    summary: '子育てなどで離職した女性が再び働き始めるための情報や相談の機会が少ない。団体が保育付きのセミナーと交流会を開き、市が男女共同参画の講座として周知する。' },

  // FY2012
  { fy: 2012, by: CITY, dept: 'health-welfare', field: F.HEALTH_MEDICAL_WELFARE, status: 'COMPLETED',
    title: '坂の多い住宅地での高齢者買い物支援',
    summary: '坂や階段の多い住宅地では、高齢者の日々の買い物が難しくなっている。団体がボランティアによる買い物代行と移動販売の誘致を行い、市が地域包括支援センターとの連携を担う。' },
  { fy: 2012, by: CITY, dept: 'environment', field: F.ENVIRONMENT, status: 'COMPLETED',
    title: '市民参加による外来生物対策',
    summary: 'タイワンリスなどの外来生物による樹木や家屋の被害が続いている。団体が生息状況の市民調査と啓発講座を行い、市が捕獲事業と調査結果の周知を担う。' },
  { fy: 2012, by: GROUP, dept: 'children-future', field: F.CHILD_DEVELOPMENT, status: 'COMPLETED',
    title: '発達が気になる子どもの保護者相談会',
    summary: '子どもの発達に不安を抱える保護者が、早い段階で相談できる場が少ない。団体が経験者によるピア相談会を開き、市が発達支援の窓口と連携して専門相談につなぐ。' },
  { fy: 2012, by: GROUP, dept: 'culture-human-rights', field: F.CULTURE_ARTS_SPORTS, status: 'NOT_ADOPTED',
    title: '市民オーケストラによる学校訪問コンサート',
    summary: '子どもたちが生の演奏に触れる機会は学校によって差がある。団体が小学校を訪れて演奏と楽器紹介を行い、市が学校との日程調整を担う。' },
  { fy: 2012, by: GROUP, dept: 'urban-planning', field: F.COMMUNITY_DEVELOPMENT, status: 'NOT_ADOPTED',
    title: '深沢地域の将来像を話し合う市民ワークショップ',
    summary: '深沢地域の整備計画に住民の声を反映する場が十分でない。団体が住民ワークショップを企画・進行し、市が計画の情報提供と意見の取りまとめを担う。' },
  { fy: 2012, by: GROUP, dept: 'community-connection', field: F.CONSUMER_PROTECTION, status: 'COMPLETED',
    title: '高齢者を狙う悪質商法防止の出前講座',
    summary: '訪問販売や電話勧誘による高齢者の消費者被害が後を絶たない。団体が寸劇を交えた出前講座を老人クラブなどで開き、市が消費生活センターの最新の相談事例を提供する。' },

  // FY2013
  { fy: 2013, by: CITY, dept: 'education', field: F.SOCIAL_EDUCATION, status: 'COMPLETED',
    title: '地域とともにある学校づくり（学校支援ボランティア）',
    summary: '学校の教育活動に地域の力を生かす仕組みが整っていない。市が学校ごとのコーディネーターを置き、団体が学習支援や環境整備のボランティアを募り育てる。' },
  { fy: 2013, by: GROUP, dept: 'health-welfare', field: F.HEALTH_MEDICAL_WELFARE, status: 'COMPLETED',
    title: '認知症サポーター養成と地域の見守り模擬訓練',
    summary: '認知症の人が道に迷ったときに地域で声をかけ合える体制ができていない。団体がサポーター養成講座と模擬訓練を開き、市が自治会や商店への参加呼びかけを担う。' },
  { fy: 2013, by: GROUP, dept: 'culture-human-rights', field: F.INTERNATIONAL_COOPERATION, status: 'NOT_ADOPTED',
    title: '姉妹都市ニースとの青少年交流',
    summary: '姉妹都市との交流が式典中心となり、市民同士のつながりが広がっていない。団体が中高生のビデオ通話による交流と相互訪問を企画し、市が先方の市との連絡調整を担う。' },
  { fy: 2013, by: GROUP, dept: 'disaster-safety', field: F.COMMUNITY_SAFETY, status: 'NOT_ADOPTED',
    title: '住まいの防犯診断と空き巣被害の予防',
    summary: '住宅街で空き巣の被害が続き、住民の不安が高まっている。団体が防犯アドバイザーによる住まいの防犯診断を行い、市が警察と連携して犯罪発生情報を提供する。' },
  { fy: 2013, by: GROUP, dept: 'environment', field: F.ENVIRONMENT, status: 'WITHDRAWN',
    title: '海岸のクロマツ林の保全活動',
    summary: '松くい虫の被害や管理の不足で、海岸沿いのクロマツ林が弱っている。団体が落ち葉かきや植樹を行い、市が専門家による樹木の調査を担う。' },

  // FY2014
  { fy: 2014, by: CITY, dept: 'children-future', field: F.CHILD_DEVELOPMENT, status: 'COMPLETED',
    title: '中高生の放課後学習支援教室',
    summary: '経済的に困難な家庭の中高生が学習の機会を得にくい。団体が学生ボランティアによる無料の学習教室を運営し、市が対象世帯への案内と会場を用意する。' },
  { fy: 2014, by: CITY, dept: 'urban-planning', field: F.COMMUNITY_DEVELOPMENT, status: 'WITHDRAWN',
    title: '空き家の利活用を考える地域会議',
    summary: '高齢化が進む住宅地で空き家が増え、防犯や景観への影響が心配されている。市が所有者の意向調査を行い、団体が住民と利活用の方法を話し合う会議を運営する。' },
  { fy: 2014, by: GROUP, dept: 'culture-human-rights', field: F.CULTURE_ARTS_SPORTS, status: 'COMPLETED',
    title: '障害のある人とない人がともに楽しむスポーツ教室',
    summary: '障害のある人が身近な地域でスポーツを楽しむ機会が少ない。団体がボッチャなど誰もが参加できる種目の教室を開き、市が体育館の確保と福祉施設への周知を担う。' },
  { fy: 2014, by: GROUP, dept: 'children-future', field: F.HEALTH_MEDICAL_WELFARE, status: 'NOT_ADOPTED',
    title: '産後の母親の心と体のケア講座',
    summary: '出産直後の母親が心身の不調を抱えたまま孤立しがちである。団体が助産師と連携したケア講座を開き、市が乳児家庭への訪問の際に案内する。' },
  { fy: 2014, by: GROUP, dept: 'management-planning', field: F.INFORMATION_SOCIETY, status: 'COMPLETED',
    title: '地域情報のオープンデータ化と活用アイデアソン',
    summary: '市が持つ施設や統計の情報が、市民が使いやすい形で公開されていない。市がデータを整えて公開し、団体が市民と活用方法を考えるアイデアソンを開く。' },
  { fy: 2014, by: GROUP, dept: 'education', field: F.CULTURE_ARTS_SPORTS, status: 'COMPLETED',
    title: '鎌倉の古道・切通しの清掃と保全',
    summary: '史跡である切通しや古道では、落ち葉や倒木が放置され通行や景観に支障が出ている。団体が定期的な清掃と案内板の点検を行い、市が文化財保護の観点から作業の範囲を示す。' },

  // FY2015
  { fy: 2015, by: CITY, dept: 'disaster-safety', field: F.DISASTER_RELIEF, status: 'COMPLETED',
    title: '避難所運営ゲームを使った地域の避難所運営訓練',
    summary: '大規模災害時に避難所を住民が主体となって運営する準備が進んでいない。団体が避難所運営ゲームを使った訓練を各地域で開き、市が避難所となる学校と自治会をつなぐ。' },
  // The FY2007 parents' group came back, and grew its drop-in into a children's cafeteria.
  { fy: 2015, by: GROUP, sameGroupAs: 'drop-in', dept: 'children-future', field: F.CHILD_DEVELOPMENT, status: 'COMPLETED',
    title: '子ども食堂の立ち上げと運営支援',
    summary: '家で一人で食事をとる子どもが少なくない。団体が大船地域で月2回の子ども食堂を開き、その運営の知恵を他地域の立ち上げにも伝え、市が衛生講習と食材寄付の窓口を担う。' },
  { fy: 2015, by: GROUP, dept: 'tourism-commerce', field: F.ECONOMIC_ACTIVITY, status: 'NOT_ADOPTED',
    title: '商店街と連携した若手起業家の創業支援',
    summary: '市内で創業を目指す若者が、店舗や相談相手を見つけにくい。団体が商店街の空き店舗で期間限定の出店体験を企画し、市が創業支援制度と金融機関を紹介する。' },
  { fy: 2015, by: GROUP, dept: 'culture-human-rights', field: F.HUMAN_RIGHTS_PEACE, status: 'NOT_ADOPTED',
    title: '性の多様性を理解する市民講座',
    summary: '性的少数者への理解が地域や職場で十分に広がっていない。団体が当事者を講師とする講座と教職員向け研修を開き、市が人権啓発事業として周知する。' },
  { fy: 2015, by: GROUP, dept: 'health-welfare', field: F.HEALTH_MEDICAL_WELFARE, status: 'NOT_ADOPTED',
    title: '若年性認知症の人の社会参加の場づくり',
    summary: '若年性認知症の人が働く場や役割を持てる場がほとんどない。団体が農作業や軽作業を通じた居場所を運営し、市が医療機関と連携して対象者につなぐ。' },

  // FY2016
  { fy: 2016, by: CITY, dept: 'health-welfare', field: F.HUMAN_RIGHTS_PEACE, status: 'COMPLETED',
    title: '障害への理解を深める出前講座と事例集づくり',
    summary: '障害を理由とする差別の解消に向けて、合理的配慮の具体例が市民や事業者に知られていない。団体が当事者とともに出前講座を行い、市が事業者向けの配慮事例集をまとめる。' },
  { fy: 2016, by: CITY, dept: 'environment', field: F.ENVIRONMENT, status: 'NOT_ADOPTED',
    title: '集合住宅での資源物分別の啓発',
    summary: '集合住宅では資源物の分別が徹底されず、燃やすごみに混ざる量が多い。市が管理組合向けの分別資料を用意し、団体が住民説明会と集積所での声かけを行う。' },
  { fy: 2016, by: GROUP, dept: 'community-connection', field: F.SUPPORT_FOR_CIVIC_ORGANIZATIONS, status: 'COMPLETED',
    title: '市民活動の担い手募集と世代交代の支援',
    summary: '多くの団体で会員の高齢化が進み、活動の担い手が不足している。団体が若い世代向けの活動紹介イベントと団体運営講座を開き、市が市民活動センターと連携して参加団体を募る。' },
  { fy: 2016, by: GROUP, dept: 'education', field: F.CHILD_DEVELOPMENT, status: 'NOT_ADOPTED',
    title: '不登校の子どものためのフリースペース',
    summary: '学校に通えない子どもが日中を安心して過ごせる場所が市内に少ない。団体が週3日のフリースペースを運営し、市が教育相談の窓口と連携して情報を共有する。' },
  { fy: 2016, by: GROUP, dept: 'tourism-commerce', field: F.VOCATIONAL_SKILLS_EMPLOYMENT, status: 'NOT_ADOPTED',
    title: '子育て中の女性のための在宅ワーク講座',
    summary: '子育て中で通勤が難しい女性が、自宅で働くための技能を学ぶ場が少ない。団体が保育付きの実践講座と仕事の紹介を行い、市が就労支援の窓口を案内する。' },
  { fy: 2016, by: GROUP, dept: 'culture-human-rights', field: F.CULTURE_ARTS_SPORTS, status: 'WITHDRAWN',
    title: '市民が撮る鎌倉の暮らしの映像アーカイブ',
    summary: '昔の街並みや祭りの様子を記録した写真や映像が家庭に眠ったまま失われつつある。団体が市民から資料を集めてデジタル化し、市が図書館での公開を検討する。' },

  // FY2017
  { fy: 2017, by: CITY, dept: 'community-connection', field: F.COMMUNITY_DEVELOPMENT, status: 'NOT_ADOPTED',
    title: '自治会・町内会の加入促進と活動紹介冊子の作成',
    summary: '転入者を中心に自治会・町内会への加入率が下がっている。市が転入手続きの際に冊子を配布し、団体が各会の活動を取材して紹介冊子を編集する。' },
  { fy: 2017, by: GROUP, dept: 'health-welfare', field: F.HEALTH_MEDICAL_WELFARE, status: 'COMPLETED',
    title: '住民主体の通いの場と生活支援の仕組みづくり',
    summary: '介護保険の制度改正により、住民同士の支え合いによる生活支援が求められている。団体が週1回の通いの場とちょっとした困りごとの手助けを組織し、市が立ち上げ費用と研修を支援する。' },
  { fy: 2017, by: GROUP, dept: 'environment', field: F.ENVIRONMENT, status: 'NOT_ADOPTED',
    title: '散在ガ池森林公園の森林ボランティア活動',
    summary: '公園内の森林は間伐などの手入れが追いつかず、散策路の安全にも影響している。団体が定期的な森林整備と自然観察会を行い、市が作業区域の指定と資材の提供を担う。' },
  { fy: 2017, by: GROUP, dept: 'disaster-safety', field: F.DISASTER_RELIEF, status: 'NOT_ADOPTED',
    title: 'ペットとの同行避難を考える講座と訓練',
    summary: '災害時にペットを連れて避難する際のルールや備えが飼い主に知られていない。団体が飼い主向けの講座と避難所での受入れ訓練を行い、市が避難所運営マニュアルへの反映を検討する。' },
  { fy: 2017, by: GROUP, dept: 'education', field: F.SCIENCE_TECHNOLOGY, status: 'NOT_ADOPTED',
    title: '子ども向けプログラミング・科学教室',
    summary: '小学校でのプログラミング教育の開始を前に、子どもが身近に体験できる場が少ない。団体が市民技術者を講師とする教室を開き、市が学校や図書館での開催を調整する。' },

  // FY2018
  { fy: 2018, by: CITY, dept: 'environment', field: F.ENVIRONMENT, status: 'COMPLETED',
    title: '海洋プラスチックごみ削減に向けた市民啓発事業',
    summary: '鎌倉の海岸にもプラスチックごみが多く打ち上げられている。市が事業者と使い捨てプラスチック削減の取組を進め、団体が海岸での調査と市民向けの啓発イベントを行う。' },
  { fy: 2018, by: CITY, dept: 'children-future', field: F.CHILD_DEVELOPMENT, status: 'NOT_ADOPTED',
    title: 'ひとり親家庭の相談と交流の場づくり',
    summary: 'ひとり親家庭の親が、仕事と子育てに追われて相談や交流の時間を持てない。市が休日の相談窓口を設け、団体が子どもの預かり付きの交流会を運営する。' },
  { fy: 2018, by: GROUP, dept: 'tourism-commerce', field: F.COMMUNITY_DEVELOPMENT, status: 'COMPLETED',
    title: '観光客と住民が共存するためのマナー啓発',
    summary: '観光客の集中による混雑や路上でのマナーの問題が住民の生活に影響している。団体が多言語のマナー啓発と駅周辺での案内を行い、市が観光事業者と連携して周知する。' },
  { fy: 2018, by: GROUP, dept: 'culture-human-rights', field: F.INTERNATIONAL_COOPERATION, status: 'NOT_ADOPTED',
    title: '東京2020大会に向けた市民通訳ボランティア育成',
    summary: '大会期間中に訪れる外国人を案内できる市民が少ない。団体が通訳ボランティアの養成講座と街なかでの実地研修を行い、市が活動拠点と受講者の募集を担う。' },
  { fy: 2018, by: GROUP, dept: 'health-welfare', field: F.HEALTH_MEDICAL_WELFARE, status: 'NOT_ADOPTED',
    title: '医療的ケア児の家族の交流と情報交換',
    summary: '医療的ケアが必要な子どもの家族は、外出が難しく必要な情報も得にくい。団体が訪問看護師を交えた交流会と情報誌の発行を行い、市が支援制度の情報を提供する。' },
  { fy: 2018, by: GROUP, dept: 'community-connection', field: F.COMMUNITY_DEVELOPMENT, status: 'NOT_ADOPTED',
    title: '多世代が集う地域の縁側づくり',
    summary: '近所づきあいが薄れ、世代を越えて顔を合わせる場が減っている。団体が空き家の一室を開放した縁側を週2回開き、市が地域の関係団体への呼びかけを担う。' },

  // FY2019: the last year counted in the guideline's figures.
  { fy: 2019, by: CITY, dept: 'disaster-safety', field: F.DISASTER_RELIEF, status: 'COMPLETED',
    title: '土砂災害警戒区域の住民による避難計画づくり',
    summary: '山や崖に囲まれた谷戸の住宅地では、大雨時の土砂災害への備えが欠かせない。市が警戒区域の情報と専門家を提供し、団体が住民とともに地区ごとの避難計画をつくる。' },
  { fy: 2019, by: CITY, dept: 'health-welfare', field: F.HEALTH_MEDICAL_WELFARE, status: 'COMPLETED',
    title: 'ひきこもりの人と家族の居場所づくり',
    summary: '長期のひきこもりにある本人と高齢の家族が、相談先を見つけられずに孤立している。団体が本人や家族が安心して過ごせる居場所を運営し、市が相談窓口からつなぐ。' },
  { fy: 2019, by: GROUP, dept: 'environment', field: F.ENVIRONMENT, status: 'COMPLETED',
    title: 'マイボトル給水スポットの普及',
    summary: 'ペットボトルなど使い捨てプラスチックの削減が求められている。団体が店舗に呼びかけて給水スポットを増やし地図にまとめ、市が公共施設への給水機の設置を進める。' },
  { fy: 2019, by: GROUP, dept: 'culture-human-rights', field: F.GENDER_EQUALITY, status: 'NOT_ADOPTED',
    title: '父親の育児参加を応援するパパ講座',
    summary: '父親が育児や家事に関わるきっかけや仲間づくりの場が少ない。団体が休日に父親と子どもが参加する講座を開き、市が男女共同参画の取組として周知する。' },
  { fy: 2019, by: GROUP, dept: 'tourism-commerce', field: F.ECONOMIC_ACTIVITY, status: 'NOT_ADOPTED',
    title: '地域通貨を活用した地域活動の活性化',
    summary: '地域の清掃や見守りなどの活動が、地元の商店の利用に結びついていない。団体が活動への参加で得られる地域通貨を発行し、市が加盟店の募集と広報を支援する。' },
];

/** Proposal numbers start at 1, as on the city's own list of proposals. */
export function demoProposalId(n: number): string {
  return deterministicUuid('proposal', String(n));
}

const DEPARTMENT_CODES = new Set(DEMO_DEPARTMENTS.map((department) => department.code));
const DEPARTMENT_NAMES = new Map(DEMO_DEPARTMENTS.map((department) => [department.code, department.name]));

// Fixed so the submission and decision dates never change between runs.
const DATE_SEED = 20070401;
const PICK_SEED = 20070402;

/**
 * City themes are published in spring; groups submit over summer; the review takes
 * 1½–4 months, a withdrawal comes sooner. The latest possible decision (30 Sep + 120
 * days) still falls inside the same fiscal year.
 */
function proposalDates(row: ProposalRow, n: number): { submittedOn: string; decidedOn: string } {
  const random = seededRandom(DATE_SEED + n);
  const [windowStart, windowDays] = row.by === CITY ? [dayNumber(`${row.fy}-04-15`), 76] : [dayNumber(`${row.fy}-06-01`), 121];
  const submitted = windowStart + intBetween(random, 0, windowDays);
  const lagDays = row.status === 'WITHDRAWN' ? intBetween(random, 14, 60) : intBetween(random, 45, 120);
  return { submittedOn: isoDateOfDay(submitted), decidedOn: isoDateOfDay(submitted + lagDays) };
}

/** What each field's projects are expected to bring, as the proposals write it. */
const EXPECTED_EFFECTS: Partial<Record<ActivityField, string>> = {
  HEALTH_MEDICAL_WELFARE: '高齢者や障害のある人、その家族が地域で孤立せず、身近な支え合いの輪が広がる。',
  SOCIAL_EDUCATION: '学びの場に参加する市民が増え、学んだことを地域に生かす担い手が育つ。',
  COMMUNITY_DEVELOPMENT: '住民どうしの顔の見える関係が広がり、地域の課題を自分たちで話し合う場ができる。',
  CULTURE_ARTS_SPORTS: '鎌倉の文化に触れる機会が増え、世代を超えた交流が生まれる。',
  ENVIRONMENT: '身近な自然を守る活動に参加する市民が増え、ごみや緑の課題への関心が高まる。',
  DISASTER_RELIEF: '災害への備えが地域に根づき、いざというときに助け合える関係ができる。',
  COMMUNITY_SAFETY: '地域の見守りの目が増え、子どもや高齢者が安心して暮らせるまちになる。',
  HUMAN_RIGHTS_PEACE: '人権や平和について考える機会が広がり、互いを尊重する地域づくりが進む。',
  INTERNATIONAL_COOPERATION: '外国籍の住民や来訪者と地域の人との交流が深まり、多文化共生が進む。',
  GENDER_EQUALITY: '家庭や地域での役割を男女で見直す人が増え、誰もが参画しやすい地域になる。',
  CHILD_DEVELOPMENT: '子どもと子育て世代が地域とつながり、安心して過ごせる居場所が広がる。',
  INFORMATION_SOCIETY: '市民活動団体の情報発信が進み、活動を知って参加する市民が増える。',
  SCIENCE_TECHNOLOGY: '子どもたちが科学に親しむ機会が増え、地域の人材が学びを支える。',
  ECONOMIC_ACTIVITY: '地域の生産者や事業者と市民がつながり、地域の経済が元気になる。',
  VOCATIONAL_SKILLS_EMPLOYMENT: '働きたい人が地域で力を発揮できる場が増える。',
  CONSUMER_PROTECTION: '消費者被害を未然に防ぐ知識が広がり、被害が減る。',
  SUPPORT_FOR_CIVIC_ORGANIZATIONS: '市民活動団体の運営が安定し、活動を続けられる団体が増える。',
};

const NOT_ADOPTED_REASONS = [
  '協働で取り組む意義は認められたが、市の予算措置の見通しが立たず、今回は見送った。',
  '既存事業との重複があり、担当課の事業の中で団体と連携する方向で調整することとした。',
  '事業計画の具体化が十分でなく、市と団体の役割分担について合意に至らなかった。',
  '対象地域が限られており、市全体の事業として実施する必要性が確認できなかった。',
  '提案の趣旨は評価したが、関係機関との調整に時間を要するため、次年度以降の再提案を期待する。',
];

const WITHDRAWAL_REASONS = [
  '団体の体制が整わず、事業を担える見通しが立たなくなったため取り下げた。',
  '審査の中で既存の制度を活用できることが分かり、団体の自主事業として進めることにした。',
  '会場の確保が難しくなったため、計画を練り直すことにした。',
];

function firstSentence(summary: string): string {
  const end = summary.indexOf('。');
  return end === -1 ? summary : summary.slice(0, end + 1);
}

function partnersSoughtOf(row: ProposalRow): string {
  if (row.by === CITY) return `この分野で地域に根ざした活動を続け、事業の企画と運営を担える市民活動団体。`;
  return `市（${DEPARTMENT_NAMES.get(row.dept)}）: 会場の確保、広報、関係機関との調整。`;
}

/** Picks groups for the history: the proposer of each group proposal, partners of every project carried out. */
class GroupPicker {
  private readonly used = new Set<string>();
  private readonly partnerUse = new Map<string, number>();
  private readonly byKey = new Map<string, DemoGroup>();
  private readonly score: (text: string, group: DemoGroup) => number;

  constructor(private readonly groups: readonly DemoGroup[]) {
    this.score = createThemeScorer(groups);
  }

  proposer(row: ProposalRow, n: number, submittedOn: string): DemoGroup {
    if (row.sameGroupAs) {
      const same = this.byKey.get(row.sameGroupAs);
      if (!same) throw new Error(`demo proposal ${n}: no earlier proposal has the key ${row.sameGroupAs}`);
      return same;
    }
    const random = seededRandom(PICK_SEED + n);
    const candidates = groupsWorkingIn(this.groups, row.field, submittedOn).filter((group) => !this.used.has(group.id));
    const chosen = this.best(candidates, `${row.title}${row.summary}`, random);
    if (!chosen) throw new Error(`demo proposal ${n}: no group works in ${row.field} and was registered before ${submittedOn}`);
    this.used.add(chosen.id);
    if (row.key) this.byKey.set(row.key, chosen);
    return chosen;
  }

  /** The closest in theme; ties broken by a seeded draw, so the choice is stable but not always the oldest group. */
  private best(candidates: readonly DemoGroup[], text: string, random: () => number): DemoGroup | undefined {
    const scored = candidates.map((group) => ({ group, score: this.score(text, group), draw: random() }));
    scored.sort((a, b) => b.score - a.score || a.draw - b.draw);
    return scored[0]?.group;
  }

  partners(row: ProposalRow, n: number, submittedOn: string, count: number, exclude: string | null): DemoGroup[] {
    const random = seededRandom(PICK_SEED + 1000 + n);
    const chosen: DemoGroup[] = [];
    for (let i = 0; i < count; i += 1) {
      const candidates = groupsWorkingIn(this.groups, row.field, submittedOn).filter(
        (group) => group.id !== exclude && !chosen.includes(group) && (this.partnerUse.get(group.id) ?? 0) < 2,
      );
      const next = this.best(candidates, `${row.title}${row.summary}`, random);
      if (!next) break;
      chosen.push(next);
      this.partnerUse.set(next.id, (this.partnerUse.get(next.id) ?? 0) + 1);
    }
    return chosen;
  }
}


function toProposal(row: ProposalRow, n: number, picker: GroupPicker): DemoProposal {
  if (!DEPARTMENT_CODES.has(row.dept)) {
    throw new Error(`demo proposal ${n}: unknown department code '${row.dept}'`);
  }
  const dates = proposalDates(row, n);
  const random = seededRandom(DATE_SEED + 5000 + n);
  const proposer = row.by === GROUP ? picker.proposer(row, n, dates.submittedOn) : null;
  // City projects are carried out by partner groups; a third of group projects took one on too.
  const partnerCount = row.status !== 'COMPLETED' ? 0 : row.by === CITY ? intBetween(random, 1, 2) : random() < 0.35 ? 1 : 0;
  const partners = picker.partners(row, n, dates.submittedOn, partnerCount, proposer?.id ?? null);
  if (row.by === CITY && row.status === 'COMPLETED' && partners.length === 0) {
    throw new Error(`demo proposal ${n}: a city project needs a partner group in ${row.field}`);
  }
  const asksMoney = row.by === CITY || random() < 0.8;
  const requestedBudget = asksMoney ? (row.by === CITY ? intBetween(random, 30, 120) : intBetween(random, 10, 80)) * 10_000 : null;
  const reasons = row.status === 'NOT_ADOPTED' ? NOT_ADOPTED_REASONS : row.status === 'WITHDRAWN' ? WITHDRAWAL_REASONS : null;
  return {
    n,
    id: demoProposalId(n),
    title: row.title,
    summary: row.summary,
    problem: firstSentence(row.summary),
    expectedEffects: EXPECTED_EFFECTS[row.field] ?? '地域の課題の解決に向けて、市と団体の協力が進む。',
    partnersSought: partnersSoughtOf(row),
    requestedBudget,
    proposerType: row.by,
    proposingGroupId: proposer?.id ?? null,
    partnerGroupIds: partners.map((group) => group.id),
    departmentCode: row.dept,
    departmentId: demoDepartmentId(row.dept),
    fiscalYear: row.fy,
    activityField: row.field,
    status: row.status,
    ...dates,
    decisionReason: reasons ? reasons[n % reasons.length] : null,
  };
}

/** The 75 proposals of FY2007–FY2019, their proposers and partners chosen among `groups`. */
export function buildDemoProposals(groups: readonly DemoGroup[] = buildDemoGroups()): DemoProposal[] {
  const picker = new GroupPicker(groups);
  return PROPOSALS.map((row, index) => toProposal(row, index + 1, picker));
}
